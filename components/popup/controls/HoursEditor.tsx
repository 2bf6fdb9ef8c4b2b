// Working hours per weekday, with split shifts: each day on/off, and one or more ranges.
import type { TimeRange, Weekday, WorkingHours } from '../../../lib/schedule/types';
import { WEEKDAYS } from '../../../lib/schedule/types';
import { parseClock } from '../../../lib/time';
import { TimeInput } from './TimeInput';

export const DAY_LABELS: Record<Weekday, string> = {
  mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday',
};

/** Minutes of an exclusive end: 'HH:MM', or '24:00' for midnight at the end of the day. */
const endMinutes = (end: string) => parseClock(end, true);

/** A readable problem with one day's ranges, or undefined. */
export function dayProblem(ranges: readonly TimeRange[]): string | undefined {
  const parsed = ranges.map((r) => [parseClock(r.start), endMinutes(r.end)] as const);
  if (parsed.some(([s, e]) => s === null || e === null)) return 'Enter times as HH:MM';
  if (parsed.some(([s, e]) => e! <= s!)) return 'Each end must be after its start';
  const sorted = [...parsed].sort((a, b) => a[0]! - b[0]!);
  for (let i = 1; i < sorted.length; i++) if (sorted[i]![0]! < sorted[i - 1]![1]!) return 'Shifts overlap';
  return undefined;
}

/** The first problem in a week of hours, as "Tuesday: Shifts overlap", or undefined. */
export function hoursProblem(hours: WorkingHours): string | undefined {
  if (!WEEKDAYS.some((d) => (hours[d]?.length ?? 0) > 0)) return 'Choose at least one working day';
  for (const d of WEEKDAYS) {
    const p = dayProblem(hours[d] ?? []);
    if (p) return `${DAY_LABELS[d]}: ${p}`;
  }
  return undefined;
}

export interface HoursEditorProps {
  idPrefix: string;
  value: WorkingHours;
  onChange: (next: WorkingHours) => void;
}

/** One row per weekday: a checkbox, the day's shifts, and add / remove shift buttons. */
export function HoursEditor({ idPrefix, value, onChange }: HoursEditorProps) {
  const setDay = (day: Weekday, ranges: TimeRange[] | undefined) => {
    const next = { ...value };
    if (ranges && ranges.length) next[day] = ranges;
    else delete next[day];
    onChange(next);
  };
  return (
    <div class="hours" role="group" aria-label="Working hours">
      {WEEKDAYS.map((day) => {
        const ranges = value[day] ?? [];
        const on = ranges.length > 0;
        const problem = on ? dayProblem(ranges) : undefined;
        const id = `${idPrefix}-${day}`;
        const update = (i: number, patch: Partial<TimeRange>) => setDay(day, ranges.map((r, j) => (j === i ? { ...r, ...patch } : r)));
        return (
          <div class={`hours-day${on ? '' : ' off'}`} key={day}>
            <label class="hours-toggle" for={id}>
              <input
                id={id}
                type="checkbox"
                aria-label={DAY_LABELS[day]}
                checked={on}
                onChange={(e) => setDay(day, (e.currentTarget as HTMLInputElement).checked ? [{ start: '09:00', end: '17:00' }] : undefined)}
              />
              <span>{DAY_LABELS[day].slice(0, 3)}</span>
            </label>
            <div class="hours-ranges">
              {!on && <span class="muted">Off</span>}
              {ranges.map((r, i) => (
                <div class="range" key={i}>
                  <TimeInput label={`${DAY_LABELS[day]} shift ${i + 1} start`} value={r.start} onChange={(start) => update(i, { start })} />
                  <span aria-hidden="true">–</span>
                  <TimeInput label={`${DAY_LABELS[day]} shift ${i + 1} end`} value={r.end} end onChange={(end) => update(i, { end })} />
                  {ranges.length > 1 && (
                    <button type="button" class="icon-btn" aria-label={`Remove ${DAY_LABELS[day]} shift ${i + 1}`}
                      onClick={() => setDay(day, ranges.filter((_, j) => j !== i))}>×</button>
                  )}
                </div>
              ))}
              {problem && <span class="field-error">{problem}</span>}
            </div>
            {on && ranges.length < 4 && (
              <button type="button" class="icon-btn" aria-label={`Add a shift on ${DAY_LABELS[day]}`} title="Split shift"
                onClick={() => setDay(day, [...ranges, nextShift(ranges)])}>+</button>
            )}
          </div>
        );
      })}
    </div>
  );
}

function nextShift(ranges: readonly TimeRange[]): TimeRange {
  const lastEnd = Math.max(...ranges.map((r) => endMinutes(r.end) ?? 0));
  const start = Math.min(lastEnd + 60, 22 * 60);
  const fmt = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return { start: fmt(start), end: fmt(Math.min(start + 120, 23 * 60 + 59)) };
}
