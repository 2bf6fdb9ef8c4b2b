// When the user next checks messages: the batch-check windows on their own wall clock. Pure.
import { formatClock, parseClock } from '../time';
import { wallClock } from '../schedule/format-label';


/** A batch-check time and how many local days after the reference instant it falls. */
export interface CheckTime {
  time: string;
  daysAhead: 0 | 1;
}

/** Valid windows as sorted, de-duplicated minutes of the day (malformed entries are ignored). */
export function windowMinutes(batchWindows: readonly string[]): number[] {
  const minutes = batchWindows.map((time) => parseClock(time)).filter((m): m is number => m !== null);
  return [...new Set(minutes)].sort((a, b) => a - b);
}

/** The first window at or after `at` on the zone's clock: later today, else tomorrow's first; null without windows. */
export function nextCheckAt(batchWindows: readonly string[], at: number, timeZone: string): CheckTime | null {
  const windows = windowMinutes(batchWindows);
  if (windows.length === 0) return null;
  const { minute } = wallClock(at, timeZone);
  const today = windows.find((w) => w >= minute);
  return today === undefined ? { time: formatClock(windows[0]!), daysAhead: 1 } : { time: formatClock(today), daysAhead: 0 };
}

/** 'HH:MM' of the next batch check at or after `now` in `timeZone`, or null when there are no windows. */
export function nextCheck(batchWindows: readonly string[], now: number, timeZone: string): string | null {
  return nextCheckAt(batchWindows, now, timeZone)?.time ?? null;
}
