import { describe, expect, it } from 'vitest';
import { formatDateRanges, formatHours, parseDateRanges, parseHours } from '../../lib/io/hours';

const R = (start: string, end: string) => ({ start, end });

describe('working hours grammar', () => {
  it.each([
    ['mon-fri 09:00-17:00', { mon: [R('09:00', '17:00')], tue: [R('09:00', '17:00')], wed: [R('09:00', '17:00')], thu: [R('09:00', '17:00')], fri: [R('09:00', '17:00')] }],
    ['MON , Wed 9:00 - 12:00, 13:00-17:00', { mon: [R('09:00', '12:00'), R('13:00', '17:00')], wed: [R('09:00', '12:00'), R('13:00', '17:00')] }],
    ['sat 10:00-12:00; mon 08:00-09:00; sat 14:00-15:00;', { mon: [R('08:00', '09:00')], sat: [R('10:00', '12:00'), R('14:00', '15:00')] }],
    ['sun 00:00-23:59', { sun: [R('00:00', '23:59')] }],
    ['fri 18:00-24:00', { fri: [R('18:00', '24:00')] }],
  ])('parses %j', (text, hours) => {
    expect(parseHours(text)).toEqual({ value: hours, problems: [] });
  });

  it.each([
    ['', 'is empty (write e.g. mon-fri 09:00-17:00)'],
    ['09:00-17:00', "'09:00-17:00' needs days then times, like mon-fri 09:00-17:00"],
    ['fri-mon 09:00-17:00', "day range 'fri-mon' runs backwards (write it in week order, mon…sun)"],
    ['mon 9-17', "'9' is not a time between 00:00 and 23:59 (HH:MM)"],
    ['mon 24:00-24:00', "'24:00' is not a time between 00:00 and 23:59 (HH:MM)"],
    ['mon 09:00-24:30', "'24:30' is not a time between 00:00 and 24:00 (HH:MM)"],
    ['mon 09:00', "'09:00' is not a time range like 09:00-17:00"],
    ['mon 10:00-10:00', 'end 10:00 is not after start 10:00'],
    ['mon 09:00-12:00; mon 11:00-13:00', 'on mon, 09:00-12:00 overlaps 11:00-13:00'],
  ])('rejects %j', (text, problem) => {
    expect(parseHours(text).problems).toContain(problem);
  });

  it('formats by grouping identical days into runs, and parses its own output back', () => {
    const hours = {
      mon: [R('09:00', '17:00')], tue: [R('09:00', '17:00')], wed: [R('09:00', '17:00')],
      thu: [R('09:00', '12:00'), R('13:00', '17:00')], sat: [R('09:00', '17:00')], sun: [R('09:00', '17:00')],
    };
    const text = formatHours(hours);
    expect(text).toBe('mon-wed,sat,sun 09:00-17:00; thu 09:00-12:00 13:00-17:00');
    expect(parseHours(text)).toEqual({ value: hours, problems: [] });
  });
});

describe('time off grammar', () => {
  it('parses ranges and single days and formats them back', () => {
    const text = '2026-12-20..2027-01-03; 2027-02-14';
    const parsed = parseDateRanges(text);
    expect(parsed).toEqual({ value: [R('2026-12-20', '2027-01-03'), R('2027-02-14', '2027-02-14')], problems: [] });
    expect(formatDateRanges(parsed.value)).toBe(text);
    expect(parseDateRanges('  ')).toEqual({ value: [], problems: [] });
  });

  it.each([
    ['2026-13-01', "'2026-13-01' is not a date like 2026-12-20"],
    ['2027-01-03..2026-12-20', "'2027-01-03..2026-12-20' ends before it starts"],
    ['2026-01-01..2026-01-02..2026-01-03', "'2026-01-01..2026-01-02..2026-01-03' is not a date or a range like 2026-12-20..2027-01-03"],
    ['20/12/2026', "'20/12/2026' is not a date like 2026-12-20"],
  ])('rejects %j', (text, problem) => {
    expect(parseDateRanges(text).problems).toEqual([problem]);
  });
});
