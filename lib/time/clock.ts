// 'HH:MM' wall-clock times, parsed and printed in one place (hours, focus windows, deadlines, forms).

const HHMM = /^(\d{2}):(\d{2})$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** Minutes of a strict 24-hour 'HH:MM' (00:00..23:59, plus 24:00 = 1440 when `allow24`), else null. */
export function parseClock(text: unknown, allow24 = false): number | null {
  const m = typeof text === 'string' ? HHMM.exec(text) : null;
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59) return null;
  if (h === 24 && min === 0 && allow24) return 1440;
  if (h > 23) return null;
  return h * 60 + min;
}

/** 'HH:MM' of a minute count (1440 prints as '24:00'). */
export function formatClock(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** A readable problem with a 'HH:MM' time (an end may be '24:00' when `isEnd`), or undefined. */
export function clockProblem(time: unknown, isEnd = false): string | undefined {
  if (parseClock(time, isEnd) !== null) return undefined;
  return `'${String(time)}' is not a time between 00:00 and ${isEnd ? '24:00' : '23:59'} (HH:MM)`;
}
