// The analysis is a request to the background: answers may arrive late, out of order, fail, or never
// come (the extension was updated under the page). The sidebar shows only the newest draft's answer,
// keeps the last good one through failures, and says calmly when the background is gone.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeMessage } from '../../lib/analysis';
import { ANALYSIS_DEBOUNCE_MS, ANALYSIS_UNAVAILABLE } from '../../lib/assistant';
import { expectationFor } from '../../lib/assistant/derive';
import { SEND_CONFIRM_MS } from '../../lib/assistant/sent';
import { draftDeadlines, expectationsFor } from '../../lib/background/analysis';
import { ProtocolError, type AnalysisResult, type FocusState } from '../../lib/protocol/responses';
import type { AnalyzeOptions } from '../../lib/analysis/types';
import { MONDAY_9 } from '../background/harness';
import { setupAssistant } from './harness';

interface Call {
  text: string;
  options: Required<Pick<AnalyzeOptions, 'now' | 'senderTimeZone'>>;
  answer(): void;
  fail(error: unknown): void;
}

/** An analyze that answers only when the test says so (with the real engine's result). */
function deferredAnalyze() {
  const calls: Call[] = [];
  const analyze = (text: string, options: Required<Pick<AnalyzeOptions, 'now' | 'senderTimeZone'>>) =>
    new Promise<AnalysisResult>((resolve, reject) => {
      calls.push({
        text,
        options,
        answer: () => resolve({ analysis: analyzeMessage(text, options), expectations: expectationsFor(null, options), deadlines: draftDeadlines(text, options, null) }),
        fail: reject,
      });
    });
  return { calls, analyze };
}

let t: ReturnType<typeof setupAssistant>;
afterEach(() => {
  t.life.abort();
  t.bg.db.close();
  vi.restoreAllMocks();
});

const flush = () => new Promise((r) => setTimeout(r, 10));

describe('assistant analysis over the protocol', () => {
  it('shows only the newest draft’s answer when answers arrive out of order', async () => {
    const d = deferredAnalyze();
    t = setupAssistant({}, { analyze: d.analyze });
    t.assistant.start(t.life.signal);
    t.advance(ANALYSIS_DEBOUNCE_MS);
    d.calls[0]!.answer();
    t.host.type('Could @ana review PR #12');
    t.advance(ANALYSIS_DEBOUNCE_MS);
    t.host.type(' by Friday?');
    t.advance(ANALYSIS_DEBOUNCE_MS);
    const [older, newer] = d.calls.slice(-2);
    expect(older!.text).toBe('Could @ana review PR #12');
    expect(newer!.text).toBe('Could @ana review PR #12 by Friday?');
    newer!.answer();
    await flush();
    older!.answer();
    await flush();
    expect(t.state().draft).toBe('Could @ana review PR #12 by Friday?');
    expect(t.state().analysis).toEqual(analyzeMessage(newer!.text, newer!.options));
    expect(t.state().expectation).toBe(expectationsFor(null, newer!.options)[t.state().urgency]);
  });

  it("the send-time card's deadlines are always those of the draft its analysis belongs to", async () => {
    const d = deferredAnalyze();
    t = setupAssistant({ kind: 'dm', title: 'Ana', participants: [{ name: 'Ana' }] }, { analyze: d.analyze });
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    await t.bg.call({ type: 'people/upsert', person: { name: 'Ana', handles: ['ana'], timeZone: 'Asia/Tokyo', workingHours: { mon: [{ start: '09:00', end: '17:00' }] } } });
    t.assistant.start(t.life.signal);
    const phrases = () => t.state().sendTime?.deadlines.map((x) => x.phrase);
    /** Every deadline on the card is a phrase of the draft the state holds, where its span says. */
    const belongs = () => {
      const { draft, deadlines, sendTime } = t.state();
      expect(sendTime?.deadlines.map((x) => x.phrase)).toEqual(deadlines.map((x) => x.phrase));
      for (const x of deadlines) expect(draft.slice(...x.span)).toBe(x.phrase);
    };
    t.host.type('Could you send the deck by Friday?');
    t.advance(ANALYSIS_DEBOUNCE_MS);
    d.calls.at(-1)!.answer();
    await t.until(() => expect(phrases()).toEqual(['by Friday']));
    belongs();
    // Two newer drafts: the card keeps the answered draft's deadlines until a newer answer comes.
    t.host.type(' Or by Tuesday 10:00 if easier.');
    t.advance(ANALYSIS_DEBOUNCE_MS);
    const older = d.calls.at(-1)!;
    t.host.type(' The first draft is due EOD tomorrow.');
    t.advance(ANALYSIS_DEBOUNCE_MS);
    const newer = d.calls.at(-1)!;
    expect(older).not.toBe(newer);
    t.assistant.setUrgency('normal'); // a recompute with the newer text in the composer
    expect(phrases()).toEqual(['by Friday']);
    belongs();
    newer.answer();
    await t.until(() => expect(phrases()).toEqual(['by Friday', 'by Tuesday 10:00', 'due EOD tomorrow']));
    belongs();
    // The older answer arrives late: it never replaces the newer draft's deadlines.
    older.answer();
    await flush();
    expect(phrases()).toEqual(['by Friday', 'by Tuesday 10:00', 'due EOD tomorrow']);
    expect(t.state().draft).toBe(newer.text);
    belongs();
    // A failed request keeps the last good draft and its deadlines together; an emptied composer clears them.
    t.host.type(' by Monday');
    t.advance(ANALYSIS_DEBOUNCE_MS);
    d.calls.at(-1)!.fail(new ProtocolError('internal', 'The analysis failed (Error)'));
    await flush();
    expect(t.state().draft).toBe(newer.text);
    belongs();
    t.host.active!.text = '';
    t.host.type('');
    t.advance(ANALYSIS_DEBOUNCE_MS);
    d.calls.at(-1)!.fail(new ProtocolError('internal', 'The analysis failed (Error)'));
    await flush();
    expect(t.state()).toMatchObject({ draft: '', deadlines: [] });
    expect(phrases()).toEqual([]);
  });

  it("an answer with no deadline list clears the older draft's list rather than keeping it beside the new analysis", async () => {
    let withDeadlines = true;
    t = setupAssistant({}, {
      analyze: async (text, options) => {
        const r = { analysis: analyzeMessage(text, options), expectations: expectationsFor(null, options), deadlines: draftDeadlines(text, options, null) };
        if (withDeadlines) return r;
        const { deadlines: _dropped, ...rest } = r;
        return rest as AnalysisResult; // e.g. a background of another version
      },
    });
    t.assistant.start(t.life.signal);
    t.host.type('Could you send the deck by Friday?');
    t.advance(ANALYSIS_DEBOUNCE_MS);
    await t.until(() => expect(t.state().deadlines.map((x) => x.phrase)).toEqual(['by Friday']));
    withDeadlines = false;
    t.host.type(' Thanks!');
    t.advance(ANALYSIS_DEBOUNCE_MS);
    await t.until(() => expect(t.state().draft).toBe('Could you send the deck by Friday? Thanks!'));
    expect(t.state().deadlines).toEqual([]);
  });

  it('keeps the last good analysis through a failed request, and shows nothing alarming', async () => {
    const d = deferredAnalyze();
    t = setupAssistant({}, { analyze: d.analyze });
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    t.assistant.start(t.life.signal);
    t.host.type('Could @ana review PR #12?');
    t.advance(ANALYSIS_DEBOUNCE_MS);
    d.calls.at(-1)!.answer();
    await flush();
    const good = t.state();
    t.host.type(' x'.repeat(5));
    t.advance(ANALYSIS_DEBOUNCE_MS);
    d.calls.at(-1)!.fail(new ProtocolError('invalid-request', "Invalid 'analysis/run' request: text: is longer than 200,000 characters"));
    await flush();
    expect(t.state()).toMatchObject({ draft: good.draft, analysis: good.analysis, expectation: good.expectation, problem: null });
  });

  it('says calmly when the background is unavailable, and clears that once analysis works again', async () => {
    const d = deferredAnalyze();
    t = setupAssistant({}, { analyze: d.analyze });
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    t.assistant.start(t.life.signal);
    t.host.type('Secret plan: could @ana review PR #12?');
    t.advance(ANALYSIS_DEBOUNCE_MS);
    d.calls.at(-1)!.fail(new ProtocolError('no-response', "Composure's background did not answer 'analysis/run': Extension context invalidated."));
    await flush();
    expect(t.state().problem).toBe(ANALYSIS_UNAVAILABLE);
    expect(t.state().analysis).toBeNull();
    // The log says what failed, never what was written.
    expect(JSON.stringify(debug.mock.calls.map((c) => c.map(String)))).not.toContain('Secret plan');
    t.host.type(' Thanks!');
    t.advance(ANALYSIS_DEBOUNCE_MS);
    d.calls.at(-1)!.answer();
    await flush();
    expect(t.state().problem).toBeNull();
    expect(t.state().analysis?.applicable).toBe(true);
  });

  it('a synchronous throw from analyze is a failed request, not a crash', async () => {
    t = setupAssistant({}, {
      analyze: () => {
        throw new ProtocolError('no-response', 'gone');
      },
    });
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    t.assistant.start(t.life.signal);
    t.host.type('Hello');
    expect(() => t.advance(ANALYSIS_DEBOUNCE_MS)).not.toThrow();
    await flush();
    expect(t.state().problem).toBe(ANALYSIS_UNAVAILABLE);
  });

  it('counts a sent message once its analysis answers, and not at all when it fails', async () => {
    const d = deferredAnalyze();
    t = setupAssistant({}, { analyze: d.analyze });
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    t.assistant.start(t.life.signal);
    const messages = async () => (await t.bg.call({ type: 'stats/get', days: 1 })).totals.messagesAssisted;
    for (const [i, outcome] of (['fail', 'answer'] as const).entries()) {
      t.host.type(`Could @ana review PR #${i}?`);
      t.host.pressEnter();
      t.advance(SEND_CONFIRM_MS);
      const sent = d.calls.filter((c) => c.text === `Could @ana review PR #${i}?`).at(-1)!;
      expect(await messages()).toBe(0);
      if (outcome === 'fail') sent.fail(new ProtocolError('internal', 'The analysis failed (Error)'));
      else sent.answer();
      await flush();
    }
    await t.until(async () => expect(await messages()).toBe(1));
  });
});

describe('expectationFor (content script side)', () => {
  const focus: FocusState = { active: true, session: null, endsAt: MONDAY_9 + 50 * 60_000, minutesLeft: 50 };
  const base = { now: MONDAY_9, senderTimeZone: 'UTC', settings: null, focus: null };

  it('takes the background’s line for the label, empty before the first answer', () => {
    const expectations = expectationsFor(null, { now: MONDAY_9, senderTimeZone: 'UTC' });
    expect(expectationFor('urgent', { ...base, expectations })).toBe(expectations.urgent);
    expect(expectationFor('urgent', { ...base, expectations: null })).toBe('');
  });

  it('adds when the writer will reply during focus, even before the first answer', () => {
    const expectations = expectationsFor(null, { now: MONDAY_9, senderTimeZone: 'UTC' });
    const line = expectationFor('normal', { ...base, focus, expectations });
    expect(line.startsWith(`${expectations.normal} I'm in focus time until`)).toBe(true);
    expect(expectationFor('normal', { ...base, focus, expectations: null })).toMatch(/^I'm in focus time until/);
  });
});
