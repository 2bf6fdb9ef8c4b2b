// Property tests: the engine agrees with a minute-by-minute brute force on random teams, zones,
// hours, out-of-office ranges and moments (many of them near clock changes).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localNow, suggestSendTime } from '../../lib/schedule';
import { WEEKDAYS, type DateRange, type Person, type TimeRange } from '../../lib/schedule/types';
import { bruteForceSuggestion, intlWall, worksAt } from './brute-force';

const ZONES = [
  'UTC', 'Europe/Berlin', 'Europe/London', 'America/New_York', 'America/Los_Angeles', 'America/St_Johns',
  'America/Santiago', 'America/Sao_Paulo', 'America/Havana', 'Asia/Kolkata', 'Asia/Kathmandu', 'Asia/Tehran',
  'Asia/Jerusalem', 'Asia/Riyadh', 'Asia/Tokyo', 'Australia/Sydney', 'Australia/Adelaide', 'Australia/Lord_Howe',
  'Pacific/Auckland', 'Pacific/Chatham', 'Pacific/Kiritimati', 'Africa/Cairo',
];

// Clock changes in 2025-2027 (EU, US, AU, NZ, Chile, Lord Howe, Cairo, Havana) to start near.
const TRANSITIONS = [
  Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1), Date.UTC(2026, 2, 8, 10), Date.UTC(2026, 10, 1, 9),
  Date.UTC(2026, 3, 4, 16), Date.UTC(2026, 9, 3, 16), Date.UTC(2026, 3, 4, 16, 30), Date.UTC(2026, 8, 26, 14),
  Date.UTC(2026, 3, 5, 3), Date.UTC(2026, 8, 6, 4), Date.UTC(2026, 3, 4, 15), Date.UTC(2026, 3, 23, 22),
  Date.UTC(2026, 9, 29, 21), Date.UTC(2026, 2, 8, 5), Date.UTC(2025, 10, 2, 9), Date.UTC(2027, 2, 28, 1),
];
const DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
const clock = (m: number) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

// Boundaries biased towards midnight and the 01:00-03:00 hours where clocks change.
const boundary = fc.oneof(fc.integer({ min: 0, max: 1440 }), fc.constantFrom(0, 30, 60, 120, 150, 180, 540, 1020, 1440));
const dayRanges = fc.uniqueArray(boundary, { maxLength: 4 }).map((points): TimeRange[] => {
  const sorted = [...points].sort((a, b) => a - b);
  const ranges: TimeRange[] = [];
  for (let i = 0; i + 1 < sorted.length; i += 2) {
    if (sorted[i + 1]! > sorted[i]! && sorted[i]! < 1440) ranges.push({ start: clock(sorted[i]!), end: clock(sorted[i + 1]!) });
  }
  return ranges;
});
const nowArb = fc.oneof(
  fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 11, 31) }),
  fc.tuple(fc.constantFrom(...TRANSITIONS), fc.integer({ min: -3 * DAY, max: DAY })).map(([t, d]) => t + d),
);
const personArb = (i: number, now: number) =>
  fc
    .record({
      timeZone: fc.constantFrom(...ZONES),
      days: fc.array(fc.option(dayRanges, { nil: undefined }), { minLength: 7, maxLength: 7 }),
      ooo: fc.array(fc.tuple(fc.integer({ min: -3, max: 16 }), fc.integer({ min: 0, max: 8 })), { maxLength: 2 }),
    })
    .map(({ timeZone, days, ooo }): Person => {
      const workingHours = Object.fromEntries(WEEKDAYS.flatMap((d, k) => (days[k] ? [[d, days[k]]] : [])));
      const outOfOffice: DateRange[] = ooo.map(([from, len]) => ({ start: isoDay(now + from * DAY), end: isoDay(now + (from + len) * DAY) }));
      return { id: `p${i}`, name: `P${i}`, timeZone, workingHours, outOfOffice };
    });
const scenario = nowArb.chain((now) =>
  fc.integer({ min: 1, max: 4 }).chain((n) =>
    fc.tuple(fc.constant(now), fc.tuple(...Array.from({ length: n }, (_, i) => personArb(i, now)))),
  ),
);

// Owners: a random subset of ids, sometimes naming nobody present. Deadlines: none, past, at now,
// inside the window (any millisecond, often near a recipient's shift edge), or beyond it.
const askArb = (now: number, n: number) =>
  fc.record(
    {
      owners: fc.uniqueArray(fc.constantFrom(...Array.from({ length: n + 1 }, (_, i) => `p${i}`)), { maxLength: n }),
      deadline: fc.oneof(
        fc.integer({ min: -2 * DAY, max: 0 }).map((d) => now + d),
        fc.integer({ min: 1, max: 15 * DAY }).map((d) => now + d),
        fc.integer({ min: 0, max: 15 * 24 }).map((h) => Math.floor(now / 3_600_000) * 3_600_000 + h * 3_600_000),
      ),
    },
    { requiredKeys: [] },
  );
const v2Scenario = scenario.chain(([now, people]) => fc.tuple(fc.constant(now), fc.constant(people), askArb(now, people.length)));

describe('suggestSendTime matches a minute-by-minute brute force', () => {
  it('v2: with owners and a deadline, the earliest minute reaching the most targets before it', () => {
    fc.assert(
      fc.property(v2Scenario, ([now, people, ask]) => {
        const got = suggestSendTime({ now, recipients: people, urgency: 'normal', ...ask });
        const want = bruteForceSuggestion(now, people, ask);
        expect(got.at).toBe(want.at);
        expect([...got.inHours].sort()).toEqual([...want.inHours].sort());
        if (typeof got.at === 'number' && ask.deadline !== undefined) expect(got.at).toBeLessThan(ask.deadline);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('max count, earliest minute, and inHours', () => {
    fc.assert(
      fc.property(scenario, ([now, people]) => {
        const got = suggestSendTime({ now, recipients: people, urgency: 'normal' });
        const want = bruteForceSuggestion(now, people);
        expect(got.at).toBe(want.at);
        expect([...got.inHours].sort()).toEqual([...want.inHours].sort());
      }),
      { numRuns: 30 },
    );
  }, 60_000);

  it('the urgent answer lists exactly who is working now', () => {
    fc.assert(
      fc.property(scenario, ([now, people]) => {
        const got = suggestSendTime({ now, recipients: people, urgency: 'urgent' });
        const want = people.filter((p) => worksAt(p, intlWall(p.timeZone, now))).map((p) => p.id);
        expect(got).toMatchObject({ at: 'now', inHours: want });
      }),
      { numRuns: 200 },
    );
  });
});

describe('localNow matches Intl', () => {
  it('wall clock, weekday, date and working state', () => {
    fc.assert(
      fc.property(nowArb.chain((now) => fc.tuple(fc.constant(now), personArb(0, now))), ([now, p]) => {
        const wall = intlWall(p.timeZone, now);
        const got = localNow(p, now);
        expect(got).toMatchObject({ date: wall.date, weekday: wall.weekday, time: clock(wall.minute), working: worksAt(p, wall) });
        if (got.nextChange !== undefined) {
          // The state flips exactly at nextChange and holds through the minute before it.
          expect(worksAt(p, intlWall(p.timeZone, got.nextChange))).toBe(!got.working);
          expect(worksAt(p, intlWall(p.timeZone, got.nextChange - 60_000))).toBe(got.working);
        }
      }),
      { numRuns: 300 },
    );
  });
});
