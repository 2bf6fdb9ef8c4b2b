// Validation of person data, shared by the engine, the data layer and import code.
// Strict on purpose: 'HH:MM' 24-hour times only, so '9:00' or '9am' are rejected with a message
// that shows the expected form instead of being guessed at.
import { parseClock, parseDay } from './calendar';
import { ScheduleInputError } from './schedule-input-error';
import { WEEKDAYS, type Person, type Weekday } from './types';
import { isValidTimeZone } from '../time';

/** A validated person with hours in minutes per weekday (mon = 0) and out-of-office as day numbers. */
export interface CompiledPerson {
  person: Person;
  label: string; // name, or id when the name is empty
  hours: Array<Array<[number, number]>>; // [startMinute, endMinute) sorted, non-overlapping
  outOfOffice: Array<[number, number]>; // [firstDay, lastDay] inclusive, sorted
}

type Fail = (field: string, message: string) => never;

// Quotes the offending value in a message; never throws (JSON.stringify does on BigInt and cycles).
function shown(value: unknown): string {
  try {
    return String(JSON.stringify(value)?.replaceAll('"', "'"));
  } catch {
    return typeof value === 'bigint' ? `${value}n` : 'an unprintable value';
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Throws ScheduleInputError (naming the person and field) unless `person` is a valid Person. */
export function validatePerson(person: unknown): asserts person is Person {
  compilePerson(person);
}

/** Validates and pre-parses a person for the engine. */
export function compilePerson(person: unknown): CompiledPerson {
  const p = isObject(person) ? person : {};
  const id = typeof p.id === 'string' ? p.id : '';
  const label = typeof p.name === 'string' && p.name.trim() ? p.name : id || 'A recipient';
  const fail: Fail = (field, message) => {
    throw new ScheduleInputError(id, field, `${label}: ${field} ${message}`);
  };
  if (!isObject(person)) fail('person', 'must be an object with id, name, timeZone and workingHours');
  if (!id) fail('id', 'must be a non-empty string');
  if (typeof p.name !== 'string') fail('name', 'must be a string');
  if (!isValidTimeZone(p.timeZone)) {
    fail('timeZone', `${shown(p.timeZone)} is not a valid IANA time zone (e.g. 'Europe/Berlin')`);
  }
  return {
    person: p as unknown as Person,
    label,
    hours: compileHours(p.workingHours, fail),
    outOfOffice: compileOutOfOffice(p.outOfOffice, fail),
  };
}

function compileHours(value: unknown, fail: Fail): Array<Array<[number, number]>> {
  if (!isObject(value)) fail('workingHours', 'must be an object keyed by weekday (mon..sun)');
  const hours = WEEKDAYS.map(() => [] as Array<[number, number]>);
  for (const [key, ranges] of Object.entries(value as Record<string, unknown>)) {
    const day = WEEKDAYS.indexOf(key as Weekday);
    const base = `workingHours.${key}`;
    if (day < 0) fail(base, `is not a weekday key; use one of ${WEEKDAYS.join(', ')}`);
    if (ranges === undefined) continue;
    if (!Array.isArray(ranges)) fail(base, 'must be an array of { start, end } ranges');
    const parsed = (ranges as unknown[]).map((range, i) => {
      const field = `${base}[${i}]`;
      if (!isObject(range)) fail(field, "must be { start: 'HH:MM', end: 'HH:MM' }");
      const start = clock(range.start, false, `${field}.start`, fail);
      const end = clock(range.end, true, `${field}.end`, fail);
      if (end <= start) {
        fail(
          `${field}.end`,
          `'${String(range.end)}' is ${end === start ? 'equal to' : 'before'} start '${String(range.start)}'; ` +
            'a shift past midnight must be split across two days (e.g. 22:00-24:00 and 00:00-06:00)',
        );
      }
      return { start, end, i };
    });
    parsed.sort((a, b) => a.start - b.start);
    for (let k = 1; k < parsed.length; k++) {
      const prev = parsed[k - 1]!;
      const cur = parsed[k]!;
      if (cur.start < prev.end) {
        const [first, second] = prev.i < cur.i ? [prev, cur] : [cur, prev];
        fail(`${base}[${second.i}]`, `overlaps ${base}[${first.i}]; ranges in a day must not overlap`);
      }
    }
    hours[day] = parsed.map((r) => [r.start, r.end]);
  }
  return hours;
}

function clock(value: unknown, isEnd: boolean, field: string, fail: Fail): number {
  const minutes = typeof value === 'string' ? parseClock(value, isEnd) : null;
  if (minutes === null) {
    const range = isEnd ? '00:01 and 24:00' : '00:00 and 23:59';
    fail(field, `${shown(value)} must be a 24-hour 'HH:MM' time between ${range} (e.g. '09:00')`);
  }
  return minutes as number;
}

function compileOutOfOffice(value: unknown, fail: Fail): Array<[number, number]> {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail('outOfOffice', 'must be an array of { start, end } date ranges');
  const out = (value as unknown[]).map((range, i): [number, number] => {
    const field = `outOfOffice[${i}]`;
    if (!isObject(range)) fail(field, "must be { start: 'YYYY-MM-DD', end: 'YYYY-MM-DD' }");
    const start = day(range.start, `${field}.start`, fail);
    const end = day(range.end, `${field}.end`, fail);
    if (end < start) fail(`${field}.end`, `'${String(range.end)}' is before start '${String(range.start)}'`);
    return [start, end];
  });
  return out.sort((a, b) => a[0] - b[0]);
}

function day(value: unknown, field: string, fail: Fail): number {
  const d = typeof value === 'string' ? parseDay(value) : null;
  if (d === null) fail(field, `${shown(value)} must be a real date 'YYYY-MM-DD'`);
  return d as number;
}

/** True when local day number `day` falls in one of the person's out-of-office ranges. */
export function isOutOfOffice(p: CompiledPerson, day: number): boolean {
  return p.outOfOffice.some(([a, b]) => day >= a && day <= b);
}

/** Last day of the contiguous out-of-office run that contains `day` (ranges may chain). */
export function outOfOfficeThrough(p: CompiledPerson, day: number): number {
  let end = day;
  for (let changed = true; changed; ) {
    changed = false;
    for (const [a, b] of p.outOfOffice) {
      if (a <= end + 1 && b > end) {
        end = b;
        changed = true;
      }
    }
  }
  return end;
}
