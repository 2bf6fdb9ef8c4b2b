import { describe, expect, it } from 'vitest';
import type { FocusBlock } from '../../lib/records/types';
import { blockHours, blockIntervals, blockSchedule, describeBlock, describeDays } from '../../lib/focus';

const MIN = 60_000;
const BERLIN = 'Europe/Berlin';
const block = (days: FocusBlock['days'], start: string, end: string, id = 'b'): FocusBlock => ({ id, days, start, end });
const weekdays: FocusBlock['days'] = ['mon', 'tue', 'wed', 'thu', 'fri'];

describe('blockSchedule', () => {
  it('finds the next start in the user zone, and the running block', () => {
    const blocks = [block(weekdays, '09:00', '11:00')];
    // Monday 2 March 2026, 07:00 Berlin (06:00 UTC): the block starts at 09:00 Berlin = 08:00 UTC.
    expect(blockSchedule(blocks, BERLIN, Date.UTC(2026, 2, 2, 6))).toEqual({ current: null, nextStart: Date.UTC(2026, 2, 2, 8) });
    // 10:00 Berlin: inside, ending 11:00 Berlin; the next start is Tuesday.
    expect(blockSchedule(blocks, BERLIN, Date.UTC(2026, 2, 2, 9))).toEqual({
      current: { start: Date.UTC(2026, 2, 2, 8), end: Date.UTC(2026, 2, 2, 10) },
      nextStart: Date.UTC(2026, 2, 3, 8),
    });
  });

  it('skips days without blocks (Friday afternoon → Monday)', () => {
    const s = blockSchedule([block(['mon'], '09:00', '10:00')], 'UTC', Date.UTC(2026, 2, 6, 15));
    expect(s).toEqual({ current: null, nextStart: Date.UTC(2026, 2, 9, 9) });
  });

  it('moves with daylight saving time (Berlin switches on 29 March 2026)', () => {
    const s = blockSchedule([block(['mon'], '09:00', '10:00')], BERLIN, Date.UTC(2026, 2, 27, 12));
    expect(s.nextStart).toBe(Date.UTC(2026, 2, 30, 7)); // 09:00 CEST
  });

  it('merges overlapping and back-to-back blocks into one session', () => {
    const blocks = [block(['tue'], '09:00', '10:30', 'a'), block(['tue'], '10:00', '11:00', 'b'), block(['tue'], '11:00', '12:00', 'c')];
    expect(blockHours(blocks)).toEqual({ tue: [{ start: '09:00', end: '12:00' }] });
    const s = blockSchedule(blocks, 'UTC', Date.UTC(2026, 2, 3, 9, 30));
    expect(s.current).toEqual({ start: Date.UTC(2026, 2, 3, 9), end: Date.UTC(2026, 2, 3, 12) });
  });

  it('has nothing to schedule without blocks', () => {
    expect(blockSchedule([], BERLIN, Date.UTC(2026, 2, 2))).toEqual({ current: null, nextStart: null });
  });

  it('lists a week of intervals', () => {
    const list = blockIntervals([block(weekdays, '14:00', '14:30')], 'UTC', Date.UTC(2026, 2, 2, 15));
    const starts = list.filter(([a]) => a > Date.UTC(2026, 2, 2, 15)).map(([a, b]) => (b - a) / MIN);
    expect(starts).toEqual([30, 30, 30, 30, 30, 30]); // Tue–Fri, then Mon and Tue of next week (8-day horizon)
  });
});

describe('describeBlock', () => {
  it.each([
    [weekdays, 'Mon–Fri'],
    [['mon', 'wed', 'fri'], 'Mon, Wed, Fri'],
    [['sat', 'sun'], 'Sat, Sun'],
    [['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], 'Every day'],
    [['fri', 'mon', 'tue', 'wed'], 'Mon–Wed, Fri'],
  ] as const)('%j → %s', (days, text) => {
    expect(describeDays(days)).toBe(text);
  });

  it('joins days and times', () => {
    expect(describeBlock(block(weekdays, '09:00', '11:00'))).toBe('Mon–Fri 09:00–11:00');
  });
});
