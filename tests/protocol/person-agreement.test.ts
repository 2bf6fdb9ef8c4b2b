// Person validation is written twice on purpose and must not drift: the engine's validatePerson
// (lib/schedule/validate-person.ts, by hand, because the content script calls it and carries no
// valibot) and the protocol's PersonInputSchema (lib/protocol/schemas.ts, valibot, for requests and
// files). Both take their clock, date and zone parsing from the same functions; this suite checks
// that the rules built on them agree, on a table of edge cases and on generated people:
//   1. whatever the protocol accepts, the engine accepts as stored (a saved person never fails later);
//   2. whatever the engine accepts, the protocol accepts, unless it breaks a rule only a directory
//      entry has (directoryOnly below).
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PersonInputSchema } from '../../lib/protocol/schemas';
import { validatePerson, type Person } from '../../lib/schedule';
import { structuralMutation, validPerson } from '../fuzz/arbitraries';

const engineAccepts = (p: unknown): boolean => {
  try {
    validatePerson(p);
    return true;
  } catch {
    return false;
  }
};

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Rules of a directory entry the engine has no reason to check (it schedules whoever it is given). */
function directoryOnly(p: unknown): string | null {
  if (!isObject(p)) return null;
  if (typeof p.name === 'string' && (p.name.trim() === '' || p.name.trim().length > 200))
    return 'a blank or over-long name';
  if (typeof p.id === 'string' && p.id.length > 100) return 'an over-long id';
  if (isObject(p.workingHours)) {
    const days = Object.values(p.workingHours).filter(Array.isArray);
    if (!days.some((d) => d.length > 0)) return 'no working hours at all';
    if (days.some((d) => d.length > 12)) return 'more than 12 ranges in a day';
  }
  if (Array.isArray(p.outOfOffice) && p.outOfOffice.length > 200) return 'more than 200 periods away';
  return null;
}

/** Both rules for one candidate; returns what disagreed, or null. */
function disagreement(p: unknown): string | null {
  const parsed = v.safeParse(PersonInputSchema, p);
  const engine = engineAccepts(p);
  if (parsed.success) {
    const stored = { ...parsed.output, id: parsed.output.id ?? 'stored-id' };
    if (!engineAccepts(stored)) return 'the protocol accepted a person the engine refuses once stored';
  }
  if (engine && !parsed.success && directoryOnly(p) === null) {
    return `the engine accepted a person the protocol refuses: ${parsed.issues.map((i) => i.message).join('; ')}`;
  }
  return null;
}

const ana: Person = {
  id: 'ana',
  name: 'Ana',
  timeZone: 'Europe/Berlin',
  workingHours: { mon: [{ start: '09:00', end: '17:00' }] },
};
const hours = (workingHours: unknown) => ({ ...ana, workingHours });
const away = (outOfOffice: unknown) => ({ ...ana, outOfOffice });

describe('person validation: the engine and the protocol agree', () => {
  it.each([
    ['a plain person', true, ana],
    ['a 24:00 end', true, hours({ mon: [{ start: '18:00', end: '24:00' }] })],
    [
      'touching ranges',
      true,
      hours({
        mon: [
          { start: '09:00', end: '12:00' },
          { start: '12:00', end: '17:00' },
        ],
      }),
    ],
    ['a day left undefined', true, hours({ mon: [{ start: '09:00', end: '17:00' }], sat: undefined })],
    [
      'one-minute ranges at both ends of the day',
      true,
      hours({
        sun: [
          { start: '00:00', end: '00:01' },
          { start: '23:59', end: '24:00' },
        ],
      }),
    ],
    ['a one-day absence', true, away([{ start: '2026-12-24', end: '2026-12-24' }])],
    ['a leap day', true, away([{ start: '2028-02-29', end: '2028-03-01' }])],
    ["a zone in other case ('europe/berlin')", true, { ...ana, timeZone: 'europe/berlin' }],
    ['an unpadded hour', false, hours({ mon: [{ start: '9:00', end: '17:00' }] })],
    ['a 24:00 start', false, hours({ mon: [{ start: '24:00', end: '24:00' }] })],
    ['minute 60', false, hours({ mon: [{ start: '09:00', end: '17:60' }] })],
    ['an end before the start', false, hours({ mon: [{ start: '22:00', end: '06:00' }] })],
    ['an empty range', false, hours({ mon: [{ start: '09:00', end: '09:00' }] })],
    [
      'overlapping ranges, out of order',
      false,
      hours({
        mon: [
          { start: '11:00', end: '14:00' },
          { start: '09:00', end: '12:00' },
        ],
      }),
    ],
    [
      'a range inside another',
      false,
      hours({
        mon: [
          { start: '09:00', end: '17:00' },
          { start: '10:00', end: '11:00' },
        ],
      }),
    ],
    ["a long weekday name ('monday')", false, hours({ monday: [{ start: '09:00', end: '17:00' }] })],
    ['a day that is not a list', false, hours({ mon: { start: '09:00', end: '17:00' } })],
    ['a day that is null', false, hours({ mon: null })],
    ['30 February', false, away([{ start: '2026-02-30', end: '2026-03-02' }])],
    ['an absence ending before it starts', false, away([{ start: '2026-03-05', end: '2026-03-01' }])],
    ['a US date', false, away([{ start: '2026-03-01', end: '3/2/2026' }])],
    ['absence as one object', false, away({ start: '2026-03-05', end: '2026-03-06' })],
    ['a fixed offset for a zone', false, { ...ana, timeZone: '+05:30' }],
    ['an unknown zone', false, { ...ana, timeZone: 'Mars/Base' }],
    ['a number for a zone', false, { ...ana, timeZone: 42 }],
  ])('%s: both say valid = %s', (_, valid, person) => {
    expect(engineAccepts(person)).toBe(valid);
    expect(v.safeParse(PersonInputSchema, person).success).toBe(valid);
  });

  it('rules that belong to a directory entry only are the listed ones', () => {
    for (const person of [
      { ...ana, name: '  ' },
      hours({}),
      away(Array.from({ length: 201 }, () => ({ start: '2026-01-01', end: '2026-01-01' }))),
    ]) {
      expect(engineAccepts(person)).toBe(true);
      expect(v.safeParse(PersonInputSchema, person).success).toBe(false);
      expect(directoryOnly(person)).not.toBeNull();
    }
  });

  it('on generated people, valid and mutated', () => {
    const candidate = fc.oneof(
      validPerson('p'),
      fc.tuple(validPerson('p'), structuralMutation).map(([p, mutate]) => mutate(p)),
      fc.tuple(validPerson('p'), structuralMutation, structuralMutation).map(([p, m1, m2]) => m2(m1(p))),
    );
    fc.assert(
      fc.property(candidate, (p) => {
        expect(disagreement(p)).toBeNull();
      }),
      { numRuns: 3_000, seed: 20_261_204 },
    );
  }, 120_000);
});
