// The assistant over a fake host, a client routed through the REAL background router (fake-indexeddb
// + WXT's fakeBrowser; analysis/run included), and timers driven by hand on the background's clock.
import { vi } from 'vitest';
import { createAssistant } from '../../lib/assistant';
import type { AssistantDeps, Timers } from '../../lib/assistant/types';
import type { Conversation } from '../../lib/hosts/types';
import { createClient } from '../../lib/protocol/client';
import { callerOf } from '../../lib/background/access';
import { setup } from '../background/harness';
import { createFakeHost } from './fake-adapter';

/** Timers whose clock is `clock.now`; `advance` runs what came due, in order. */
export function manualTimers(clock: { now: number }) {
  let queue: Array<{ at: number; seq: number; fn: () => void; signal: AbortSignal; cancelled: boolean }> = [];
  let seq = 0;
  const timers: Timers = {
    now: () => clock.now,
    after(ms, fn, signal) {
      const entry = { at: clock.now + ms, seq: seq++, fn, signal, cancelled: false };
      queue.push(entry);
      return () => void (entry.cancelled = true);
    },
    idle: (fn, signal) => void timers.after(0, fn, signal),
  };
  /** Moves the clock forward by ms, running every timer due on the way. */
  function advance(ms: number): void {
    const end = clock.now + ms;
    for (;;) {
      const next = queue.filter((e) => !e.cancelled && !e.signal.aborted && e.at <= end).sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
      if (!next) break;
      queue = queue.filter((e) => e !== next);
      clock.now = Math.max(clock.now, next.at);
      next.fn();
    }
    clock.now = end;
  }
  return { timers, advance, pending: () => queue.filter((e) => !e.cancelled && !e.signal.aborted).length };
}

export function setupAssistant(conversation: Partial<Conversation> = {}, opts: { analyze?: AssistantDeps['analyze']; wake?: () => void } = {}) {
  const bg = setup();
  const host = createFakeHost(conversation);
  host.addComposer();
  const { timers, advance } = manualTimers(bg.clock);
  const requests: string[] = [];
  const client = createClient(async (m) => {
    requests.push((m as { type: string }).type);
    // As the browser would report this content script: what it may ask is checked like in the extension.
    const url = host.conversation.url;
    return bg.route(m, callerOf({ id: 'ext', url, tab: { id: 1, url } }, { id: 'ext', baseUrl: 'chrome-extension://ext/' }));
  });
  /** Analyses in flight: settle() waits for them (the first one compiles the rule tables). */
  const inFlight = new Set<Promise<unknown>>();
  const analyze: AssistantDeps['analyze'] = (text, options) => {
    // A test's own analyze may never answer: settle() only waits for the real background's.
    if (opts.analyze) return opts.analyze(text, options);
    const p = client.request({ type: 'analysis/run', text, ...options });
    inFlight.add(p);
    const done = () => void inFlight.delete(p);
    p.then(done, done);
    return p;
  };
  const assistant = createAssistant({ adapter: host.adapter, client, timers, analyze, defaultTimeZone: 'UTC', ...(opts.wake ? { wake: opts.wake } : {}) });
  const life = new AbortController();
  /** Lets the router's IndexedDB work, the analyses and the controller's follow-ups finish. */
  const settle = async () => {
    await new Promise((r) => setTimeout(r, 30));
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    await new Promise((r) => setTimeout(r, 5));
  };
  /** Advances past the analysis debounce and waits for its background round trips. */
  const typed = async (ms = 150) => {
    advance(ms);
    await settle();
  };
  const until = (check: () => void) => vi.waitFor(check, { timeout: 2000, interval: 10 });
  return { bg, host, assistant, advance, life, requests, settle, typed, until, state: () => assistant.store.get() };
}
