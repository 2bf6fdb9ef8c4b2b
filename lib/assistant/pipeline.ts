// The draft's analysis pipeline: a quiet time after the last keystroke, then (on idle, never in the
// keystroke's own task) the draft is read and sent to the background, whose newest answer alone is
// delivered; the recipients are matched again when the conversation or its @-mentions change, and the
// draft is analysed again when they bring zones the last request did not know. It owns that state
// (the pending timer, the zones last asked with, the last expectation lines); the controller hears
// what happened through `events` and keeps the sidebar's state.
import type { AnalysisResult } from '../protocol/responses';
import { latestAnalysis } from './analysis';
import { analysisContextOf } from './derive';
import type { RecipientMatcher } from './recipients';
import type { AssistantDeps } from './types';
import type { Session } from './world';

/** Quiet time after the last keystroke before the draft is analysed. */
export const ANALYSIS_DEBOUNCE_MS = 120;

/** What the pipeline tells the controller, always about the session that is still current. */
export interface PipelineEvents {
  /** The draft was read and its analysis asked for. */
  read(session: Session, draft: string): void;
  /** The background's analysis of `draft`. */
  result(draft: string, result: AnalysisResult): void;
  /** The analysis of `draft` failed (the last good one stays). */
  failed(draft: string, error: unknown): void;
  /** The session's recipients were matched again. */
  recipients(): void;
}

export interface AnalysisPipeline {
  /** Analyses the session's draft after the quiet time, then on idle; a newer call replaces a pending one. */
  queue(session: Session): void;
  /** Reads the current session's draft now and asks for its analysis (and its recipients, when they may have changed). */
  run(): void;
  /** The background's expectation line per urgency label, from its newest answer; null before the first. */
  expectations(): AnalysisResult['expectations'] | null;
  /**
   * Focus came back to the composer: wake the background, unless this pipeline asked it something in the
   * last WAKE_QUIET_MS (a worker stays up about 30 s after its last request, so it is still running).
   */
  wake(): void;
}

/** No focus wake within this long of the pipeline's last request (MV3 stops a worker ~30 s after its last event). */
export const WAKE_QUIET_MS = 20_000;

/** The pipeline over the host (`adapter`), the clock (`timers`) and the background (`analyze`, `matcher`). */
export function createAnalysisPipeline(
  deps: Pick<AssistantDeps, 'adapter' | 'timers' | 'analyze' | 'wake'>,
  matcher: RecipientMatcher,
  world: { session(): Session | null; zone(): string },
  events: PipelineEvents,
): AnalysisPipeline {
  const { adapter, timers } = deps;
  const analyses = latestAnalysis(deps.analyze);
  let cancelPending: (() => void) | null = null;
  let expectations: AnalysisResult['expectations'] | null = null;
  /** The recipient zones the last analysis was asked with: new zones (recipients matched late) ask again. */
  let askedZones = '';
  /** The session whose draft waits for the quiet time: a change with none waiting starts a burst. */
  let waiting: Session | null = null;
  /** When this pipeline last asked the background anything (a wake or an analysis). */
  let lastAsked = Number.NEGATIVE_INFINITY;

  function run(): void {
    waiting = null;
    const session = world.session();
    if (!session || session.signal.aborted) return;
    cancelPending?.();
    // Mid-composition the draft is not what the user means yet; its end asks again (the adapter's draft watch).
    if (adapter.composing(session.composer)) return;
    const draft = adapter.readDraft(session.composer);
    events.read(session, draft);
    const context = analysisContextOf(session.conversation.kind, session.recipients);
    askedZones = context.recipientZones.join(' ');
    const current = () => world.session() === session && !session.signal.aborted;
    lastAsked = timers.now();
    analyses.run(draft, { now: timers.now(), senderTimeZone: world.zone(), context }, current, {
      result(r) {
        expectations = r.expectations;
        events.result(draft, r);
      },
      failed: (error) => events.failed(draft, error),
    });
    matchRecipients(session, draft);
  }

  function matchRecipients(session: Session, draft: string): void {
    const key = matcher.keyOf(session.conversation, draft);
    if (key === session.recipientsKey) return;
    session.recipientsKey = key;
    matcher.match(session.conversation, draft).then(
      (recipients) => {
        if (session.signal.aborted || session.recipientsKey !== key) return;
        session.recipients = recipients;
        events.recipients();
        if (analysisContextOf(session.conversation.kind, recipients).recipientZones.join(' ') !== askedZones) run();
      },
      (e: unknown) => console.debug('[composure] people/match failed', e),
    );
  }

  function wakeBackground(): void {
    lastAsked = timers.now();
    try {
      deps.wake?.();
    } catch (e) {
      console.debug('[composure] wake failed', e instanceof Error ? e.name : typeof e);
    }
  }

  return {
    queue(session) {
      // A burst starts: wake the background now, so a stopped worker starts while the user types.
      if (waiting !== session) wakeBackground();
      waiting = session;
      cancelPending?.();
      cancelPending = timers.after(ANALYSIS_DEBOUNCE_MS, () => timers.idle(run, session.signal), session.signal);
    },
    run,
    expectations: () => expectations,
    wake() {
      if (timers.now() - lastAsked >= WAKE_QUIET_MS) wakeBackground();
    },
  };
}
