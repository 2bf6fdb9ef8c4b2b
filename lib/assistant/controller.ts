// The compose assistant: follows the active composer, has the background analyse the draft off the
// keystroke path, matches recipients, and carries out the sidebar's actions. DOM-free: everything on
// the page goes through the HostAdapter, everything else through the protocol Client.
import type { UrgencyLabel } from '../analysis/types';
import type { InsertSource, NewPerson } from './types';
import type { StatsEvent } from '../records/types';
import type { Composer } from '../hosts/types';
import { isContentMessage, type RestoreOutcome } from '../protocol/content-messages';
import type { FocusState } from '../protocol/responses';
import { ANALYSIS_UNAVAILABLE, isUnavailable } from './analysis';
import { effectiveUrgency, expectationFor, focusViewOf, sendTimeFor } from './derive';
import { createDiagnosticsReporter, problemOf } from './diagnostics';
import { addPerson, insertSuggestion, recordAway } from './edits';
import { ANALYSIS_DEBOUNCE_MS, createAnalysisPipeline } from './pipeline';
import { createRecipientMatcher } from './recipients';
import { deliverItem, restoreDue, restoreItem, type Restoring } from './restore';
import { createReveal } from './reveal';
import { cancelOutboxItem, recallWaiting, scheduleDraft } from './schedule';
import { watchSends } from './sent';
import { createStore, type Store } from './store';
import type { AssistantDeps, AssistantState } from './types';
import type { Session, World } from './world';

/** Clocks, focus and theme are refreshed this often while attached. */
export const TICK_MS = 60_000;

export interface Assistant {
  store: Store<AssistantState>;
  /** Starts following composers; everything stops when `signal` aborts. */
  start(signal: AbortSignal): void;
  /** Re-checks the composer; `focused`: focus just moved into a composer, so follow it. */
  sync(opts?: { focused?: boolean }): void;
  /** The host navigated: re-attach when the conversation changed. */
  navigated(): void;
  /**
   * A background → content message, answered when handled here (undefined: not ours): true for
   * focus/changed, `{ outcome }` for outbox/restore.
   */
  handleMessage(message: unknown): Promise<true | { outcome: RestoreOutcome }> | undefined;
  insert(text: string, source: InsertSource): Promise<void>;
  setUrgency(label: UrgencyLabel | null): void;
  schedule(at?: number): Promise<void>;
  cancelOutbox(): Promise<void>;
  /** The user's answer to "put this draft back here?" (a conversation known only by its title). */
  answerRestore(accept: boolean): Promise<void>;
  addPerson(person: NewPerson): Promise<void>;
  /** Records what the host shows of a known person's absence as time off (the user's click). */
  recordAway(personId: string, range: { start: string; end: string }): Promise<void>;
  /** Reads the members the host keeps in a popover (after the user's click), then matches them. */
  readMembers(): Promise<void>;
  toggleCollapsed(): void;
  /** The sidebar's menu opened or closed (the sidebar keeps its layout while it is open). */
  menuOpened(open: boolean): void;
  /** The composer attached to (for the UI to sit beside it); null when none. */
  current(): Composer | null;
}

function initialState(zone: string, now: number): AssistantState {
  return {
    composer: null, attachId: 0, conversation: null, draft: '', analysis: null, deadlines: [], urgency: 'normal', urgencyOverridden: false,
    expectation: '', sendTime: null, schedule: null, outboxItem: null, restoreOffer: null, outboxElsewhere: null, focus: null, problem: null, theme: 'light',
    collapsed: true, quiet: true, openedByUser: false, now, senderTimeZone: zone,
  };
}

/** Creates the assistant over its dependencies; call start() to begin. */
export function createAssistant(deps: AssistantDeps): Assistant {
  const { adapter, client, timers } = deps;
  const store = createStore(initialState(deps.defaultTimeZone, timers.now()));
  const matcher = createRecipientMatcher(client);
  const report = createDiagnosticsReporter(client, timers, () => world.root);
  const restoring: Restoring = new Map();
  // Folding and quiet: a badge until the draft has something to say, the user's choice first.
  const reveal = createReveal(timers, (r) => store.set(r));

  const world: World = {
    deps, store, session: null, settings: null, focus: null, baseProblem: null, root: new AbortController().signal,
    zone: () => world.settings?.me.timeZone ?? deps.defaultTimeZone,
    refresh: () => pipeline.run(),
    record: (event: StatsEvent) => void client.request({ type: 'stats/record', event }).catch((e: unknown) => console.debug('[composure] stats failed', e)),
    alive: (session: Session) => adapter.findComposers().some((c) => c.editable === session.composer.editable),
  };

  /** Recomputes the state derived from the current draft, analysis and recipients, with `patch` applied. */
  function recompute(patch: Partial<AssistantState> = {}): void {
    const session = world.session;
    const now = timers.now();
    const analysis = patch.analysis !== undefined ? patch.analysis : store.get().analysis;
    const draft = patch.draft ?? store.get().draft;
    // Always the deadlines of this draft: they change only with it and its analysis, never on their own.
    const deadlines = patch.deadlines ?? store.get().deadlines;
    const urgency = effectiveUrgency(analysis, session?.override ?? null, draft);
    const senderTimeZone = world.zone();
    const opts = { now, senderTimeZone, settings: world.settings, focus: world.focus };
    store.set({
      ...patch, now, senderTimeZone, urgency, urgencyOverridden: session?.override != null,
      expectation: expectationFor(urgency, { ...opts, expectations: pipeline.expectations() }),
      sendTime: session ? sendTimeFor(session.recipients, { ...opts, urgency, draft, analysis, deadlines, conversationKind: session.conversation.kind }) : null,
      focus: focusViewOf(world.focus, world.settings, now, senderTimeZone),
    });
  }

  const pipeline = createAnalysisPipeline(deps, matcher, { session: () => world.session, zone: world.zone }, {
    read(session, draft) {
      if (draft.trim() === '') session.override = null;
      // Applied with the analysis of this draft, so the panel never opens on an older one.
      reveal.read(draft, ANALYSIS_DEBOUNCE_MS, session.signal);
    },
    result(draft, r) {
      const problem = store.get().problem === ANALYSIS_UNAVAILABLE ? world.baseProblem : store.get().problem;
      // The deadlines are this draft's or none: never the previous draft's kept beside a new analysis.
      recompute({ draft, analysis: r.analysis, deadlines: Array.isArray(r.deadlines) ? r.deadlines : [], ...reveal.current(), problem });
    },
    failed(draft, error) {
      // Keep the last good analysis and the draft it belongs to (its highlights stay right).
      recompute({
        ...reveal.current(),
        ...(draft.trim() === '' ? { draft, analysis: null, deadlines: [] } : {}),
        ...(isUnavailable(error) ? { problem: ANALYSIS_UNAVAILABLE } : {}),
      });
    },
    recipients: () => recompute(),
  });

  function detach(): void {
    world.session?.abort();
    world.session = null;
  }

  function attach(composer: Composer | null): void {
    detach();
    const diagnosis = adapter.diagnose();
    report(diagnosis);
    if (!composer) {
      store.set({ composer: null, attachId: store.get().attachId + 1, conversation: null, analysis: null, deadlines: [], draft: '', sendTime: null, problem: null });
      return;
    }
    const controller = new AbortController();
    world.root.addEventListener('abort', () => controller.abort(), { once: true, signal: controller.signal });
    const conversation = adapter.conversation(composer);
    const previous = store.get().conversation?.key;
    const session: Session = {
      composer, conversation, signal: controller.signal, abort: () => controller.abort(),
      override: null, recipients: null, recipientsKey: '',
    };
    world.session = session;
    const sameConversation = previous === conversation.key;
    store.set({
      composer: { host: composer.host, kind: composer.kind },
      attachId: store.get().attachId + 1,
      conversation: { key: conversation.key, title: conversation.title, ...(conversation.membersHidden ? { membersHidden: true } : {}) },
      theme: adapter.theme(composer),
      problem: (world.baseProblem = problemOf(diagnosis)),
      ...(sameConversation ? {} : { schedule: null, outboxItem: null, restoreOffer: null, outboxElsewhere: null }),
    });
    adapter.onDraftChange(composer, session.signal, () => pipeline.queue(session));
    watchSends(world, session);
    store.set(reveal.reset());
    // Not inline: reading and sending the draft waits until the host has rendered.
    pipeline.queue(session);
    void restoreDue(world, restoring);
    void recallWaiting(world);
  }

  function sync(opts: { focused?: boolean } = {}): void {
    try {
      const session = world.session;
      if (session && !opts.focused && world.alive(session)) return;
      const active = adapter.activeComposer();
      if (session && active?.editable === session.composer.editable) {
        // Back in the same composer, maybe after a pause long enough for the worker to stop: start it
        // now, so it has loaded by the time the first words are typed.
        if (opts.focused) pipeline.wake();
        return;
      }
      // Still no composer: nothing to redo (the host re-renders constantly).
      if (!session && !active && store.get().attachId > 0) return;
      attach(active);
    } catch (error) {
      console.debug('[composure] attach failed', error);
    }
  }

  async function loadWorld(): Promise<void> {
    const [settings, focus] = await Promise.allSettled([client.request({ type: 'settings/get' }), client.request({ type: 'focus/get' })]);
    if (settings.status === 'fulfilled') world.settings = settings.value;
    if (focus.status === 'fulfilled') applyFocus(focus.value);
    // The user's zone and norms change the wording: re-read, off the current task as always.
    if (world.session) pipeline.queue(world.session);
    else recompute();
  }

  function applyFocus(state: FocusState | null): void {
    world.focus = state;
    const hide = Boolean(state?.active) && (world.settings?.focus.hideUnreadBadges ?? true);
    adapter.setFocusMode(hide);
    recompute();
  }

  function tick(): void {
    if (world.root.aborted) return;
    const focus = world.focus;
    if (focus?.active && focus.endsAt !== null && focus.endsAt <= timers.now()) {
      void client.request({ type: 'focus/get' }).then(applyFocus, () => applyFocus(null));
    }
    if (world.session) {
      store.set({ theme: adapter.theme(world.session.composer) });
      // The expectation lines name a time of day: have them worded again for the new time.
      pipeline.queue(world.session);
    }
    recompute();
    timers.after(TICK_MS, tick, world.root);
  }

  return {
    store,
    start(signal) {
      world.root = signal;
      signal.addEventListener('abort', () => {
        detach();
        adapter.setFocusMode(false);
      }, { once: true });
      sync();
      void loadWorld();
      timers.after(TICK_MS, tick, signal);
    },
    sync,
    navigated() {
      const session = world.session;
      if (session && adapter.conversation().key === session.conversation.key) return sync();
      attach(adapter.activeComposer());
    },
    handleMessage(message) {
      if (!isContentMessage(message)) return undefined;
      if (message.type === 'focus/changed') {
        applyFocus(message.state);
        return Promise.resolve(true);
      }
      // A frame with no composer has nothing to say; the one with the session answers.
      if (!world.session) return undefined;
      const reattach = () => {
        const active = adapter.activeComposer();
        if (active && active.editable !== world.session?.composer.editable) attach(active);
      };
      return deliverItem(world, message.item, restoring, reattach).then((outcome) => ({ outcome }));
    },
    insert: (text, source) => insertSuggestion(world, text, source),
    async readMembers() {
      const session = world.session;
      if (!session || !adapter.readMembers) return;
      const result = await adapter.readMembers(session.signal);
      if (world.session !== session || session.signal.aborted) return;
      const fresh = adapter.conversation(session.composer);
      // Keep what was read even when the host has re-rendered the header meanwhile.
      session.conversation = fresh.participants.length > 0 || !result.ok ? fresh : { ...fresh, participants: result.participants, membersHidden: false };
      const hidden = session.conversation.membersHidden === true && session.conversation.participants.length === 0;
      const note = result.ok ? undefined : `Could not read the members: ${result.reason ?? 'the host did not show them'}.`;
      store.set({ conversation: { key: session.conversation.key, title: session.conversation.title, ...(hidden ? { membersHidden: true } : {}), ...(note ? { membersNote: note } : {}) } });
      session.recipientsKey = '';
      pipeline.run();
    },
    setUrgency(label) {
      if (!world.session) return;
      world.session.override = label;
      recompute();
    },
    schedule: (at) => scheduleDraft(world, at),
    cancelOutbox: () => cancelOutboxItem(world),
    async answerRestore(accept) {
      const offer = store.get().restoreOffer;
      if (!offer) return;
      store.set({ restoreOffer: null });
      if (accept) await restoreItem(world, offer.item, restoring, true);
      else store.set({ schedule: { state: 'idle', message: 'Not put back: the draft waits in the Composure outbox (open it from the popup).' } });
    },
    addPerson: (person) => addPerson(world, person, () => matcher.forget()),
    recordAway: (personId, range) => recordAway(world, personId, range, () => matcher.forget()),
    toggleCollapsed() {
      store.set(reveal.toggle());
    },
    menuOpened(open) {
      store.set(reveal.menu(open));
    },
    current: () => world.session?.composer ?? null,
  };
}
