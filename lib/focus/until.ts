// "Focus until 15:00": the next instant the user's wall clock reads a given time. Pure.
import { DAY, MINUTE, parseClock } from '../schedule/calendar';
import { wallClock } from '../schedule/format-label';
import { buildTimeline, localToInstant } from '../schedule/zone-timeline';

/**
 * The first instant after `now` at which `timeZone`'s clock reads `time` ('HH:MM'): today if still
 * ahead, else tomorrow. A time skipped by a spring-forward gap maps to the end of the gap. Null if malformed.
 */
export function nextOccurrence(time: string, now: number, timeZone: string): number | null {
  const minutes = parseClock(time);
  if (minutes === null) return null;
  const clock = wallClock(now, timeZone);
  const segments = buildTimeline(timeZone, now - DAY, now + 3 * DAY);
  for (const day of [clock.day, clock.day + 1, clock.day + 2]) {
    const at = localToInstant(day * DAY + minutes * MINUTE, segments);
    if (at > now) return at;
  }
  return null;
}
