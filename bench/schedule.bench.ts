// suggestSendTime over the 14-day window for 1, 10 and 50 recipients with varied zones, hours and
// out-of-office days. Deterministic people, so runs compare.
import { describe, it } from 'vitest';
import { suggestSendTime } from '../lib/schedule';
import type { DateRange, Person, TimeRange, Weekday } from '../lib/schedule';
import { measure, report } from './harness';

const ZONES = [
  'Europe/Berlin', 'Europe/London', 'America/New_York', 'America/Los_Angeles', 'America/Chicago', 'America/Sao_Paulo',
  'America/St_Johns', 'Asia/Kolkata', 'Asia/Kathmandu', 'Asia/Jerusalem', 'Asia/Riyadh', 'Asia/Tokyo', 'Asia/Singapore',
  'Australia/Sydney', 'Australia/Adelaide', 'Pacific/Auckland', 'Africa/Lagos', 'Europe/Helsinki', 'America/Santiago', 'UTC',
];
const SHIFTS: TimeRange[][] = [
  [{ start: '09:00', end: '17:00' }],
  [{ start: '08:30', end: '12:00' }, { start: '13:00', end: '17:30' }],
  [{ start: '07:00', end: '15:00' }],
  [{ start: '10:00', end: '18:45' }],
  [{ start: '12:00', end: '20:00' }],
];
const WEEKS: Weekday[][] = [
  ['mon', 'tue', 'wed', 'thu', 'fri'],
  ['sun', 'mon', 'tue', 'wed', 'thu'],
  ['mon', 'tue', 'wed', 'thu'],
];
// Near the EU spring-forward, so some zones change offset inside the window.
const NOW = Date.UTC(2026, 2, 23, 9, 17);

function people(n: number): Person[] {
  return Array.from({ length: n }, (_, i) => {
    const shift = SHIFTS[i % SHIFTS.length]!;
    const outOfOffice: DateRange[] = i % 4 === 0 ? [{ start: `2026-03-${24 + (i % 5)}`, end: `2026-03-${26 + (i % 5)}` }] : [];
    return {
      id: `p${i}`,
      name: `Person ${i}`,
      timeZone: ZONES[(i * 7) % ZONES.length]!,
      workingHours: Object.fromEntries(WEEKS[i % WEEKS.length]!.map((d) => [d, shift])),
      outOfOffice,
    };
  });
}

describe('schedule', () => {
  for (const n of [1, 10, 50]) {
    it(`suggestSendTime, ${n} recipient${n === 1 ? '' : 's'}`, async () => {
      const recipients = people(n);
      const m = await measure(() => suggestSendTime({ now: NOW, recipients, urgency: 'normal' }));
      report({
        group: 'schedule',
        name: `suggestSendTime, ${n} recipient${n === 1 ? '' : 's'}, 14 days`,
        median: m.median,
        target: n === 50 ? '<= 5 ms' : undefined,
        note: `p95 ${m.p95.toFixed(2)} ms over ${m.runs} runs`,
      });
    });
  }
});
