// analysis/run: the rule engine runs here, in the extension's own background, never in the host page
// (its first call compiles the rule tables; a freeze there would be the page's). So does reading the
// draft's deadline phrases for the send-time card: the first MAX_DEADLINES_SHOWN, placed in time on
// the sender's clock and own hours (from their settings, not from the page). The draft is analysed
// and forgotten: never stored, never logged, never put into an error message.
import { analyzeMessage, analyzeMessageSteps, expectationLine } from '../analysis';
import { URGENCY_LABELS, type AnalyzeOptions, type UrgencyLabel } from '../analysis/types';
import { defaultNorms } from '../records/defaults';
import { getSettings } from '../db/settings-repo';
import type { Me, Norms, Settings } from '../records/types';
import { MAX_DEADLINES_SHOWN, findDeadlines, type FoundDeadline } from '../schedule';
import { contextOptions, type AnalysisContext } from '../protocol/analysis-context';
import { analyzedPart } from '../analysis/limits';
import { ProtocolError, type AnalysisResult } from '../protocol/responses';
import type { BackgroundContext, Handlers } from './context';

const DEFAULT_NORMS = defaultNorms();

/** The clock and zone every background analysis has. */
export type TimedOptions = Required<Pick<AnalyzeOptions, 'now' | 'senderTimeZone'>>;

/**
 * The line to insert for every label: the engine's wording, or the team's own norm where the user
 * changed it in the popup. (The focus-mode sentence is added by the content script.)
 */
export function expectationsFor(norms: Norms | null, options: TimedOptions): Record<UrgencyLabel, string> {
  const lines = {} as Record<UrgencyLabel, string>;
  for (const label of URGENCY_LABELS) {
    const custom = norms?.[label]?.expectation;
    const norm = custom && custom !== DEFAULT_NORMS[label].expectation ? custom : undefined;
    lines[label] = expectationLine(label, { ...options, ...(norm ? { norm } : {}) });
  }
  return lines;
}

/** What an analysis reads of the user's settings: their norms (the expectation lines) and their own hours (deadline defaults). */
export type UserSettings = Pick<Settings, 'norms' | 'me'>;

/**
 * The draft's first MAX_DEADLINES_SHOWN deadline phrases, in text order, placed in time on the sender's
 * clock: "by Thursday" is the end of the sender's own working day (`me`'s hours in `senderTimeZone`).
 * Settings that cannot be read as a person fall back to the zone alone (17:00 / 09:00 defaults). Never throws.
 */
export function draftDeadlines(text: string, options: TimedOptions, me: Me | null): FoundDeadline[] {
  const { now, senderTimeZone: timeZone } = options;
  try {
    if (me) {
      const sender = { id: 'me', name: me.name || 'You', timeZone, workingHours: me.workingHours, outOfOffice: me.outOfOffice };
      return findDeadlines(text, now, sender, MAX_DEADLINES_SHOWN);
    }
  } catch {
    // The user's own hours are malformed: the zone alone still places every phrase.
  }
  try {
    return findDeadlines(text, now, { timeZone }, MAX_DEADLINES_SHOWN);
  } catch {
    return [];
  }
}

/** The analysis (in its conversation, when `context` is given), the expectation lines and the deadlines for one draft. Pure. */
export function runAnalysis(text: string, options: TimedOptions, user: UserSettings | null, context?: AnalysisContext): AnalysisResult {
  const analysis = analyzeMessage(text, { ...options, ...contextOptions(context, options) });
  return { analysis, expectations: expectationsFor(user?.norms ?? null, options), deadlines: draftDeadlines(text, options, user?.me ?? null) };
}

/** Drafts at least this long are analysed in stages with a pause between them; shorter ones take about a millisecond. */
export const STAGED_FROM_CHARS = 2_000;

/**
 * runAnalysis for the worker: a long draft is analysed stage by stage (analyzeMessageSteps) with `pause`
 * between the stages, so the worker answers the popup and other tabs while it runs. Same result.
 */
export async function runAnalysisInStages(
  text: string,
  options: TimedOptions,
  user: UserSettings | null,
  context: AnalysisContext | undefined,
  pause: () => Promise<void>,
): Promise<AnalysisResult> {
  if (text.length < STAGED_FROM_CHARS) return runAnalysis(text, options, user, context);
  const steps = analyzeMessageSteps(text, { ...options, ...contextOptions(context, options) });
  let step = steps.next();
  while (!step.done) {
    await pause();
    step = steps.next();
  }
  // Reading the deadline phrases is one more stage of its own.
  await pause();
  const deadlines = draftDeadlines(text, options, user?.me ?? null);
  return { analysis: step.value, expectations: expectationsFor(user?.norms ?? null, options), deadlines };
}

/** The user's norms and hours; null (the defaults) when storage cannot open (analysis never waits on, or fails with, storage). */
async function userSettings(ctx: BackgroundContext): Promise<UserSettings | null> {
  try {
    await ctx.db.whenOpen();
    const { norms, me } = await getSettings(ctx.db);
    return { norms, me };
  } catch {
    return null;
  }
}

/** How long after a wake the warm-up waits for a real draft to do the compiling instead (see analysis/run). */
export const WAKE_WARM_UP_DELAY_MS = 300;

/** analysis/run. */
export const analysisHandlers: Handlers<'analysis/run'> = {
  async 'analysis/run'(req, ctx) {
    const user = await userSettings(ctx);
    // An empty draft is the page's wake (the user is back in a composer, or starts typing): answered at
    // once; a little later, unless a real draft has come meanwhile (a burst's first keystroke sends one
    // ANALYSIS_DEBOUNCE_MS after its wake), the rule tables are compiled in a task of their own.
    if (req.text === '') scheduleWarmUp(WAKE_WARM_UP_DELAY_MS);
    else warmed = true;
    try {
      // A page may send up to the protocol's limit; the engine reads the bounded prefix only.
      return await runAnalysisInStages(analyzedPart(req.text), { now: req.now, senderTimeZone: req.senderTimeZone }, user, req.context, ctx.pause);
    } catch (e) {
      // The engine's own message could quote the draft: only the error's kind goes on.
      throw new ProtocolError('internal', `The analysis failed (${e instanceof Error ? e.name : typeof e})`);
    }
  },
};

/** Exercises most rule tables, so compiling them (about a second, once) happens before the first draft. */
const SAMPLE =
  'The release is blocked: the migration fails on staging with ERR_LOCK_TIMEOUT (https://ci.example.com/runs/1). ' +
  'Option A: roll back; option B: patch it tonight. I recommend A. @ana could you confirm by 15:00 today? FYI, no rush otherwise.';

let warmed = false;

/** Compiles the rule tables now, unless an analysis already did; true when this call did the work. */
export function warmUp(): boolean {
  if (warmed) return false;
  warmed = true;
  analyzeMessage(SAMPLE, { now: Date.now(), senderTimeZone: 'UTC' });
  return true;
}

/** Warms up in a task of its own, never inside a request (the entrypoint calls it when the browser or extension starts, not when a request wakes the worker). */
export function scheduleWarmUp(delayMs = 0): void {
  setTimeout(() => {
    try {
      warmUp();
    } catch (e) {
      console.debug('[composure] analysis warm-up failed', e instanceof Error ? e.name : e);
    }
  }, delayMs);
}
