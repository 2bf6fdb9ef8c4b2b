// analysis/run: the rule engine in the background, the user's norms in the expectation lines, a
// clear error for an oversized draft, no dependence on storage, and the draft never stored or logged.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectationLine } from '../../lib/analysis';
import { URGENCY_LABELS } from '../../lib/analysis/types';
import { defaultNorms } from '../../lib/records/defaults';
import { MAX_ANALYSIS_TEXT } from '../../lib/protocol/schemas';
import { MAX_ANALYZED_CHARS, analyzedPart } from '../../lib/analysis/limits';
import { EXTENSION_CALLER, callerOf } from '../../lib/background/access';
import { STAGED_FROM_CHARS, draftDeadlines } from '../../lib/background/analysis';
import { MAX_DEADLINES_SHOWN, resolveDeadline } from '../../lib/schedule';
import { defaultMe } from '../../lib/records/defaults';
import { MONDAY_9, setup } from './harness';

const SECRET = 'The Falcon merger closes Friday: @ana could you confirm the board deck by 15:00 today?';
const OPTS = { now: MONDAY_9, senderTimeZone: 'Europe/Berlin' };

let t: ReturnType<typeof setup>;
afterEach(() => {
  t?.db.close();
  vi.restoreAllMocks();
});

/** Every row of every table, as one string. */
async function dump(): Promise<string> {
  const tables = await Promise.all(t.db.tables.map(async (table) => [table.name, await table.toArray()] as const));
  return JSON.stringify(tables);
}

/** A fresh copy of the background's analysis module whose engine records every text it analyses (undo with vi.doUnmock). */
async function freshRecordingAnalyses() {
  vi.resetModules();
  const analysed: string[] = [];
  vi.doMock('../../lib/analysis', async (original) => {
    const real = await original<typeof import('../../lib/analysis')>();
    const analyzeMessage: typeof real.analyzeMessage = (text, options) => {
      analysed.push(text);
      return real.analyzeMessage(text, options);
    };
    return { ...real, analyzeMessage };
  });
  return { fresh: await import('../../lib/background/analysis'), analysed };
}

describe('analysis warm-up', () => {
  it('compiles the rule tables once, in a later task of its own', async () => {
    vi.resetModules();
    const fresh = await import('../../lib/background/analysis');
    fresh.scheduleWarmUp();
    await new Promise((r) => setTimeout(r, 0));
    // The scheduled warm-up already ran: another one is a no-op.
    expect(fresh.warmUp()).toBe(false);
  });

  it('is not needed once a request has analysed something', async () => {
    vi.resetModules();
    const fresh = await import('../../lib/background/analysis');
    t = setup();
    await fresh.analysisHandlers['analysis/run']({ type: 'analysis/run', text: 'hi', ...OPTS }, t.ctx, EXTENSION_CALLER);
    expect(fresh.warmUp()).toBe(false);
  });

  it("an empty draft (the page's wake) is answered, then the rules compile in a task of its own; a real draft needs none", async () => {
    try {
      const { fresh, analysed } = await freshRecordingAnalyses();
      t = setup();
      const answer = await fresh.analysisHandlers['analysis/run']({ type: 'analysis/run', text: '', ...OPTS }, t.ctx, EXTENSION_CALLER);
      expect(answer.analysis.applicable).toBe(false);
      expect(analysed).toEqual(['']);
      await new Promise((r) => setTimeout(r, fresh.WAKE_WARM_UP_DELAY_MS + 20));
      // The wake's answer, then the warm-up's sample: a draft that exercises the rule tables.
      expect(analysed[0]).toBe('');
      expect(analysed).toHaveLength(2);
      expect(analysed[1]!.length).toBeGreaterThan(100);
      expect(fresh.warmUp()).toBe(false);
      // Once warm, a later wake schedules nothing more.
      await fresh.analysisHandlers['analysis/run']({ type: 'analysis/run', text: '', ...OPTS }, t.ctx, EXTENSION_CALLER);
      await new Promise((r) => setTimeout(r, fresh.WAKE_WARM_UP_DELAY_MS + 20));
      expect(analysed).toEqual(['', analysed[1], '']);
    } finally {
      vi.doUnmock('../../lib/analysis');
    }
  });

  it('a real draft soon after the wake does the compiling itself: the warm-up then does nothing', async () => {
    try {
      const { fresh, analysed } = await freshRecordingAnalyses();
      t = setup();
      const run = (text: string) => fresh.analysisHandlers['analysis/run']({ type: 'analysis/run', text, ...OPTS }, t.ctx, EXTENSION_CALLER);
      await run('');
      await run('Could you review the deck?');
      await new Promise((r) => setTimeout(r, fresh.WAKE_WARM_UP_DELAY_MS + 20));
      expect(analysed).toEqual(['', 'Could you review the deck?']);
    } finally {
      vi.doUnmock('../../lib/analysis');
    }
  });
});

describe('analysis/run', () => {
  it('answers the analysis and the default expectation line for every label', async () => {
    t = setup();
    const r = await t.call({ type: 'analysis/run', text: SECRET, ...OPTS });
    expect(r.analysis).toMatchObject({ applicable: true });
    expect(r.analysis.checks).toHaveLength(8);
    for (const label of URGENCY_LABELS) expect(r.expectations[label]).toBe(expectationLine(label, OPTS));
    expect(r.expectations['same-day']).toMatch(/CET today/);
  });

  it("words a label with the team's own norm, and the default norm text as the engine's wording", async () => {
    t = setup();
    await t.call({ type: 'settings/update', patch: { norms: { normal: { expectation: 'by {time} {zone} tomorrow' }, fyi: { expectation: defaultNorms().fyi.expectation } } } });
    const r = await t.call({ type: 'analysis/run', text: 'Could you review PR #12?', ...OPTS });
    expect(r.expectations.normal).toBe(expectationLine('normal', { ...OPTS, norm: 'by {time} {zone} tomorrow' }));
    expect(r.expectations.normal).toMatch(/CET tomorrow\.$/);
    expect(r.expectations.fyi).toBe(expectationLine('fyi', OPTS));
    expect(r.expectations.urgent).toBe(expectationLine('urgent', OPTS));
  });

  it('refuses an oversized draft clearly, without echoing it', async () => {
    t = setup();
    const text = `${SECRET} `.repeat(Math.ceil((MAX_ANALYSIS_TEXT + 1) / (SECRET.length + 1)));
    const error = await t.fail({ type: 'analysis/run', text, ...OPTS });
    expect(error).toMatchObject({ code: 'invalid-request' });
    expect(error.message).toBe("Invalid 'analysis/run' request: text: is longer than 200,000 characters, too long to analyse");
    expect(JSON.stringify(error)).not.toContain('Falcon');
    // Exactly the limit is fine.
    await expect(t.call({ type: 'analysis/run', text: 'a'.repeat(MAX_ANALYSIS_TEXT), ...OPTS })).resolves.toBeDefined();
  });

  it('reads the first MAX_ANALYZED_CHARS of a draft, whoever sends more (a page may send up to the protocol limit)', async () => {
    t = setup();
    const calm = 'The quarterly report is attached for reference. No reply needed. ';
    const prefix = calm.repeat(Math.ceil(MAX_ANALYZED_CHARS / calm.length)).slice(0, MAX_ANALYZED_CHARS);
    const alarming = 'URGENT: production is down for every customer and data is leaking! @ana call me now. ';
    const long = prefix + alarming.repeat(1_000);
    const [capped, first] = await Promise.all([t.call({ type: 'analysis/run', text: long, ...OPTS }), t.call({ type: 'analysis/run', text: prefix, ...OPTS })]);
    expect(capped).toEqual(first);
    // The same tail inside the limit is read (so the cap, not the engine, kept it out above).
    const inside = await t.call({ type: 'analysis/run', text: alarming + prefix.slice(alarming.length), ...OPTS });
    expect(inside.analysis.urgency.label).not.toBe(first.analysis.urgency.label);
    // A surrogate pair across the boundary is not cut in half.
    expect(analyzedPart(`${'a'.repeat(MAX_ANALYZED_CHARS - 1)}😀`)).toBe('a'.repeat(MAX_ANALYZED_CHARS - 1));
  });

  it('validates the clock and the zone', async () => {
    t = setup();
    expect(await t.fail({ type: 'analysis/run', text: 'x', now: Number.NaN, senderTimeZone: 'UTC' })).toMatchObject({ code: 'invalid-request' });
    expect(await t.fail({ type: 'analysis/run', text: 'x', now: MONDAY_9, senderTimeZone: 'Mars/Base' })).toMatchObject({ code: 'invalid-request' });
    expect(await t.fail({ type: 'analysis/run', text: 'x', ...OPTS, extra: 1 })).toMatchObject({ code: 'invalid-request' });
  });

  it('keeps working when storage cannot open, with the default norms', async () => {
    t = setup();
    t.db.close();
    expect(await t.fail({ type: 'settings/get' })).toMatchObject({ code: expect.stringMatching(/^storage-/) });
    const r = await t.call({ type: 'analysis/run', text: SECRET, ...OPTS });
    expect(r.expectations.normal).toBe(expectationLine('normal', OPTS));
  });

  it('never stores the draft and never logs it', async () => {
    t = setup();
    await t.call({ type: 'settings/get' });
    const before = await dump();
    const calls: unknown[][] = [];
    for (const method of ['log', 'info', 'debug', 'warn', 'error', 'trace'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void calls.push(args));
    }
    await t.call({ type: 'analysis/run', text: SECRET, ...OPTS });
    await t.fail({ type: 'analysis/run', text: SECRET, now: Number.NaN, senderTimeZone: 'UTC' });
    expect(await dump()).toBe(before);
    expect(before).not.toContain('Falcon');
    expect(JSON.stringify(calls.map((args) => args.map(String)))).not.toContain('Falcon');
  });
});

// Issue 15 §5: the send-time card's deadline phrases are read here, not on the host page's main thread.
describe('analysis/run: the draft\'s deadlines', () => {
  // Mon 2 Mar 2026 10:00 CET; "by friday" is the end of the sender's working day on Fri 6 Mar.
  const FRI_17_CET = Date.UTC(2026, 2, 6, 16);

  it('answers the first three of "by friday, " 4,000 times, in text order, and the page sends nothing else for them', async () => {
    t = setup();
    const text = 'by friday, '.repeat(4_000);
    expect(text.length).toBeGreaterThan(STAGED_FROM_CHARS); // the staged path
    const r = await t.call({ type: 'analysis/run', text, ...OPTS });
    expect(r.deadlines).toHaveLength(MAX_DEADLINES_SHOWN);
    expect(r.deadlines).toEqual([0, 1, 2].map((i) => ({ phrase: 'by friday', span: [i * 11, i * 11 + 9], at: FRI_17_CET })));
  });

  it('answers a content script the same (its own request, checked like every other)', async () => {
    t = setup();
    const url = 'https://app.slack.com/client/T0123ABCD/C0123ABCD';
    const caller = callerOf({ id: 'ext', url, tab: { id: 7, url } }, { id: 'ext', baseUrl: 'chrome-extension://ext/' });
    const r = await t.route({ type: 'analysis/run', text: 'Could you review PR #12 by Friday?', ...OPTS }, caller);
    expect(r.ok && r.data).toMatchObject({ deadlines: [{ phrase: 'by Friday', span: [24, 33], at: FRI_17_CET }] });
  });

  it("reads a day's deadline on the sender's own hours from their settings, not from the page", async () => {
    t = setup();
    const short = [{ start: '08:00', end: '14:00' }];
    await t.call({ type: 'settings/update', patch: { me: { workingHours: { mon: short, fri: short } } } });
    const r = await t.call({ type: 'analysis/run', text: 'Please send the deck by Friday, thanks.', ...OPTS });
    expect(r.deadlines.map((d) => d.at)).toEqual([Date.UTC(2026, 2, 6, 13)]); // 14:00 CET
  });

  it('gives the same deadlines staged or not, as resolveDeadline gives them for the analysed part', async () => {
    t = setup();
    const head = 'Can you approve the rollout by Tuesday 10:00 and the budget by EOD tomorrow? Then the memo by next week, and the slides by Thu 15:00 PT. ';
    const long = head + 'Nothing else is due. '.repeat(Math.ceil(STAGED_FROM_CHARS / 21));
    const me = { ...defaultMe('Europe/Berlin'), id: 'me', name: 'You' };
    const expected = resolveDeadline(head, MONDAY_9, me, [], MAX_DEADLINES_SHOWN).map(({ phrase, span, at }) => ({ phrase, span, at }));
    expect(expected.map((d) => d.phrase)).toEqual(['by Tuesday 10:00', 'by EOD tomorrow', 'by next week']);
    expect((await t.call({ type: 'analysis/run', text: head, ...OPTS })).deadlines).toEqual(expected);
    expect((await t.call({ type: 'analysis/run', text: long, ...OPTS })).deadlines).toEqual(expected);
    // Past the analysed part nothing is read, as for the analysis itself.
    const beyond = 'No deadline here. '.repeat(Math.ceil(MAX_ANALYZED_CHARS / 18)) + 'by Friday';
    expect((await t.call({ type: 'analysis/run', text: beyond, ...OPTS })).deadlines).toEqual([]);
  });

  it("falls back to the sender's zone alone when their own hours cannot be read, and never throws", () => {
    const broken = { ...defaultMe('Europe/Berlin'), workingHours: { fri: [{ start: '9', end: '17' }] } };
    expect(draftDeadlines('by Friday', OPTS, broken).map((d) => d.at)).toEqual([FRI_17_CET]); // 17:00 default
    expect(draftDeadlines('by Friday', { now: MONDAY_9, senderTimeZone: 'Mars/Base' }, null)).toEqual([]);
    expect(draftDeadlines('no deadline at all', OPTS, null)).toEqual([]);
  });
});
