// Linear time on any text (issue 15 §4), the half that counting cannot see. linear-work.test.ts counts the
// characters each regex call walks, which catches a rule re-run per word; it cannot see a single call that
// backtracks at every start (`\n\s*x` over a run of newlines, `[\w-]+\s+team` over a hyphen chain, a mention
// pattern that re-reads every later mention). Those cost the square of the length inside one exec, so this file
// times them: doubling the text twice must not cost ~4× both times. It is a growth ratio, not a time limit; the time
// is this process's CPU time (Vitest runs each file in its own process), so other processes on a loaded machine
// do not count: the three sizes run interleaved, each keeps its cheapest of several runs, and a failing ratio is
// measured once more before it fails (a quadratic rule fails both times; a stray spike does not repeat).
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../lib/analysis';
import { repeat, WORST_CASES } from './worst-cases';

/** Repeated units that exercise every family of rule: marks, lines, lists, mentions, names, numbers, words. */
// biome-ignore format: a table of short units reads better packed
const UNITS = [
  '!', '?', '? ', '. ', 'a-', '-1', '00-1a-', '00 1a ff 3c ', '@a ', '@a, ', 'cc @a ', '@a please ', 'a@b ',
  '\n', '\n\n', '\n- ', '> a\n', '1. ', '# ', '```', '`', '*', '**a', '](', ')',
  'x', 'A ', 'A-', 'AAA', 'aB', 'Aa ', 'A B, ', 'Hey A, ', 'The ', 'Mr. ', 'e.g. ',
  'by ', 'by friday, ', 'by 12:00 ', '12:00 ', 'on ', 'or ', 'a or b? ', 'if ', 'to ', 'we ', 'and ',
  'eu-west-1 ', 'v1.2.3 ', '$1,000 ', '100% ', 'ERR_', '00:1a:', 'https://a.b/', 'a/b', 'x.y', 'a_b',
  'é', '🙏', '😀 ', ':) ', '—', '|', '| a ', '"a"', "a's ",
];

const SHAPES: Array<[string, (n: number) => string]> = [
  ...UNITS.map((u): [string, (n: number) => string] => [JSON.stringify(u), repeat(u)]),
  ...Object.entries(WORST_CASES),
];

/** Three sizes, each double the last: linear work takes ~2× per doubling, quadratic ~4×. */
const SIZES = [40_000, 80_000, 160_000];
/**
 * A shape is quadratic when both doublings cost over this. One doubling alone can jump: V8 changes regime at
 * some sizes (a string or a backtrack stack outgrows a space, a shape starts taking the full path), and such a
 * step is not repeated by the next doubling; a rule that re-reads the tail is.
 */
const LIMIT = 3.2;

/** This process's CPU time in milliseconds (user + system). */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function cheapest(texts: string[], runs: number): number[] {
  const best = texts.map(() => Infinity);
  for (let r = 0; r < runs; r++) {
    texts.forEach((t, i) => {
      const t0 = cpuMs();
      analyzeMessage(t);
      best[i] = Math.min(best[i]!, cpuMs() - t0);
    });
  }
  return best;
}

/**
 * Below this a time says little: timer noise, and shapes the engine sets aside early (a run of version numbers is
 * not read as English) finish in a millisecond at 40k characters and take the full path at 160k.
 */
const FLOOR_MS = 5;

/** The smaller of the two doublings' cost ratios. */
function growth(make: (n: number) => string, runs: number): number {
  const t = cheapest(SIZES.map(make), runs).map((x) => Math.max(x, FLOOR_MS));
  return Math.min(t[1]! / t[0]!, t[2]! / t[1]!);
}

describe('time grows linearly with the text', () => {
  it('doubling any pathological shape twice never costs ~4× both times', () => {
    // Compile every triggered rule and warm the JIT first.
    cheapest(
      SHAPES.map(([, make]) => make(SIZES[0]!)),
      1,
    );
    const failures: string[] = [];
    for (const [name, make] of SHAPES) {
      let ratio = growth(make, 2);
      if (ratio > LIMIT) ratio = growth(make, 5);
      if (ratio > LIMIT) failures.push(`${name}: ×${ratio.toFixed(1)}`);
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
