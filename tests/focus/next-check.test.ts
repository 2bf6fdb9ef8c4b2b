import { describe, expect, it } from 'vitest';
import { nextCheck, nextCheckAt, nextOccurrence, windowMinutes } from '../../lib/focus';

const BERLIN = 'Europe/Berlin';
/** Monday 2 March 2026 at hh:mm in Berlin (CET, UTC+1). */
const berlin = (hh: number, mm = 0) => Date.UTC(2026, 2, 2, hh - 1, mm);
const WINDOWS = ['13:00', '09:00', '16:30'];

describe('nextCheck', () => {
  it.each([
    [8, 0, '09:00'],
    [9, 0, '09:00'], // a window at the current minute is the check happening now
    [9, 1, '13:00'],
    [11, 30, '13:00'],
    [16, 29, '16:30'],
    [16, 31, '09:00'], // after the last window: tomorrow's first
    [23, 59, '09:00'],
  ])('at %i:%i Berlin time the next check is %s', (h, m, expected) => {
    expect(nextCheck(WINDOWS, berlin(h, m), BERLIN)).toBe(expected);
  });

  it('reads the clock in the given zone, not UTC', () => {
    // 11:30 in Berlin is 10:30 UTC and 05:30 in New York.
    expect(nextCheck(WINDOWS, berlin(11, 30), 'UTC')).toBe('13:00');
    expect(nextCheck(WINDOWS, berlin(11, 30), 'America/New_York')).toBe('09:00');
    expect(nextCheck(WINDOWS, berlin(11, 30), 'Asia/Kolkata')).toBe('16:30'); // 16:00 IST
  });

  it('says whether the check is tomorrow', () => {
    expect(nextCheckAt(WINDOWS, berlin(17), BERLIN)).toEqual({ time: '09:00', daysAhead: 1 });
    expect(nextCheckAt(WINDOWS, berlin(12), BERLIN)).toEqual({ time: '13:00', daysAhead: 0 });
  });

  it('is null without windows and ignores malformed ones', () => {
    expect(nextCheck([], berlin(9), BERLIN)).toBeNull();
    expect(nextCheck(['9am', '25:00'], berlin(9), BERLIN)).toBeNull();
    expect(windowMinutes(['13:00', 'x', '09:00', '13:00'])).toEqual([540, 780]);
  });

  it('follows daylight saving time', () => {
    // Monday 30 March 2026, Berlin is on CEST (UTC+2): 10:45 UTC is 12:45 local.
    expect(nextCheck(WINDOWS, Date.UTC(2026, 2, 30, 10, 45), BERLIN)).toBe('13:00');
    // Same UTC instant a week earlier (CET) reads 11:45.
    expect(nextCheck(['12:00', '13:00'], Date.UTC(2026, 2, 23, 10, 45), BERLIN)).toBe('12:00');
  });
});

describe('nextOccurrence ("focus until a time")', () => {
  it('is later today when the time is ahead, else tomorrow', () => {
    expect(nextOccurrence('15:00', berlin(11, 30), BERLIN)).toBe(berlin(15));
    expect(nextOccurrence('11:30', berlin(11, 30), BERLIN)).toBe(berlin(11, 30) + 24 * 3_600_000);
    expect(nextOccurrence('08:00', berlin(11, 30), BERLIN)).toBe(berlin(8) + 24 * 3_600_000);
  });

  it('uses the zone rules of the day (the spring-forward gap maps to its end)', () => {
    // Sunday 29 March 2026, Berlin: 02:00 → 03:00.
    const saturdayNight = Date.UTC(2026, 2, 28, 22); // 23:00 CET
    expect(nextOccurrence('02:30', saturdayNight, BERLIN)).toBe(Date.UTC(2026, 2, 29, 1)); // 03:00 CEST
    expect(nextOccurrence('09:00', saturdayNight, BERLIN)).toBe(Date.UTC(2026, 2, 29, 7));
  });

  it('is null for a malformed time', () => {
    expect(nextOccurrence('9am', berlin(9), BERLIN)).toBeNull();
  });
});
