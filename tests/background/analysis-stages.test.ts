// A long draft never holds the worker (issue 15 §4): the analysis runs stage by stage with a pause between
// stages, and the popup's and other tabs' requests are answered in those pauses. The pause is a gate the
// test opens, so what is answered while the analysis waits is deterministic (no timing).
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../lib/analysis';
import { STAGED_FROM_CHARS } from '../../lib/background/analysis';
import { MAX_ANALYZED_CHARS } from '../../lib/analysis/limits';
import type { AnalysisResult, Response } from '../../lib/protocol/responses';
import { WORST_CASES } from '../analysis/worst-cases';
import { MONDAY_9, setup } from './harness';

const OPTS = { now: MONDAY_9, senderTimeZone: 'Europe/Berlin' };

let t: ReturnType<typeof setup>;
afterEach(() => t?.db.close());

/** Lets pending tasks run until `done()` holds (bounded, so a hang fails instead of timing out). */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 2_000 && !done(); i++) await new Promise((r) => setTimeout(r, 0));
  expect(done()).toBe(true);
}

function gated() {
  const gates: Array<() => void> = [];
  let pauses = 0;
  t.ctx.pause = () => {
    pauses++;
    return new Promise<void>((resolve) => gates.push(resolve));
  };
  return { gates, pauses: () => pauses };
}

describe('analysis/run of a long draft', () => {
  it('answers the popup and another tab while it waits between stages, and gives the same analysis', async () => {
    t = setup();
    await t.call({ type: 'settings/get' });
    const { gates, pauses } = gated();
    const text = WORST_CASES.prose!(MAX_ANALYZED_CHARS);
    let answer: Response | null = null;
    const long = t.route({ type: 'analysis/run', text, ...OPTS }).then((r) => (answer = r));

    await until(() => gates.length === 1);
    // Parked between two stages: the popup is answered now, not after the analysis.
    expect(await t.route({ type: 'settings/get' })).toMatchObject({ ok: true });
    // So is another tab's short draft (short drafts are not staged).
    const short = await t.route({ type: 'analysis/run', text: 'Could you review PR #12 by Friday?', ...OPTS });
    expect(short).toMatchObject({ ok: true, data: { analysis: { applicable: true } } });
    expect(answer).toBeNull();

    // Open the gates one by one; at every pause the popup still gets its answer first.
    while (answer === null) {
      if (gates.length === 0) {
        await new Promise((r) => setTimeout(r, 0));
        continue;
      }
      expect(await t.route({ type: 'stats/get', days: 7 })).toMatchObject({ ok: true });
      expect(answer).toBeNull();
      gates.shift()!();
    }
    await long;
    // language, prepare, four detector groups, signals, the model's decisions
    expect(pauses()).toBeGreaterThanOrEqual(7);
    const result = answer as unknown as { ok: true; data: AnalysisResult };
    expect(result.ok).toBe(true);
    expect(result.data.analysis).toEqual(analyzeMessage(text, OPTS));
  });

  it('analyses a short draft in one go', async () => {
    t = setup();
    const { pauses } = gated();
    const text = 'x '.repeat((STAGED_FROM_CHARS - 2) / 2);
    const r = await t.call({ type: 'analysis/run', text, ...OPTS });
    expect(r.analysis).toEqual(analyzeMessage(text, OPTS));
    expect(pauses()).toBe(0);
  });
});
