// Scheduled focus blocks as instants: weekly wall-clock ranges in the user's zone, with real
// time-zone rules (the send-time engine's working-interval code does the conversion). Pure.
import { DAY } from '../schedule/calendar';
import { WEEKDAYS, type TimeRange, type Weekday, type WorkingHours } from '../schedule/types';
import { compilePerson } from '../schedule/validate-person';
import { planPeople, type Interval } from '../schedule/working-intervals';

/** A weekly focus block on the user's wall clock: 'HH:MM' start inclusive, end exclusive, same day. */
export interface FocusBlock {
  id: string;
  days: Weekday[];
  start: string;
  end: string;
}

/** How far ahead blocks are looked for: a week plus a day covers every weekly block. */
export const BLOCK_HORIZON = 8 * DAY;

function mergeRanges(ranges: TimeRange[]): TimeRange[] {
  const sorted = [...ranges].sort((a, b) => a.start.localeCompare(b.start));
  const out: TimeRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = r.end > last.end ? r.end : last.end;
    else out.push({ ...r });
  }
  return out;
}

/** Blocks folded into per-weekday ranges; overlapping blocks merge. */
export function blockHours(blocks: readonly FocusBlock[]): WorkingHours {
  const hours: WorkingHours = {};
  for (const day of WEEKDAYS) {
    const ranges = blocks.filter((b) => b.days.includes(day) && b.end > b.start).map((b) => ({ start: b.start, end: b.end }));
    if (ranges.length) hours[day] = mergeRanges(ranges);
  }
  return hours;
}

/** Merged block intervals (epoch ms) in [from, from + horizon); blocks touching across midnight join. */
export function blockIntervals(
  blocks: readonly FocusBlock[],
  timeZone: string,
  from: number,
  horizon: number = BLOCK_HORIZON,
): Interval[] {
  const workingHours = blockHours(blocks);
  if (Object.keys(workingHours).length === 0) return [];
  const person = compilePerson({ id: 'focus-blocks', name: 'Focus blocks', timeZone, workingHours });
  // Start a day early so a block already running at `from` keeps its real start.
  return planPeople([person], from - DAY, from + horizon)[0]!.intervals;
}

/** Where the block schedule stands at `now`: the block running (if any) and the next start. */
export interface BlockSchedule {
  current: { start: number; end: number } | null;
  nextStart: number | null;
}

/** The running block and the next block start strictly after `now`. */
export function blockSchedule(blocks: readonly FocusBlock[], timeZone: string, now: number): BlockSchedule {
  const intervals = blockIntervals(blocks, timeZone, now);
  const running = intervals.find(([a, b]) => a <= now && now < b);
  const next = intervals.find(([a]) => a > now);
  return {
    current: running ? { start: running[0], end: running[1] } : null,
    nextStart: next ? next[0] : null,
  };
}

const DAY_NAMES: Record<string, string> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };

/** 'Mon–Fri', 'Mon, Wed, Fri', 'Every day': consecutive runs of three or more days collapse. */
export function describeDays(days: readonly string[]): string {
  const idx = [...new Set(days)].map((d) => WEEKDAYS.indexOf(d as never)).filter((i) => i >= 0).sort((a, b) => a - b);
  if (idx.length === 7) return 'Every day';
  const parts: string[] = [];
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && idx[j + 1] === idx[j]! + 1) j++;
    const first = DAY_NAMES[WEEKDAYS[idx[i]!]!]!;
    const last = DAY_NAMES[WEEKDAYS[idx[j]!]!]!;
    if (j - i >= 2) parts.push(`${first}–${last}`);
    else for (let k = i; k <= j; k++) parts.push(DAY_NAMES[WEEKDAYS[idx[k]!]!]!);
    i = j + 1;
  }
  return parts.join(', ');
}

/** 'Mon–Fri 09:00–11:00'. */
export function describeBlock(block: FocusBlock): string {
  return `${describeDays(block.days)} ${block.start}–${block.end}`;
}
