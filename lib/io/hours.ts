// The text forms of working hours and time off used in CSV files and forms. Pure.
//
// Working hours grammar (case-insensitive, whitespace free around tokens):
//   hours   = clause *( ";" clause )
//   clause  = days WS ranges                    e.g.  mon-fri 09:00-17:00
//   days    = dayspec *( "," dayspec )          e.g.  mon,wed   or   mon-wed,fri
//   dayspec = day [ "-" day ]                   a run in week order (mon..sun); no wrap-around
//   day     = mon | tue | wed | thu | fri | sat | sun
//   ranges  = range *( WS / "," range )         e.g.  09:00-12:00 13:00-17:00  (a split shift)
//   range   = time "-" time                     end after start; end is exclusive
//   time    = H:MM or HH:MM, 00:00–23:59; an end may be 24:00   (9:00 is read as 09:00)
// A day named in two clauses gets both clauses' ranges; ranges in one day must not overlap.
// Days not named are days off. Example: "mon-fri 09:00-17:00; sat 10:00-12:00".
//
// Time off grammar:  dates = item *( ";" item ),  item = date [ ".." date ],  date = YYYY-MM-DD
// (both ends inclusive). Example: "2026-12-20..2027-01-03; 2027-02-14". Empty means none.
import type { DateRange, TimeRange, WorkingHours } from '../schedule/types';
import { WEEKDAYS, type Weekday } from '../schedule/types';
import { dateProblem, endTimeProblem, overlapProblem, rangeProblem, timeProblem } from '../protocol/validators';

/** A parse result: the value when `problems` is empty. */
export interface Parsed<T> {
  value: T;
  problems: string[];
}

function dayIndex(d: string): number {
  return WEEKDAYS.indexOf(d.toLowerCase() as Weekday);
}

function padTime(t: string): string {
  return /^\d:\d\d$/.test(t) ? `0${t}` : t;
}

function parseDays(spec: string, problems: string[]): Weekday[] {
  const days: Weekday[] = [];
  for (const part of spec.split(',').map((p) => p.trim())) {
    const [from, to, extra] = part.split('-').map((p) => p.trim());
    const a = dayIndex(from ?? '');
    const b = to === undefined ? a : dayIndex(to);
    if (a < 0 || b < 0 || extra !== undefined) {
      problems.push(`'${part}' is not a day or day range (use mon, tue, … sun, or mon-fri)`);
    } else if (b < a) {
      problems.push(`day range '${part}' runs backwards (write it in week order, mon…sun)`);
    } else {
      for (let i = a; i <= b; i++) days.push(WEEKDAYS[i]!);
    }
  }
  return days;
}

function parseRanges(spec: string, problems: string[]): TimeRange[] {
  const ranges: TimeRange[] = [];
  const tokens = spec.replace(/\s*-\s*/g, '-').split(/[\s,]+/).filter(Boolean);
  for (const token of tokens) {
    const m = /^([^-]+)-([^-]+)$/.exec(token);
    if (!m) {
      problems.push(`'${token}' is not a time range like 09:00-17:00`);
      continue;
    }
    const [start, end] = [padTime(m[1]!), padTime(m[2]!)];
    const p = timeProblem(start) ?? endTimeProblem(end) ?? rangeProblem(start, end);
    if (p) problems.push(p);
    else ranges.push({ start, end });
  }
  return ranges;
}

/** Parses working hours text (grammar above). */
export function parseHours(text: string): Parsed<WorkingHours> {
  const problems: string[] = [];
  const hours: WorkingHours = {};
  const clauses = text.split(';').map((c) => c.trim()).filter(Boolean);
  if (clauses.length === 0) problems.push('is empty (write e.g. mon-fri 09:00-17:00)');
  for (const clause of clauses) {
    const firstDigit = clause.search(/\d/);
    if (firstDigit <= 0) {
      problems.push(`'${clause}' needs days then times, like mon-fri 09:00-17:00`);
      continue;
    }
    const days = parseDays(clause.slice(0, firstDigit).replace(/\s+/g, ''), problems);
    const ranges = parseRanges(clause.slice(firstDigit), problems);
    for (const d of days) hours[d] = [...(hours[d] ?? []), ...ranges];
  }
  for (const d of WEEKDAYS) {
    const rs = hours[d];
    if (!rs) continue;
    rs.sort((a, b) => a.start.localeCompare(b.start));
    const overlap = overlapProblem(rs);
    if (overlap) problems.push(`on ${d}, ${overlap}`);
  }
  return { value: hours, problems };
}

function formatDays(days: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < days.length; ) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === days[j]! + 1) j++;
    // Two adjacent days read better as "sat,sun" than "sat-sun"; three or more as a run.
    if (j - i >= 2) parts.push(`${WEEKDAYS[days[i]!]}-${WEEKDAYS[days[j]!]}`);
    else for (let k = i; k <= j; k++) parts.push(WEEKDAYS[days[k]!]!);
    i = j + 1;
  }
  return parts.join(',');
}

/** Formats working hours in the grammar above, grouping days with identical ranges. */
export function formatHours(hours: WorkingHours): string {
  const groups = new Map<string, number[]>();
  WEEKDAYS.forEach((d, i) => {
    const rs = hours[d];
    if (!rs?.length) return;
    const key = rs.map((r) => `${r.start}-${r.end}`).join(' ');
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  return [...groups].map(([ranges, days]) => `${formatDays(days)} ${ranges}`).join('; ');
}

/** Parses time off text (grammar above). */
export function parseDateRanges(text: string): Parsed<DateRange[]> {
  const problems: string[] = [];
  const value: DateRange[] = [];
  for (const item of text.split(';').map((s) => s.trim()).filter(Boolean)) {
    const parts = item.split('..').map((s) => s.trim());
    const start = parts[0] ?? '';
    const end = parts[1] ?? start;
    if (parts.length > 2 || !start || !end) {
      problems.push(`'${item}' is not a date or a range like 2026-12-20..2027-01-03`);
      continue;
    }
    const p = dateProblem(start) ?? dateProblem(end);
    if (p) problems.push(p);
    else if (end < start) problems.push(`'${item}' ends before it starts`);
    else value.push({ start, end });
  }
  return { value, problems };
}

/** Formats time off in the grammar above. */
export function formatDateRanges(ranges: readonly DateRange[]): string {
  return ranges.map((r) => (r.start === r.end ? r.start : `${r.start}..${r.end}`)).join('; ');
}
