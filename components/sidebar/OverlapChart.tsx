// 24 hours of the sender's day: one bar row per person, the shared band, the slot and now.
import type { MinuteRange, WorkingWindows } from '../../lib/schedule';
import { wrappedParts, type Tick } from '../../lib/sidebar/overlap-caption';

interface OverlapChartProps {
  windows: WorkingWindows;
  myWindows: MinuteRange[] | null;
  ticks: Tick[];
  caption: string;
  now: number;
  slot: number | null;
}

const W = 272;
const LABEL = 58;
const ROW = 15;
const BAR = 8;
const TOP = 4;

const shortName = (name: string) => {
  const first = name.trim().split(/\s+/)[0] ?? name;
  return first.length > 8 ? `${first.slice(0, 7)}…` : first;
};

export function OverlapChart({ windows, myWindows, ticks, caption, now, slot }: OverlapChartProps) {
  const rows: Array<{ id: string; name: string; windows: MinuteRange[]; shifts?: MinuteRange[] }> = [
    ...(myWindows ? [{ id: 'me', name: 'You', windows: myWindows }] : []),
    ...windows.people,
  ];
  const plot = W - LABEL - 4;
  const x = (minute: number) => LABEL + (Math.max(0, Math.min(minute, windows.minutes)) / windows.minutes) * plot;
  const minuteOf = (t: number) => (t - windows.start) / 60_000;
  const inDay = (t: number) => t >= windows.start && t < windows.end;
  const height = TOP + rows.length * ROW + 16;
  const band = windows.everyone.length ? windows.everyone : windows.most.windows;
  const bandBottom = TOP + rows.length * ROW;
  return (
    <figure class="composure-chart" data-testid="overlap">
      <svg viewBox={`0 0 ${W} ${height}`} width="100%" role="img" aria-label={caption || 'Working hours'}>
        {ticks.map((t) => (
          <g key={t.minute} class="composure-chart-tick">
            <line x1={x(t.minute)} x2={x(t.minute)} y1={TOP - 2} y2={bandBottom} />
            <text x={x(t.minute)} y={height - 3} text-anchor={t.minute === 0 ? 'start' : t.minute >= windows.minutes ? 'end' : 'middle'}>
              {t.label}
            </text>
          </g>
        ))}
        {band.map(([a, b]) => (
          <rect key={`band-${a}`} class="composure-chart-band" x={x(a)} width={x(b) - x(a)} y={TOP - 2} height={bandBottom - TOP + 2} rx="2" />
        ))}
        {rows.map((row, i) => {
          const y = TOP + i * ROW;
          return (
            <g key={row.id} class={row.id === 'me' ? 'composure-chart-row composure-chart-row--me' : 'composure-chart-row'}>
              <text class="composure-chart-name" x="0" y={y + ROW / 2 + 3}>
                <title>{row.name}</title>
                {shortName(row.name)}
              </text>
              <rect class="composure-chart-lane" x={LABEL} width={plot} y={y + (ROW - BAR) / 2} height={BAR} rx={BAR / 2} />
              {row.windows.map(([a, b]) => (
                <rect key={a} class="composure-chart-bar" x={x(a)} width={Math.max(2, x(b) - x(a))} y={y + (ROW - BAR) / 2} height={BAR} rx={BAR / 2} />
              ))}
              {/* The rest of a night shift, from the day before or after, so 22:00–06:00 is drawn whole. */}
              {wrappedParts(windows, row.windows, row.shifts ?? []).map(([a, b]) => (
                <rect key={`wrap-${a}`} class="composure-chart-bar composure-chart-bar--wrap" data-testid="overlap-wrap" x={x(a)} width={Math.max(2, x(b) - x(a))} y={y + (ROW - BAR) / 2} height={BAR} rx={BAR / 2} />
              ))}
            </g>
          );
        })}
        {slot !== null && inDay(slot) && (
          <g class="composure-chart-slot" data-testid="overlap-slot">
            <line x1={x(minuteOf(slot))} x2={x(minuteOf(slot))} y1={TOP - 3} y2={bandBottom + 1} />
            <path d={`M${x(minuteOf(slot)) - 3.5} ${TOP - 4}h7l-3.5 4z`} />
          </g>
        )}
        {inDay(now) && (
          <line class="composure-chart-now" data-testid="overlap-now" x1={x(minuteOf(now))} x2={x(minuteOf(now))} y1={TOP - 3} y2={bandBottom + 1} />
        )}
      </svg>
      {caption && <figcaption class="composure-muted">{caption}</figcaption>}
    </figure>
  );
}
