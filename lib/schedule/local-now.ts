// A recipient's wall clock right now, for the UI ("09:12 Tue, working until 17:00").
import { DAY, WINDOW_DAYS, dayOf, formatClock, formatDay, minuteOfDay, weekdayOf } from './calendar';
import { zoneAbbreviation } from '../time';
import type { Person, Weekday } from './types';
import { compilePerson, isOutOfOffice } from './validate-person';
import { intervalAt, planPeople } from './working-intervals';
import { toLocal } from './zone-timeline';

export interface LocalNow {
  time: string; // 'HH:MM' on their wall clock
  weekday: Weekday;
  date: string; // 'YYYY-MM-DD' on their wall clock
  offsetLabel: string; // 'CET', 'PDT', 'IST', or 'UTC+5:45' where no abbreviation exists
  working: boolean; // inside working hours and not out of office
  outOfOffice: boolean; // today (their date) is an out-of-office day
  nextChange?: number; // epoch ms when `working` next flips, if within 14 days
}

/** The person's local time and working state at `now` (epoch ms). */
export function localNow(person: Person, now: number): LocalNow {
  const [plan] = planPeople([compilePerson(person)], now, now + WINDOW_DAYS * DAY);
  const { p, segments, intervals } = plan!;
  const local = toLocal(now, segments);
  const day = dayOf(local);
  const current = intervalAt(intervals, now);
  // Intervals are clipped at the window end, so an end there is not a real change.
  const change = current ? current[1] : intervals.find(([a]) => a > now)?.[0];
  const result: LocalNow = {
    time: formatClock(minuteOfDay(local)),
    weekday: weekdayOf(day),
    date: formatDay(day),
    offsetLabel: zoneAbbreviation(person.timeZone, now),
    working: current !== undefined,
    outOfOffice: isOutOfOffice(p, day),
  };
  if (change !== undefined && change < now + WINDOW_DAYS * DAY) result.nextChange = change;
  return result;
}
