// Clears the row file before the run and prints the one summary table after it.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { formatMs, newRowsFile, type BenchRow } from './harness';

let file = '';

export function setup(): void {
  file = newRowsFile(process.pid);
  process.env.COMPOSURE_BENCH_ROWS = file;
  rmSync(file, { force: true });
}

export function teardown(): void {
  if (!existsSync(file)) return;
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as BenchRow);
  const table = rows.map((r) => ({
    group: r.group,
    benchmark: r.name,
    median: r.median === null ? (r.value ?? '') : formatMs(r.median),
    target: r.target ?? '',
    note: r.note ?? '',
  }));
  const cols = ['group', 'benchmark', 'median', 'target', 'note'] as const;
  const width = cols.map((c) => Math.max(c.length, ...table.map((t) => t[c].length)));
  const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(width[i]!)).join(' | ') + ' |';
  const out = [
    line([...cols]),
    line(width.map((w) => '-'.repeat(w))),
    ...table.map((t) => line(cols.map((c) => t[c]))),
  ];
  rmSync(file, { force: true });
  process.stdout.write('\nComposure benchmarks (medians over repeated runs)\n' + out.join('\n') + '\n');
}
