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
  if (typeof p.name === 'string' && (p.name.trim() === '' || p.name.trim().length > 200)) return 'a blank or over-long name';
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

const ana: Person = { id: 'ana', name: 'Ana', timeZone: 'Europe/Berlin', workingHours: { mon: [{ start: '09:00', end: '17:00' }] } };
const hours = (workingHours: unknown) => ({ ...ana, workingHours });
const away = (outOfOffice: unknown) => ({ ...ana, outOfOffice });

describe('person validation: the engine and the protocol agree', () => {
  it.each([
    ['a plain person', ana, true],
    ['a 24:00 end', hours({ mon: [{ start: '18:00', end: '24:00' }] }), true],
    ['touching ranges', hours({ mon: [{ start: '09:00', end: '12:00' }, { start: '12:00', end: '17:00' }] }), true],
    ['a day left undefined', hours({ mon: [{ start: '09:00', end: '17:00' }], sat: undefined }), true],
    ['one-minute ranges at both ends of the day', hours({ sun: [{ start: '00:00', end: '00:01' }, { start: '23:59', end: '24:00' }] }), true],
    ['a one-day absence', away([{ start: '2026-12-24', end: '2026-12-24' }]), true],
    ['a leap day', away([{ start: '2028-02-29', end: '2028-03-01' }]), true],
    ["a zone in other case ('europe/berlin')", { ...ana, timeZone: 'europe/berlin' }, true],
    ['an unpadded hour', hours({ mon: [{ start: '9:00', end: '17:00' }] }), false],
    ['a 24:00 start', hours({ mon: [{ start: '24:00', end: '24:00' }] }), false],
    ['minute 60', hours({ mon: [{ start: '09:00', end: '17:60' }] }), false],
    ['an end before the start', hours({ mon: [{ start: '22:00', end: '06:00' }] }), false],
    ['an empty range', hours({ mon: [{ start: '09:00', end: '09:00' }] }), false],
    ['overlapping ranges, out of order', hours({ mon: [{ start: '11:00', end: '14:00' }, { start: '09:00', end: '12:00' }] }), false],
    ['a range inside another', hours({ mon: [{ start: '09:00', end: '17:00' }, { start: '10:00', end: '11:00' }] }), false],
    ["a long weekday name ('monday')", hours({ monday: [{ start: '09:00', end: '17:00' }] }), false],
    ['a day that is not a list', hours({ mon: { start: '09:00', end: '17:00' } }), false],
    ['a day that is null', hours({ mon: null }), false],
    ['30 February', away([{ start: '2026-02-30', end: '2026-03-02' }]), false],
    ['an absence ending before it starts', away([{ start: '2026-03-05', end: '2026-03-01' }]), false],
    ['a US date', away([{ start: '2026-03-01', end: '3/2/2026' }]), false],
    ['absence as one object', away({ start: '2026-03-05', end: '2026-03-06' }), false],
    ['a fixed offset for a zone', { ...ana, timeZone: '+05:30' }, false],
    ['an unknown zone', { ...ana, timeZone: 'Mars/Base' }, false],
    ['a number for a zone', { ...ana, timeZone: 42 }, false],
  ])('%s: both say %s', (_, person, valid) => {
    expect(engineAccepts(person)).toBe(valid);
    expect(v.safeParse(PersonInputSchema, person).success).toBe(valid);
  });

  it('rules that belong to a directory entry only are the listed ones', () => {
    for (const person of [{ ...ana, name: '  ' }, hours({}), away(Array.from({ length: 201 }, () => ({ start: '2026-01-01', end: '2026-01-01' })))]) {
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
