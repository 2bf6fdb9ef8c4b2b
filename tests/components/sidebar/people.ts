// Test people and a fixed clock shared by the sidebar tests.
import type { DirectoryPerson } from '../../../lib/sidebar/send-time-view';
import type { Weekday } from '../../../lib/schedule';

const MON_FRI: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

/** Someone working 09:00-17:00 Mon-Fri in `timeZone`. */
export function colleague(id: string, name: string, timeZone: string, handle?: string): DirectoryPerson {
  const p: DirectoryPerson = {
    id,
    name,
    timeZone,
    workingHours: Object.fromEntries(MON_FRI.map((d) => [d, [{ start: '09:00', end: '17:00' }]])),
  };
  if (handle) p.handle = handle;
  return p;
}

export const ana = colleague('ana', 'Ana Weber', 'Europe/Berlin', 'ana');
export const priya = colleague('priya', 'Priya Nair', 'Asia/Kolkata', 'priya');

/** Mon 2026-01-12 07:00 UTC: 08:00 Berlin (before hours), 12:30 Bengaluru, 23:00 Sun in Los Angeles. */
export const MON_0700_UTC = Date.UTC(2026, 0, 12, 7);
/** Mon 2026-01-12 09:00 UTC: both Ana and Priya are working. */
export const MON_0900_UTC = Date.UTC(2026, 0, 12, 9);
export const LA = 'America/Los_Angeles';
