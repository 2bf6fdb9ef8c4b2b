// Time off: a list of inclusive date ranges.
import type { DateRange } from '../../../lib/schedule/types';

export interface DateRangeListProps {
  idPrefix: string;
  value: DateRange[];
  onChange: (next: DateRange[]) => void;
  /** The first day offered for a new range ('YYYY-MM-DD'). */
  today: string;
}

/** A readable problem with the ranges, or undefined. */
export function rangesProblem(ranges: readonly DateRange[]): string | undefined {
  const bad = ranges.find((r) => !r.start || !r.end);
  if (bad) return 'Give each period a first and last day';
  const reversed = ranges.find((r) => r.end < r.start);
  return reversed ? `${reversed.end} is before ${reversed.start}` : undefined;
}

/** Rows of "from – to" date inputs with remove buttons, and an add button. */
export function DateRangeList({ idPrefix, value, onChange, today }: DateRangeListProps) {
  const update = (i: number, patch: Partial<DateRange>) => onChange(value.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <div class="date-ranges" role="group" aria-label="Time off" id={idPrefix}>
      {value.length === 0 && <p class="muted small">No time off planned.</p>}
      {value.map((r, i) => (
        <div class="range" key={i}>
          <input type="date" class="input" aria-label={`Time off ${i + 1} first day`} value={r.start}
            onChange={(e) => update(i, { start: (e.currentTarget as HTMLInputElement).value })} />
          <span aria-hidden="true">–</span>
          <input type="date" class="input" aria-label={`Time off ${i + 1} last day`} value={r.end}
            onChange={(e) => update(i, { end: (e.currentTarget as HTMLInputElement).value })} />
          <button type="button" class="icon-btn" aria-label={`Remove time off ${i + 1}`} onClick={() => onChange(value.filter((_, j) => j !== i))}>
            ×
          </button>
        </div>
      ))}
      <button type="button" class="btn btn-small btn-ghost" onClick={() => onChange([...value, { start: today, end: today }])}>
        + Add time off
      </button>
    </div>
  );
}
