// A tiny in-memory HostAdapter: composers are plain objects holding their text, listeners are
// called when the test "types", and every write is recorded. No DOM at all, which also proves the
// controller needs none.
import type {
  ClearResult,
  Composer,
  ComposerKind,
  Conversation,
  Diagnosis,
  HostAdapter,
  InsertOptions,
  InsertResult,
  ScheduleResult,
} from '../../lib/hosts/types';

export interface FakeComposer extends Composer {
  text: string;
}

export interface FakeHost {
  adapter: HostAdapter;
  composers: FakeComposer[];
  /** The composer activeComposer() returns (the "focused" one). */
  active: FakeComposer | null;
  conversation: Conversation;
  failed: string[];
  scheduleResult: ScheduleResult;
  clearResult: ClearResult;
  insertResult: InsertResult;
  focusMode: boolean[];
  inserts: Array<{ text: string; opts: InsertOptions | undefined }>;
  scheduled: Date[];
  /** An input-method composition is open in the composer. */
  composing: boolean;
  /** Conversations the page has a sidebar entry for, by key: openConversation switches to them. */
  entries: Record<string, Partial<Conversation>>;
  /** Keys openConversation was asked for. */
  opened: string[];
  /** Messages the host "sent" (only ever by the test, like a user pressing Send). */
  sent: string[];
  addComposer(kind?: ComposerKind, text?: string): FakeComposer;
  /** The user types: text changes, then the host's input events fire. */
  type(text: string, composer?: FakeComposer): void;
  /** The user presses Enter: Composure sees it first, then the host sends and empties the box. */
  pressEnter(composer?: FakeComposer, hostSends?: boolean): void;
  /** The host re-renders the composer (e.g. on a conversation switch). */
  replaceComposer(conversation?: Partial<Conversation>): FakeComposer;
}

const fakeElement = (name: string) => ({ name }) as unknown as HTMLElement;

export function createFakeHost(conversation: Partial<Conversation> = {}): FakeHost {
  const draftListeners = new Map<FakeComposer, Array<{ signal: AbortSignal; cb: () => void }>>();
  const sendListeners = new Map<FakeComposer, Array<{ signal: AbortSignal; cb: (via: 'enter' | 'click') => void }>>();
  const fire = <T>(map: Map<FakeComposer, Array<{ signal: AbortSignal; cb: T }>>, c: FakeComposer, call: (cb: T) => void) => {
    for (const l of map.get(c) ?? []) if (!l.signal.aborted) call(l.cb);
  };
  const listen = <T>(map: Map<FakeComposer, Array<{ signal: AbortSignal; cb: T }>>, c: Composer, signal: AbortSignal, cb: T) => {
    const key = c as FakeComposer;
    map.set(key, [...(map.get(key) ?? []), { signal, cb }]);
  };
  let n = 0;

  const host: FakeHost = {
    composers: [],
    active: null,
    conversation: { key: 'slack:T1/C1', title: 'design', url: 'https://app.slack.com/client/T1/C1', kind: 'channel', participants: [], ...conversation },
    failed: [],
    composing: false,
    scheduleResult: { ok: true },
    clearResult: { ok: true },
    insertResult: { ok: true, via: 'execCommand' },
    focusMode: [],
    inserts: [],
    scheduled: [],
    sent: [],
    entries: {},
    opened: [],
    addComposer(kind = 'channel', text = '') {
      n += 1;
      const c: FakeComposer = { host: 'slack', kind, editable: fakeElement(`editable${n}`), region: fakeElement(`region${n}`), text };
      host.composers.push(c);
      host.active ??= c;
      return c;
    },
    type(text, composer = host.active!) {
      composer.text += text;
      fire(draftListeners, composer, (cb) => cb());
    },
    pressEnter(composer = host.active!, hostSends = true) {
      fire(sendListeners, composer, (cb) => cb('enter'));
      if (!hostSends) return;
      host.sent.push(composer.text);
      composer.text = '';
      fire(draftListeners, composer, (cb) => cb());
    },
    replaceComposer(next = {}) {
      const old = host.active;
      host.composers = host.composers.filter((c) => c !== old);
      host.active = null;
      host.conversation = { ...host.conversation, ...next };
      return host.addComposer(old?.kind ?? 'channel');
    },
    adapter: undefined as unknown as HostAdapter,
  };

  const diagnose = (): Diagnosis => ({
    host: 'slack',
    url: host.conversation.url,
    probes: host.failed.map((name) => ({ name, matched: null, index: -1 })),
    failed: [...host.failed],
  });

  host.adapter = {
    id: 'slack',
    findComposers: () => [...host.composers],
    activeComposer: () => host.active,
    readDraft: (c) => (c as FakeComposer).text,
    async insertText(c, text, opts): Promise<InsertResult> {
      const fc = c as FakeComposer;
      host.inserts.push({ text, opts });
      if (!host.insertResult.ok) return host.insertResult;
      fc.text = opts?.newLine && fc.text.trim() ? `${fc.text}\n${text}` : `${fc.text}${text}`;
      fire(draftListeners, fc, (cb) => cb());
      return host.insertResult;
    },
    conversation: () => ({ ...host.conversation, participants: [...host.conversation.participants] }),
    sendButton: () => null,
    scheduleControls: (c) => ({ trigger: c.region, opens: 'click' }),
    async scheduleSend(c, at): Promise<ScheduleResult> {
      host.scheduled.push(at);
      if (host.scheduleResult.ok) (c as FakeComposer).text = '';
      return host.scheduleResult;
    },
    async openConversation(target) {
      host.opened.push(target.key);
      if (host.conversation.key === target.key) return { ok: true, via: 'here' };
      const entry = host.entries[target.key];
      if (!entry) return { ok: false, reason: 'it has no entry in the fake sidebar' };
      host.replaceComposer({ ...entry, key: target.key });
      return { ok: true, via: 'entry' };
    },
    observeNavigation: () => {},
    diagnose,
    onDraftChange: (c, signal, cb) => listen(draftListeners, c, signal, cb),
    onSend: (c, signal, cb) => listen(sendListeners, c, signal, cb),
    composing: () => host.composing,
    async clearDraft(c) {
      if (host.clearResult.ok) (c as FakeComposer).text = '';
      return host.clearResult;
    },
    theme: () => 'light',
    setFocusMode: (on) => void host.focusMode.push(on),
  };
  return host;
}
