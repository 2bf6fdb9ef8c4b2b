// Bad person data fails loudly, naming the person and the field, in words a user can act on.
import { describe, expect, it } from 'vitest';
import { ScheduleInputError, suggestSendTime, validatePerson, workingWindows, localNow } from '../../lib/schedule';
import type { Person } from '../../lib/schedule';
import { person } from './people';

const ana = person('ana', 'Europe/Berlin');
const withHours = (workingHours: unknown) => ({ ...ana, workingHours }) as unknown as Person;

function errorOf(input: unknown): ScheduleInputError {
  try {
    validatePerson(input);
  } catch (e) {
    expect(e).toBeInstanceOf(ScheduleInputError);
    return e as ScheduleInputError;
  }
  throw new Error('expected validatePerson to throw');
}

describe('validatePerson', () => {
  it('accepts valid people, including 24:00 ends, touching ranges and no hours at all', () => {
    expect(() => validatePerson(ana)).not.toThrow();
    expect(() => validatePerson(person('raj', 'Asia/Kolkata', ['00:00-12:00', '12:00-24:00']))).not.toThrow();
    expect(() => validatePerson({ ...ana, workingHours: {} })).not.toThrow();
    expect(() => validatePerson({ ...ana, workingHours: { sat: undefined } })).not.toThrow();
  });

  it.each([
    [{ ...ana, timeZone: 'Mars/Base' }, 'timeZone', "Ana: timeZone 'Mars/Base' is not a valid IANA time zone"],
    [{ ...ana, timeZone: '+05:30' }, 'timeZone', "Ana: timeZone '+05:30' is not a valid IANA time zone"],
    [{ ...ana, timeZone: 42 }, 'timeZone', 'Ana: timeZone 42 is not a valid IANA time zone'],
    [withHours({ mon: [{ start: '25:00', end: '26:00' }] }), 'workingHours.mon[0].start', "Ana: workingHours.mon[0].start '25:00' must be a 24-hour 'HH:MM' time"],
    [withHours({ mon: [{ start: '9:00', end: '17:00' }] }), 'workingHours.mon[0].start', "'9:00' must be a 24-hour 'HH:MM' time between 00:00 and 23:59 (e.g. '09:00')"],
    [withHours({ mon: [{ start: '09:00', end: '17:60' }] }), 'workingHours.mon[0].end', "'17:60' must be a 24-hour 'HH:MM' time between 00:01 and 24:00"],
    [withHours({ mon: [{ start: '24:00', end: '24:00' }] }), 'workingHours.mon[0].start', "'24:00' must be"],
    [withHours({ tue: [{ start: '22:00', end: '06:00' }] }), 'workingHours.tue[0].end', "Ana: workingHours.tue[0].end '06:00' is before start '22:00'; a shift past midnight must be split"],
    [withHours({ tue: [{ start: '09:00', end: '09:00' }] }), 'workingHours.tue[0].end', "'09:00' is equal to start '09:00'"],
    [withHours({ wed: [{ start: '09:00', end: '12:00' }, { start: '11:00', end: '14:00' }] }), 'workingHours.wed[1]', 'Ana: workingHours.wed[1] overlaps workingHours.wed[0]'],
    [withHours({ wed: [{ start: '11:00', end: '14:00' }, { start: '09:00', end: '12:00' }] }), 'workingHours.wed[1]', 'overlaps workingHours.wed[0]'],
    [withHours({ monday: [{ start: '09:00', end: '17:00' }] }), 'workingHours.monday', 'Ana: workingHours.monday is not a weekday key; use one of mon, tue, wed, thu, fri, sat, sun'],
    [withHours({ mon: { start: '09:00', end: '17:00' } }), 'workingHours.mon', 'must be an array'],
    [withHours(null), 'workingHours', 'Ana: workingHours must be an object keyed by weekday'],
    [{ ...ana, outOfOffice: [{ start: '2026-02-30', end: '2026-03-02' }] }, 'outOfOffice[0].start', "Ana: outOfOffice[0].start '2026-02-30' must be a real date 'YYYY-MM-DD'"],
    [{ ...ana, outOfOffice: [{ start: '2026-03-01', end: '3/2/2026' }] }, 'outOfOffice[0].end', "'3/2/2026' must be a real date"],
    [{ ...ana, outOfOffice: [{ start: '2026-03-05', end: '2026-03-01' }] }, 'outOfOffice[0].end', "Ana: outOfOffice[0].end '2026-03-01' is before start '2026-03-05'"],
    [{ ...ana, outOfOffice: { start: '2026-03-05', end: '2026-03-06' } }, 'outOfOffice', 'must be an array'],
    [{ ...ana, id: '' }, 'id', 'Ana: id must be a non-empty string'],
    [{ ...ana, name: undefined }, 'name', 'ana: name must be a string'],
  ])('%# rejects %j on %s', (input, field, message) => {
    const e = errorOf(input);
    expect(e.field).toBe(field);
    expect(e.message).toContain(message);
    if (field !== 'id') expect(e.personId).toBe('ana');
  });

  it('rejects non-objects', () => {
    expect(errorOf(null).field).toBe('person');
    expect(errorOf('ana').message).toMatch(/must be an object/);
  });
});

describe('the engine validates before answering', () => {
  const bad = { ...ana, id: 'x1', name: 'Xu', timeZone: 'Mars/Base' };
  it('suggestSendTime throws even for urgent messages', () => {
    expect(() => suggestSendTime({ now: 0, recipients: [ana, bad], urgency: 'urgent' })).toThrow(
      new ScheduleInputError('x1', 'timeZone', "Xu: timeZone 'Mars/Base' is not a valid IANA time zone (e.g. 'Europe/Berlin')"),
    );
  });
  it('a bad sender or viewer zone is named too', () => {
    expect(() => suggestSendTime({ now: 0, recipients: [ana], urgency: 'normal', senderTimeZone: 'Nowhere' })).toThrow(/senderTimeZone 'Nowhere'/);
    expect(() => workingWindows([ana], '2026-01-12', 'Nowhere')).toThrow(/viewerTimeZone 'Nowhere'/);
    expect(() => workingWindows([ana], '2026-1-12', 'UTC')).toThrow(/day '2026-1-12'/);
    expect(() => localNow(bad, 0)).toThrow(ScheduleInputError);
    expect(() => suggestSendTime({ now: Number.NaN, recipients: [], urgency: 'normal' })).toThrow(RangeError);
  });
});
