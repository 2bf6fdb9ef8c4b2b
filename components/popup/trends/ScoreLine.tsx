// Average completeness score per day as a small SVG line; days without scored messages are gaps.
import type { DailyStats } from '../../../lib/records/types';
import { shortDay } from './chart-utils';

const W = 340;
const H = 96;
const PAD = { l: 24, r: 24, t: 8, b: 18 };

/** Line segments through days that have a score, broken at days that have none. */
export function scorePaths(days: readonly DailyStats[]): Array<Array<[number, number]>> {
  const n = Math.max(1, days.length - 1);
  const x = (i: number) => PAD.l + ((W - PAD.l - PAD.r) * i) / n;
  const y = (v: number) => PAD.t + (H - PAD.t - PAD.b) * (1 - v / 100);
  const runs: Array<Array<[number, number]>> = [];
  let run: Array<[number, number]> = [];
  days.forEach((d, i) => {
    if (d.scoreCount > 0) run.push([x(i), y(d.scoreSum / d.scoreCount)]);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  });
  if (run.length) runs.push(run);
  return runs;
}

/** The chart; its aria-label states the trend in words. */
export function ScoreLine({ days }: { days: DailyStats[] }) {
  const runs = scorePaths(days);
  const scored = days.filter((d) => d.scoreCount > 0);
  const first = scored[0];
  const last = scored[scored.length - 1];
  const avg = (d: DailyStats) => Math.round(d.scoreSum / d.scoreCount);
  const summary = first && last
    ? `Average score from ${avg(first)} on ${shortDay(first.day)} to ${avg(last)} on ${shortDay(last.day)}`
    : 'No scored messages in this period';
  const lastPoint = runs[runs.length - 1]?.slice(-1)[0];
  return (
    <svg class="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} data-testid="chart-score">
      <title>{summary}</title>
      {[0, 50, 100].map((v) => {
        const gy = PAD.t + (H - PAD.t - PAD.b) * (1 - v / 100);
        return (
          <g key={v} class="grid">
            <line x1={PAD.l} x2={W - PAD.r} y1={gy} y2={gy} />
            <text x={PAD.l - 4} y={gy + 3} text-anchor="end">{v}</text>
          </g>
        );
      })}
      {runs.map((r, i) =>
        r.length === 1 ? null : <polyline key={i} class="line" points={r.map((p) => p.join(',')).join(' ')} />,
      )}
      {runs.flat().map(([px, py], i) => <circle key={i} class="point" cx={px} cy={py} r={2.2} />)}
      {lastPoint && last && <text class="value" x={lastPoint[0] + 6} y={lastPoint[1] + 3.5}>{avg(last)}</text>}
      {days.length > 0 && (
        <>
          <text class="axis" x={PAD.l} y={H - 4}>{shortDay(days[0]!.day)}</text>
          <text class="axis" x={W - PAD.r} y={H - 4} text-anchor="end">{shortDay(days[days.length - 1]!.day)}</text>
        </>
      )}
    </svg>
  );
}
