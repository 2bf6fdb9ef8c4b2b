// analyzeMessage speed on the dev set and on generated 500 / 5 000 / 100 000-character messages,
// with harper.js (a grammar linter, the reference point) linting the same texts in the same run.
import { readFileSync } from 'node:fs';
import { LocalLinter, binaryInlined } from 'harper.js';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { analyzeMessage } from '../lib/analysis';
import { WORST_CASES } from '../tests/analysis/worst-cases';
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

  it('growth on worst-case shapes, 25k vs 100k characters', async () => {
    // Linear work grows ~4x for 4x the text; a quadratic rule would show ~16x.
    const growth = await Promise.all(
      Object.entries(WORST_CASES).map(async ([name, make]) => {
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
