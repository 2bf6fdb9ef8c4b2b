// "Until tomorrow morning" on a person's own clock: the start of their first working range on a
// later local date than now's (the next working morning: Monday's after a Friday).
import { DAY, WINDOW_DAYS, dayOf } from './calendar';
import type { Person } from './types';
import { compilePerson } from './validate-person';
import { planPeople } from './working-intervals';
import { toLocal } from './zone-timeline';

/** Epoch ms of the person's next working morning after today (their zone), or null when none within 14 days. */
export function nextWorkdayStart(person: Person, now: number): number | null {
  const [plan] = planPeople([compilePerson(person)], now, now + WINDOW_DAYS * DAY);
  const { segments, intervals } = plan!;
  const today = dayOf(toLocal(now, segments));
  return intervals.find(([start]) => dayOf(toLocal(start, segments)) > today)?.[0] ?? null;
}
