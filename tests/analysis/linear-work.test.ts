// Linear time on any text (issue 15 §4), asserted by counting work, not by timing it (the machine is
// shared; times are in `npm run bench`). Every regex call the engine makes goes through RegExp.prototype.exec
// (String#match/matchAll/replace/split/test and RegExp#test all do once it is wrapped); a call costs the
// characters it walked: from where it started to the end of its match, or to the end of the input when
// nothing matched (a sticky attempt costs its match, or 1). A rule that re-walks the tail, a fallback tried
// at every start, a scan restarted per word: each makes this sum grow with the square of the length.
// Doubling the text must at most about double it.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../lib/analysis';
import { MAX_ANALYZED_CHARS } from '../../lib/analysis/limits';
import { MONDAY_9, setup } from '../background/harness';
import { repeat, WORST_CASES } from './worst-cases';

const exec = RegExp.prototype.exec;
let work = 0;

/** Counts the characters every regex call walks (see above) while `fn` runs. */
function workOf(fn: () => unknown): number {
  work = 0;
  fn();
  return work;
}

async function workOfAsync(fn: () => Promise<unknown>): Promise<number> {
  work = 0;
  await fn();
  return work;
}

beforeEach(() => {
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const text = String(input);
    const start = this.global || this.sticky ? this.lastIndex : 0;
    const m = exec.call(this, text);
    if (this.sticky) work += m ? m[0].length + 1 : 1;
    else work += Math.max(0, (m ? m.index + m[0].length : text.length) - start) + 1;
    return m;
  };
});
afterEach(() => {
  RegExp.prototype.exec = exec;
});

/** The shapes the audit found quadratic, and the ones the bench already tracks. */
const SHAPES: Record<string, (n: number) => string> = {
  'mentions "@a "': repeat('@a '),
  'exclamation marks': repeat('!'),
  'hyphen chain a-a-a': repeat('a-'),
  'hyphen chain -1-1': repeat('-1'),
  'hex dump 00-1a-': repeat('00-1a-'),
  'hex dump with spaces': repeat('00 1a ff 3c '),
  ...WORST_CASES,
};

const GROWTH = 2.5;

describe('work grows linearly with the text', () => {
  it('the engine, on every pathological shape: doubling the text at most ~doubles the work', () => {
    for (const [name, make] of Object.entries(SHAPES)) {
      const small = workOf(() => analyzeMessage(make(4_000)));
      const large = workOf(() => analyzeMessage(make(8_000)));
      expect(small, name).toBeGreaterThan(0);
      expect(large / small, `${name}: ${small} → ${large}`).toBeLessThanOrEqual(GROWTH);
    }
  }, 300_000);

  it('the engine, on any repeated unit (property)', () => {
    const unit = fc.oneof(
      fc.stringMatching(/^[-@!#:/.,?a-f0-9 `*_\n]{1,6}$/),
      fc.constantFrom('by 12:00 ', 'a or b? ', '@x, ', 'https://a.b/', '- [ ] ', '```', 'ERR_', '00:1a:'),
    );
    fc.assert(
      fc.property(unit, (u) => {
        const small = workOf(() => analyzeMessage(repeat(u)(3_000)));
        const large = workOf(() => analyzeMessage(repeat(u)(6_000)));
        expect(large / small, JSON.stringify(u)).toBeLessThanOrEqual(GROWTH);
      }),
      { numRuns: 25, seed: 15 },
    );
  }, 300_000);

  it('the protocol: analysis/run grows linearly up to the cap, and not at all past it', async () => {
    const t = setup();
    try {
      const run = (text: string) =>
        workOfAsync(() => t.call({ type: 'analysis/run', text, now: MONDAY_9, senderTimeZone: 'UTC' }));
      await run('warm up the tables and the database');
      for (const [name, make] of Object.entries(SHAPES).slice(0, 6)) {
        const half = await run(make(MAX_ANALYZED_CHARS / 2));
        const full = await run(make(MAX_ANALYZED_CHARS));
        const over = await run(make(MAX_ANALYZED_CHARS * 4));
        expect(full / half, `${name}: ${half} → ${full}`).toBeLessThanOrEqual(GROWTH);
        // A page may send up to the protocol's limit; the engine reads the first MAX_ANALYZED_CHARS.
        expect(over, name).toBeLessThanOrEqual(full * 1.05);
      }
    } finally {
      t.db.close();
    }
  }, 300_000);
});
