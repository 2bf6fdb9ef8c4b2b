// The analysis pipeline on its own: the quiet time after typing, latest answer wins, nothing read
// mid-composition, recipients matched when the mentions change and the draft asked again when they
// bring new zones, and nothing delivered to a session that has gone.
import { describe, expect, it } from 'vitest';
import {
  ANALYSIS_DEBOUNCE_MS,
  WAKE_QUIET_MS,
  createAnalysisPipeline,
  type PipelineEvents,
} from '../../lib/assistant/pipeline';
import type { Recipients, RecipientMatcher } from '../../lib/assistant/recipients';
import type { AnalysisRequestOptions } from '../../lib/assistant/types';
import type { Session } from '../../lib/assistant/world';
import type { AnalysisResult } from '../../lib/protocol/responses';
import { createFakeHost } from './fake-adapter';
import { manualTimers } from './harness';

/** A promise the test settles by hand. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
const flush = () => new Promise((r) => setTimeout(r, 0));
const answer = (label: string) =>
  ({ analysis: { label }, expectations: { urgent: label } }) as unknown as AnalysisResult;
const dana = (timeZone: string): Recipients => ({
  people: [{ id: 'd', name: 'Dana', timeZone, workingHours: {} }],
  unknown: [],
});

function setup(wake?: () => void) {
  const host = createFakeHost({ kind: 'channel' });
  const composer = host.addComposer();
  const clock = { now: Date.UTC(2026, 11, 4, 10) };
  const { timers, advance } = manualTimers(clock);
  const asked: Array<{
    text: string;
    options: AnalysisRequestOptions;
    answer: ReturnType<typeof deferred<AnalysisResult>>;
  }> = [];
  const analyze = (text: string, options: AnalysisRequestOptions) => {
    const d = deferred<AnalysisResult>();
    asked.push({ text, options, answer: d });
    return d.promise;
  };
  const matches: Array<{ draft: string; result: ReturnType<typeof deferred<Recipients>> }> = [];
  const matcher: RecipientMatcher = {
    keyOf: (_, draft) => [...draft.matchAll(/@\w+/g)].join(','),
    match(_, draft) {
      const result = deferred<Recipients>();
      matches.push({ draft, result });
      return result.promise;
    },
    forget() {},
  };
  const control = new AbortController();
  const session: Session = {
    composer,
    conversation: host.adapter.conversation(composer),
    signal: control.signal,
    abort: () => control.abort(),
    override: null,
    recipients: null,
    recipientsKey: '',
  };
  let current: Session | null = session;
  const heard: string[] = [];
  const events: PipelineEvents = {
    read: (_, draft) => void heard.push(`read ${draft}`),
    result: (draft, r) => void heard.push(`result ${draft}: ${(r.analysis as unknown as { label: string }).label}`),
    failed: (draft) => void heard.push(`failed ${draft}`),
    recipients: () => void heard.push('recipients'),
  };
  const pipeline = createAnalysisPipeline(
    { adapter: host.adapter, timers, analyze, ...(wake ? { wake } : {}) },
    matcher,
    { session: () => current, zone: () => 'Europe/Berlin' },
    events,
  );
  return {
    host,
    session,
    pipeline,
    advance,
    asked,
    matches,
    heard,
    leave() {
      current = null;
      control.abort();
    },
  };
}

describe('analysis pipeline', () => {
  it('wakes the background once at the start of each burst of typing, before the quiet time', () => {
    const order: string[] = [];
    const t = setup(() => void order.push('wake'));
    t.host.type('Could');
    t.pipeline.queue(t.session);
    expect(order).toEqual(['wake']);
    t.advance(ANALYSIS_DEBOUNCE_MS - 1);
    t.host.type(' you');
    t.pipeline.queue(t.session);
    t.advance(ANALYSIS_DEBOUNCE_MS);
    // One wake for the burst, and it came before the draft was asked for.
    expect(order).toEqual(['wake']);
    expect(t.asked.map((a) => a.text)).toEqual(['Could you']);
    // The next keystroke starts a new burst: one more wake.
    t.host.type(' review');
    t.pipeline.queue(t.session);
    t.pipeline.queue(t.session);
    expect(order).toEqual(['wake', 'wake']);
    t.advance(ANALYSIS_DEBOUNCE_MS);
    expect(t.asked.map((a) => a.text)).toEqual(['Could you', 'Could you review']);
    // An analysis asked for at once (not queued) ends the burst too.
    t.host.type(' it');
    t.pipeline.queue(t.session);
    t.pipeline.run();
    t.pipeline.queue(t.session);
    expect(order).toEqual(['wake', 'wake', 'wake', 'wake']);
  });

  it('wakes on focus only after a quiet spell: not within WAKE_QUIET_MS of its last request', () => {
    let wakes = 0;
    const t = setup(() => void wakes++);
    // Nothing asked yet: focus wakes it.
    t.pipeline.wake();
    expect(wakes).toBe(1);
    t.advance(WAKE_QUIET_MS - 1);
    t.pipeline.wake();
    expect(wakes).toBe(1);
    t.advance(1);
    t.pipeline.wake();
    expect(wakes).toBe(2);
    // An analysis counts as asking: focus right after it does not wake again.
    t.advance(WAKE_QUIET_MS);
    t.host.type('Could you');
    t.pipeline.run();
    expect(t.asked).toHaveLength(1);
    t.advance(WAKE_QUIET_MS - 1);
    t.pipeline.wake();
    expect(wakes).toBe(2);
    t.advance(1);
    t.pipeline.wake();
    expect(wakes).toBe(3);
    // It never reads or sends the draft.
    expect(t.asked.map((a) => a.text)).toEqual(['Could you']);
  });

  it('still analyses when waking the background throws', () => {
    const t = setup(() => {
      throw new Error('extension context invalidated');
    });
    t.host.type('Could you review');
    t.pipeline.queue(t.session);
    t.advance(ANALYSIS_DEBOUNCE_MS);
    expect(t.asked.map((a) => a.text)).toEqual(['Could you review']);
  });

  it('waits for the quiet time after the last keystroke, then asks once for the latest draft', () => {
    const t = setup();
    t.host.type('Could you');
    t.pipeline.queue(t.session);
    t.advance(ANALYSIS_DEBOUNCE_MS - 1);
    t.host.type(' review');
    t.pipeline.queue(t.session);
    t.advance(ANALYSIS_DEBOUNCE_MS - 1);
    expect(t.asked).toHaveLength(0);
    t.advance(1);
    expect(t.asked.map((a) => a.text)).toEqual(['Could you review']);
    expect(t.asked[0]!.options).toMatchObject({
      senderTimeZone: 'Europe/Berlin',
      context: { conversationKind: 'channel', recipientZones: [] },
    });
    expect(t.heard).toEqual(['read Could you review']);
  });

  it('delivers only the newest answer, whatever order they arrive in, and keeps its expectation lines', async () => {
    const t = setup();
    t.host.type('one');
    t.pipeline.run();
    t.host.type(' two');
    t.pipeline.run();
    t.asked[1]!.answer.resolve(answer('new'));
    t.asked[0]!.answer.resolve(answer('old'));
    await flush();
    expect(t.heard.filter((h) => h.startsWith('result'))).toEqual(['result one two: new']);
    expect(t.pipeline.expectations()).toEqual({ urgent: 'new' });
    t.host.type(' three');
    t.pipeline.run();
    t.asked[2]!.answer.reject(new Error('no background'));
    await flush();
    expect(t.heard.at(-1)).toBe('failed one two three');
  });

  it('reads nothing while an input method is composing', () => {
    const t = setup();
    t.host.composing = true;
    t.host.type('にほん');
    t.pipeline.run();
    expect(t.asked).toHaveLength(0);
    expect(t.heard).toEqual([]);
  });

  it('matches recipients when the mentions change, and asks again only when they bring new zones', async () => {
    const t = setup();
    t.host.type('@dana can you');
    t.pipeline.run();
    t.pipeline.run();
    expect(t.matches).toHaveLength(1);
    t.matches[0]!.result.resolve(dana('Asia/Tokyo'));
    await flush();
    expect(t.session.recipients).toEqual(dana('Asia/Tokyo'));
    expect(t.heard).toContain('recipients');
    expect(t.asked.map((a) => a.options.context?.recipientZones)).toEqual([[], [], ['Asia/Tokyo']]);
    t.host.type(' @raj');
    t.pipeline.run();
    t.matches[1]!.result.resolve(dana('Asia/Tokyo'));
    await flush();
    expect(t.asked).toHaveLength(4);
  });

  it('delivers nothing to a session that has gone', async () => {
    const t = setup();
    t.host.type('@dana hello');
    t.pipeline.run();
    t.leave();
    t.asked[0]!.answer.resolve(answer('late'));
    t.matches[0]!.result.resolve(dana('Asia/Tokyo'));
    await flush();
    t.pipeline.run();
    expect(t.heard).toEqual(['read @dana hello']);
    expect(t.session.recipients).toBeNull();
  });
});
