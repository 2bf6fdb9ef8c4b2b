// Reference for the property tests: walks the window minute by minute and asks Intl for every
// recipient's wall clock, exactly as the contract words the rule. Deliberately naive; it shares
// no code with lib/schedule.
//
// One speed-up, with its justification: current tz offsets are multiples of 15 minutes and
// change on UTC quarter hours, so a wall clock read at a UTC quarter hour plus k < 15 minutes
// is the wall clock k minutes later (and never crosses midnight).
import type { Person, Weekday } from '../../lib/schedule/types';

const MIN = 60_000;
const QUARTER = 15 * MIN;
const WINDOW = 14 * 24 * 60 * MIN;
const formatters = new Map<string, Intl.DateTimeFormat>();

export interface Wall {
  date: string; // YYYY-MM-DD
  weekday: Weekday;
  minute: number;
}

/** The wall clock in `zone` at instant t, straight from Intl. */
export function intlWall(zone: string, t: number): Wall {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', weekday: 'short',
    });
    formatters.set(zone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(t).map((p) => [p.type, p.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: parts.weekday!.toLowerCase() as Weekday,
    minute: (Number(parts.hour) % 24) * 60 + Number(parts.minute),
  };
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

/** Whether a person is working given their wall clock (string comparison of ISO dates). */
export function worksAt(p: Person, wall: Wall): boolean {
  if ((p.outOfOffice ?? []).some((r) => wall.date >= r.start && wall.date <= r.end)) return false;
  return (p.workingHours[wall.weekday] ?? []).some((r) => wall.minute >= toMinutes(r.start) && wall.minute < toMinutes(r.end));
}

function quarterWall(zone: string, t: number, cache: Map<string, Wall>): Wall {
  const q = Math.floor(t / QUARTER) * QUARTER;
  const key = `${zone}|${q}`;
  let w = cache.get(key);
  if (!w) {
    w = intlWall(zone, q);
    cache.set(key, w);
  }
  return { ...w, minute: w.minute + (t - q) / MIN };
}

export interface Expected {
  at: 'now' | number;
  inHours: string[];
}

/** The contract's answer by exhaustive search: `now`, then every whole minute until now + 14 d. */
export function bruteForceSuggestion(now: number, people: Person[]): Expected {
  const cache = new Map<string, Wall>();
  const working = (t: number) =>
    people.filter((p) => worksAt(p, t === now ? intlWall(p.timeZone, t) : quarterWall(p.timeZone, t, cache))).map((p) => p.id);
  const atNow = working(now);
  let best = atNow.length;
  let bestAt: number | 'now' = 'now';
  let bestIds = atNow;
  for (let t = Math.ceil(now / MIN) * MIN; t < now + WINDOW; t += MIN) {
    if (t === now) continue;
    const ids = working(t);
    if (ids.length > best) {
      best = ids.length;
      bestAt = t;
      bestIds = ids;
    }
  }
  return { at: bestAt, inHours: bestIds };
}
