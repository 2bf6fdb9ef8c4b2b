// Human labels for instants and zones: 'Mon 09:00 CET', '09:00 Mon', 'Berlin'.
import { dayOf, formatClock, minuteOfDay, weekdayShort } from './calendar';
import { offsetAt, zoneAbbreviation } from '../time';

/** 'HH:MM' and the day number of instant t on the zone's wall clock. */
export function wallClock(t: number, zone: string): { day: number; minute: number } {
  const local = t + offsetAt(zone, t);
  return { day: dayOf(local), minute: minuteOfDay(local) };
}

/** 'Mon 09:00 CET': weekday, 24-hour time and short zone name of instant t in `zone`. */
export function formatLabel(t: number, zone: string): string {
  const { day, minute } = wallClock(t, zone);
  return `${weekdayShort(day)} ${formatClock(minute)} ${zoneAbbreviation(zone, t)}`;
}

/** '09:00 Mon': a recipient's local time, for sentences that already say whose clock it is. */
export function formatLocalTime(t: number, zone: string): string {
  const { day, minute } = wallClock(t, zone);
  return `${formatClock(minute)} ${weekdayShort(day)}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 'Thu 10 Dec': weekday, day of month and month of a day number. */
export function formatDayDate(day: number): string {
  const d = new Date(day * 86_400_000);
  return `${weekdayShort(day)} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}

/** 'Thu 10 Dec' of instant t on the zone's calendar. */
export function dayDateOf(t: number, zone: string): string {
  return formatDayDate(wallClock(t, zone).day);
}

/**
 * How far instant t is from `now`: 'in 40 min', 'in 3 hours' (the same day on the zone's calendar,
 * or within 12 hours), else calendar days there: 'tomorrow', 'in 6 days'; 'now' when not in the future.
 */
export function howFar(now: number, t: number, zone: string): string {
  const minutes = Math.round((t - now) / 60_000);
  if (minutes <= 0) return 'now';
  if (minutes < 60) return `in ${minutes} min`;
  const hours = Math.round(minutes / 60);
  const days = wallClock(t, zone).day - wallClock(now, zone).day;
  // Within half a day the hours say more than "tomorrow" does (23:00 → 01:00 is "in 2 hours").
  if (days === 0 || minutes < 12 * 60) return `in ${hours} hour${hours === 1 ? '' : 's'}`;
  return days === 1 ? 'tomorrow' : `in ${days} days`;
}

/**
 * The moment t for a sentence read at `now`: '15:00 CET today (in 3 hours)' when it is today on
 * the zone's calendar, else 'Thu 10 Dec, 09:00 CET (in 6 days)'; a past moment has no '(in …)'.
 */
export function formatWhen(t: number, zone: string, now: number): string {
  const { day, minute } = wallClock(t, zone);
  const clock = `${formatClock(minute)} ${zoneAbbreviation(zone, t)}`;
  const far = howFar(now, t, zone);
  const after = far === 'now' ? '' : ` (${far})`;
  if (day === wallClock(now, zone).day) return `${clock} today${after}`;
  return `${formatDayDate(day)}, ${clock}${after}`;
}
