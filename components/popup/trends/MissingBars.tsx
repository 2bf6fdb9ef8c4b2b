// The parts most often missing from messages, as horizontal SVG bars.
import { PART_IDS, type PartId } from '../../../lib/analysis/types';
import { PART_LABELS } from '../../../lib/sidebar/labels';
import { percent } from './chart-utils';

const W = 340;
const ROW = 20;
const LABEL = 112;

/** Parts with at least one miss, most missed first (ties in PART_IDS order), at most `limit`. */
export function topMissing(missing: Record<PartId, number>, limit = 5): Array<[PartId, number]> {
  return PART_IDS.map((p) => [p, missing[p] ?? 0] as [PartId, number])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit);
}

/** Bars of misses; widths relative to the messages assisted. */
export function MissingBars({ missing, messages }: { missing: Record<PartId, number>; messages: number }) {
  const rows = topMissing(missing);
  if (rows.length === 0) return <p class="muted small">Nothing was missing. Every message had what it needed.</p>;
  const H = rows.length * ROW;
  const summary = `Most often missing: ${rows.map(([p, n]) => `${PART_LABELS[p].name} ${n} times`).join(', ')}`;
  return (
    <svg class="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} data-testid="chart-missing">
      <title>{summary}</title>
      {rows.map(([part, n], i) => {
        const width = Math.max(2, ((W - LABEL - 56) * n) / Math.max(1, messages));
        const y = i * ROW;
        return (
          <g key={part}>
            <text class="label" x={0} y={y + 13}>{PART_LABELS[part].name}</text>
            <rect class="track" x={LABEL} y={y + 4} width={W - LABEL - 56} height={11} rx={3} />
            <rect class="bar bar-missing" x={LABEL} y={y + 4} width={width} height={11} rx={3} />
            <text class="value" x={W} y={y + 13} text-anchor="end">{n} · {percent(n, messages)}%</text>
          </g>
        );
      })}
    </svg>
  );
}
