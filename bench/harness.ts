// Tiny benchmark harness: medians over repeated runs, rows collected into one table per `npm run bench`.
// Benchmarks measure; they never assert a time (speed is reported, not tested).
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TMP = resolve(dirname(fileURLToPath(import.meta.url)), '../.tmp');

/** Where this run's rows go; global-setup names one file per run so concurrent runs don't mix. */
export const rowsFile = (): string => process.env.COMPOSURE_BENCH_ROWS ?? resolve(TMP, 'bench-rows.jsonl');

/** A fresh rows file for a run started by process `pid`. */
export const newRowsFile = (pid: number): string => resolve(TMP, `bench-rows-${pid}.jsonl`);

export interface Measurement {
  median: number; // ms
  p95: number; // ms
  runs: number;
}

export interface BenchRow {
  group: string;
  name: string;
  median: number | null; // ms; null for non-time rows (sizes)
  value?: string; // free-form figure (e.g. "12.4 KB gzip")
  target?: string; // e.g. "<= 0.2 ms"
  note?: string; // e.g. "23.4x faster than harper.js"
}

/** Runs `fn` until `minRuns` samples and `minTimeMs` have passed (after warm-up); returns the median. */
export async function measure(
  fn: () => unknown | Promise<unknown>,
  { warmup = 5, minRuns = 30, minTimeMs = 300, maxRuns = 10_000 } = {},
): Promise<Measurement> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < maxRuns && (samples.length < minRuns || performance.now() - started < minTimeMs)) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { median: at(0.5), p95: at(0.95), runs: samples.length };
}

/** Records a row for the summary table printed at the end of the run. */
export function report(row: BenchRow): void {
  const file = rowsFile();
  mkdirSync(dirname(file), { recursive: true });
  appendFileSync(file, JSON.stringify(row) + '\n');
}

export function formatMs(ms: number): string {
  if (ms < 0.01) return `${(ms * 1000).toFixed(2)} µs`;
  if (ms < 1) return `${(ms * 1000).toFixed(0)} µs`;
  return `${ms.toFixed(2)} ms`;
}
