// Field checks shared by message schemas and import files, each returning a readable problem
// (naming the value) or undefined. Pure: no browser, no Dexie.
import { parseDay } from '../schedule/calendar';
import { canonicalTimeZone, clockProblem } from '../time';

const EMAIL_RE = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>".]{2,}$/;

export { canonicalTimeZone };

/** Problem with an IANA zone name, if any. */
export function timeZoneProblem(zone: string): string | undefined {
  return canonicalTimeZone(zone) ? undefined : `'${zone}' is not a valid IANA time zone (like Europe/Berlin)`;
}

/** Problem with a 'HH:MM' time, if any. */
export function timeProblem(time: string): string | undefined {
  return clockProblem(time);
}

/** Problem with an exclusive end time: a time, or 24:00 for midnight. */
export function endTimeProblem(time: string): string | undefined {
  return clockProblem(time, true);
}

/** Problem with a start/end pair of valid times, if any. */
export function rangeProblem(start: string, end: string): string | undefined {
  return end > start ? undefined : `end ${end} is not after start ${start}`;
}

/** Problem with a 'YYYY-MM-DD' calendar date, if any (rejects 2026-02-30): the engine's own date parser. */
export function dateProblem(date: string): string | undefined {
  return parseDay(date) === null ? `'${date}' is not a date like 2026-12-20` : undefined;
}

/** Problem with an email address, if any. */
export function emailProblem(email: string): string | undefined {
  return EMAIL_RE.test(email) ? undefined : `'${email}' is not an email address`;
}

/** Problem with a chat handle, if any (empty after removing '@'). */
export function handleProblem(handle: string): string | undefined {
  return handle.trim().replace(/^@+/, '').trim() ? undefined : `'${handle}' is not a handle`;
}

/** Finds two overlapping ranges in one day, if any; ranges must already be individually valid. */
export function overlapProblem(ranges: ReadonlyArray<{ start: string; end: string }>): string | undefined {
  const sorted = [...ranges].sort((a, b) => a.start.localeCompare(b.start));
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1]!, sorted[i]!];
    if (b.start < a.end) return `${a.start}-${a.end} overlaps ${b.start}-${b.end}`;
  }
  return undefined;
}
