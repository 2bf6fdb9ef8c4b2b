// Time-zone helpers for suggestion and expectation text, on the platform's Intl data. Pure: the clock is
// only ever the `now` passed in. Invalid zones fall back to UTC rather than throwing into the sidebar.

const DEFAULT_ZONE = 'UTC';
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, zone: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${zone}|${JSON.stringify(opts)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...opts, timeZone: zone });
    formatters.set(key, f);
  }
  return f;
}

/** Largest instant a Date can hold (±8.64e15 ms); `now` beyond it is treated as absent. */
const MAX_INSTANT = 8.64e15;

/** `now` if it is a usable instant, else undefined (then text is phrased without a date). */
export function validNow(now: unknown): number | undefined {
  return typeof now === 'number' && Number.isFinite(now) && Math.abs(now) <= MAX_INSTANT ? now : undefined;
}

export { validZone, zoneAbbreviation } from '../time';

export interface LocalTime {
  weekday: number; // 0 = Sunday
  hour: number;
  minute: number;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Wall-clock weekday/hour/minute of `now` in `zone`. */
export function localTime(zone: string, now: number): LocalTime {
  const parts = formatter('en-US', zone, { weekday: 'short', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    weekday: Math.max(0, WEEKDAYS.indexOf(get('weekday'))),
    hour: Number(get('hour')) % 24,
    minute: Number(get('minute')),
  };
}

/** Index (0 = Sunday) of the next working day after `now` in `zone` (Friday → Monday). */
export function nextBusinessDay(zone: string, now: number): number {
  const { weekday } = localTime(zone, now);
  if (weekday === 5) return 1;
  if (weekday === 6) return 1;
  return (weekday + 1) % 7;
}

/** Working hours assumed for same-day times: an answer is asked for within a few hours, before the day ends. */
const SAME_DAY_HOURS_AHEAD = 3;
const DAY_START = 8;
const DAY_END = 18;

/** "15:00" a few hours after `now` in `zone`, or null outside working hours (then "end of your working day"). */
export function sameDayTime(zone: string, now: number): string | null {
  const { hour, minute } = localTime(zone, now);
  const next = hour + (minute > 0 ? 1 : 0);
  if (hour < DAY_START - 2 || next >= DAY_END) return null;
  const target = Math.min(Math.max(next + SAME_DAY_HOURS_AHEAD, DAY_START + SAME_DAY_HOURS_AHEAD), DAY_END);
  return `${String(target).padStart(2, '0')}:00`;
}
