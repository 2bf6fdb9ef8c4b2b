// Calendar arithmetic on "local ms": a wall-clock reading encoded as if it were a UTC instant
// (Date.UTC(y, m, d, h, min)). Keeping wall clocks in this form lets day and weekday maths stay
// plain integer arithmetic, independent of any time zone.
import { WEEKDAYS, type Weekday } from './types';

export { formatClock, parseClock } from '../time/clock';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
/** How far ahead the engine looks for working time. */
export const WINDOW_DAYS = 14;

/** Day number (days since 1970-01-01) of a local-ms wall clock reading. */
export function dayOf(localMs: number): number {
  return Math.floor(localMs / DAY);
}

/** Minute of the day (0..1439) of a local-ms wall clock reading. */
export function minuteOfDay(localMs: number): number {
  return Math.floor((localMs - dayOf(localMs) * DAY) / MINUTE);
}

/** Index into WEEKDAYS (mon = 0) of a day number; 1970-01-01 was a Thursday. */
export function weekdayIndex(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

export function weekdayOf(day: number): Weekday {
  return WEEKDAYS[weekdayIndex(day)]!;
}

/** 'Mon' style short weekday name. */
export function weekdayShort(day: number): string {
  const w = weekdayOf(day);
  return w.charAt(0).toUpperCase() + w.slice(1);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 'YYYY-MM-DD' of a day number. */
export function formatDay(day: number): string {
  const d = new Date(day * DAY);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Day number of a strict 'YYYY-MM-DD' string that names a real calendar date, else null. */
export function parseDay(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  // Date.UTC silently rolls 2026-02-30 into March; a round trip catches it.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / DAY;
}
