// People the e2e suites put in the directory.
import type { PersonInput } from '../../../lib/records/types';
import { demoTeam } from '../../playground/seed';

/** Dana works one hour a day starting ~3 h from now (UTC): the suggestion is a schedule, never "send now". */
export function danaOffNow(): PersonInput {
  const now = new Date();
  let start = (now.getUTCHours() * 60 + now.getUTCMinutes() + 180) % 1440;
  if (start > 1380) start = 0;
  const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const day = [{ start: hhmm(start), end: hhmm(Math.min(start + 60, 1439)) }];
  const week = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  return { ...demoTeam()[0]!, timeZone: 'UTC', workingHours: Object.fromEntries(week.map((d) => [d, day])) };
}
