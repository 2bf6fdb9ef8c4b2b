// Small builders for test people, so each case reads as its zone and hours.
import type { DateRange, Person, TimeRange, Weekday } from '../../lib/schedule/types';

export const MON_FRI: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
export const SUN_THU: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu'];

/** A person working `ranges` ('HH:MM-HH:MM') on each of `days`. */
export function person(
  id: string,
  timeZone: string,
  ranges: string[] = ['09:00-17:00'],
  days: Weekday[] = MON_FRI,
  outOfOffice?: DateRange[],
): Person {
  const hours: TimeRange[] = ranges.map((r) => {
    const [start, end] = r.split('-') as [string, string];
    return { start, end };
  });
  const p: Person = {
    id,
    name: id.charAt(0).toUpperCase() + id.slice(1),
    timeZone,
    workingHours: Object.fromEntries(days.map((d) => [d, hours])),
  };
  if (outOfOffice) p.outOfOffice = outOfOffice;
  return p;
}
