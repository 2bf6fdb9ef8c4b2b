// analyzeMessage speed on the dev set and on generated 500 / 5 000 / 100 000-character messages,
// with harper.js (a grammar linter, the reference point) linting the same texts in the same run; all
// with the trained model loaded (it decides kind, urgency and parts). Also the cold first analysis: a
// fresh Node process loading the engine bundled as the background bundles it (model included) and
// analysing one draft, and how time grows on the worst-case shapes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { LocalLinter, binaryInlined } from 'harper.js';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { analyzeMessage } from '../lib/analysis';
import { repeat, WORST_CASES } from '../tests/analysis/worst-cases';
import { formatMs, measure, report, type Measurement } from './harness';

interface DevSet {
  messages: Array<{ text: string }>;
}

const dev = JSON.parse(readFileSync(new URL('../tests/analysis/corpus/annotator-E.json', import.meta.url), 'utf8')) as DevSet;
const devTexts = dev.messages.map((m) => m.text);

const SENTENCES = [
  'The nightly export failed at 02:14 UTC with a timeout on the orders table.',
  'I tried rerunning it with a larger batch size, but the same error came back.',
  'Either we split the job by tenant or we move it to the read replica; the replica is cheaper to run.',
  'I suggest moving it to the replica because it keeps the primary free during the backup window.',
  '@data-eng could you review the change in https://github.com/acme/etl/pull/812 by Thursday 17:00 CET?',
  'Finance needs the numbers before the month-end close, so this is on the critical path for them.',
  'Last week the same job took 14 minutes; this week it takes 48 minutes for roughly the same row count.',
  'No rush on the dashboard part, sometime next week is fine.',
];

/** Realistic prose of about `length` characters: varied sentences, a paragraph break every few. Deterministic. */
function prose(length: number): string {
  let out = '';
  for (let i = 0; out.length < length; i++) {
    out += SENTENCES[(i * 5) % SENTENCES.length]! + (i % 6 === 5 ? '\n\n' : ' ');
  }
  return out.slice(0, length);
}

const CASES = [
  { name: '500 chars', text: prose(500), target: '<= 0.2 ms', runs: {} },
  { name: '5 000 chars', text: prose(5_000), target: 'linear (~2 ms)', runs: {} },
  { name: '100 000 chars', text: prose(100_000), target: '<= 40 ms', runs: { warmup: 2, minRuns: 5, minTimeMs: 0 } },
];

/** The shapes issue 15's audit found quadratic (tests/analysis/linear-work.test.ts counts their work). */
const AUDIT_SHAPES: Record<string, (n: number) => string> = {
  '"@a " runs': repeat('@a '),
  '"!" runs': repeat('!'),
  'hyphen chain a-a-a': repeat('a-'),
  'hyphen chain -1-1': repeat('-1'),
  'hex dump 00-1a-': repeat('00-1a-'),
};

const COLD_DRAFT = 'The release is blocked: the migration fails on staging with ERR_LOCK_TIMEOUT. @dana could you confirm the fix by Friday 15:00 CET?';

let linter: LocalLinter;

function ratioNote(ours: Measurement, harper: Measurement): string {
  return `harper.js ${formatMs(harper.median)} · ${(harper.median / ours.median).toFixed(0)}× faster`;
}

describe('analysis', () => {
  beforeAll(async () => {
    linter = new LocalLinter({ binary: binaryInlined });
    await linter.setup();
  });
  afterAll(async () => {
    await linter.dispose();
  });

  it('dev set, per message', async () => {
    let i = 0;
    const ours = await measure(() => analyzeMessage(devTexts[i++ % devTexts.length]!), { minRuns: devTexts.length * 20 });
    let j = 0;
    const harper = await measure(() => linter.lint(devTexts[j++ % devTexts.length]!, { language: 'plaintext' }), {
      minRuns: devTexts.length * 2,
    });
    report({ group: 'analysis', name: `analyzeMessage, dev set (${devTexts.length} msgs)`, median: ours.median, target: '<= 0.2 ms', note: ratioNote(ours, harper) });
  });

  for (const c of CASES) {
    it(c.name, async () => {
      const ours = await measure(() => analyzeMessage(c.text), c.runs);
      const harper = await measure(() => linter.lint(c.text, { language: 'plaintext' }), { warmup: 1, minRuns: 3, minTimeMs: 0, maxRuns: 10 });
      report({ group: 'analysis', name: `analyzeMessage, ${c.name}`, median: ours.median, target: c.target, note: ratioNote(ours, harper) });
    });
  }

  it('cold: first analysis in a fresh process, model load included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'composure-bench-cold-'));
    try {
      const bundle = join(dir, 'analysis.mjs');
      await build({ entryPoints: [new URL('../lib/analysis/index.ts', import.meta.url).pathname], bundle: true, format: 'esm', platform: 'neutral', minify: true, outfile: bundle, logLevel: 'silent' });
      const probe = join(dir, 'cold.mjs');
      writeFileSync(
        probe,
        `const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const c0 = cpu(), t0 = performance.now();
const m = await import(${JSON.stringify(bundle)});
const t1 = performance.now();
const text = ${JSON.stringify(COLD_DRAFT)};
m.analyzeMessage(text, { now: 1764000000000, senderTimeZone: 'UTC' });
const c2 = cpu(), t2 = performance.now();
m.analyzeMessage(text + ' Thanks!', { now: 1764000000000, senderTimeZone: 'UTC' });
const t3 = performance.now();
console.log(JSON.stringify({ load: t1 - t0, first: t2 - t1, second: t3 - t2, cpu: c2 - c0 }));`,
      );
      const runs = Array.from({ length: 7 }, () => JSON.parse(execFileSync(process.execPath, [probe], { encoding: 'utf8' })) as Record<'load' | 'first' | 'second' | 'cpu', number>);
      const med = (k: 'load' | 'first' | 'second' | 'cpu') => runs.map((r) => r[k]).sort((a, b) => a - b)[3]!;
      const total = med('load') + med('first');
      report({
        group: 'analysis', name: 'cold: load engine + model, first analysis', median: total, target: '<= 150 ms',
        note: `${total <= 150 ? 'met' : 'OVER TARGET'} · load ${formatMs(med('load'))} + first analysis ${formatMs(med('first'))}; the next one ${formatMs(med('second'))}; CPU time (less sensitive to a shared machine's load) ${formatMs(med('cpu'))} · fresh Node process, 7 runs`,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('growth on worst-case shapes, 25k vs 100k characters', async () => {
    // Linear work grows ~4x for 4x the text; a quadratic rule would show ~16x.
    const growth = await Promise.all(
      Object.entries({ ...WORST_CASES, ...AUDIT_SHAPES }).map(async ([name, make]) => {
        const [small, large] = [make(25_000), make(100_000)];
        const runs = { warmup: 1, minRuns: 3, minTimeMs: 0 };
        const ratio = (await measure(() => analyzeMessage(large), runs)).median / (await measure(() => analyzeMessage(small), runs)).median;
        return { name, ratio };
      }),
    );
    const worst = growth.reduce((a, b) => (b.ratio > a.ratio ? b : a));
    report({ group: 'analysis', name: `growth 25k -> 100k, ${growth.length} worst-case shapes`, median: null, value: `max x${worst.ratio.toFixed(1)} (${worst.name})`, target: 'linear (~x4)' });
  });
});
