// The urgency mix as one stacked SVG bar with a legend.
import { URGENCY_LABELS, type UrgencyLabel } from '../../../lib/analysis/types';
import { URGENCY_INFO } from '../../../lib/sidebar/labels';
import { percent } from './chart-utils';

const W = 340;

/** Stacked bar of message counts per urgency tier. */
export function UrgencyMix({ mix }: { mix: Record<UrgencyLabel, number> }) {
  const total = URGENCY_LABELS.reduce((s, u) => s + (mix[u] ?? 0), 0);
  const summary = total
    ? `Urgency mix: ${URGENCY_LABELS.map((u) => `${URGENCY_INFO[u].name} ${percent(mix[u] ?? 0, total)}%`).join(', ')}`
    : 'No messages yet';
  let x = 0;
  return (
    <div>
      <svg class="chart" viewBox={`0 0 ${W} 16`} role="img" aria-label={summary} data-testid="chart-urgency">
        <title>{summary}</title>
        {total === 0 && <rect class="track" x={0} y={2} width={W} height={12} rx={6} />}
        <clipPath id="mix-clip">
          <rect x={0} y={2} width={W} height={12} rx={6} />
        </clipPath>
        <g clip-path="url(#mix-clip)">
          {URGENCY_LABELS.map((u) => {
            const w = total ? (W * (mix[u] ?? 0)) / total : 0;
            const seg = <rect key={u} class={`seg-${u}`} x={x} y={2} width={w} height={12} />;
            x += w;
            return seg;
          })}
        </g>
      </svg>
      <ul class="legend">
        {URGENCY_LABELS.map((u) => (
          <li key={u}>
            <span class={`dot dot-${u}`} aria-hidden="true" /> {URGENCY_INFO[u].name}
            <strong>{mix[u] ?? 0}</strong>
            <span class="muted">{percent(mix[u] ?? 0, total)}%</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
