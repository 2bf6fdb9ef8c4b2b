// Messages assisted per day as small SVG columns.
import type { DailyStats } from '../../../lib/records/types';
import { shortDay } from './chart-utils';

const W = 340;
const H = 64;
const B = 14;

/** One column per day, scaled to the busiest day. */
export function DailyBars({ days }: { days: DailyStats[] }) {
  const max = Math.max(1, ...days.map((d) => d.messagesAssisted));
  const step = W / Math.max(1, days.length);
  const bar = Math.max(2, Math.min(24, step * 0.6));
  const total = days.reduce((s, d) => s + d.messagesAssisted, 0);
  const busiest = days.reduce<DailyStats | undefined>((b, d) => (!b || d.messagesAssisted > b.messagesAssisted ? d : b), undefined);
  const summary = `${total} messages assisted over ${days.length} days${busiest && busiest.messagesAssisted ? `, most on ${shortDay(busiest.day)} (${busiest.messagesAssisted})` : ''}`;
  return (
    <svg class="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} data-testid="chart-messages">
      <title>{summary}</title>
      <line class="baseline" x1={0} x2={W} y1={H - B} y2={H - B} />
      {days.map((d, i) => {
        const h = ((H - B - 4) * d.messagesAssisted) / max;
        return (
          <rect key={d.day} class="bar" x={i * step + (step - bar) / 2} y={H - B - h} width={bar} height={h} rx={2}>
            <title>{`${shortDay(d.day)}: ${d.messagesAssisted}`}</title>
          </rect>
        );
      })}
      {days.length > 0 && (
        <>
          <text class="axis" x={0} y={H - 2}>{shortDay(days[0]!.day)}</text>
          <text class="axis" x={W} y={H - 2} text-anchor="end">{shortDay(days[days.length - 1]!.day)}</text>
        </>
      )}
    </svg>
  );
}
