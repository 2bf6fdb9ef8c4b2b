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

/** The people asked and the deadline (lib/schedule/README.md, rule v2). */
export interface Ask {
  owners?: string[];
  deadline?: number;
}

/**
 * The contract's answer by exhaustive search: the targets are the owners among the recipients (else
 * everyone); `now`, then every whole minute before min(now + 14 d, deadline), counting targets in
 * hours; the first minute with a larger count than any before wins; a best of 0 is 'now'.
 */
export function bruteForceSuggestion(now: number, people: Person[], ask: Ask = {}): Expected {
  const cache = new Map<string, Wall>();
  const wallOf = (p: Person, t: number) => (t === now ? intlWall(p.timeZone, t) : quarterWall(p.timeZone, t, cache));
  const working = (t: number) => people.filter((p) => worksAt(p, wallOf(p, t))).map((p) => p.id);
  const named = people.filter((p) => (ask.owners ?? []).includes(p.id));
  const targets = named.length > 0 ? named : people;
  const count = (t: number) => targets.filter((p) => worksAt(p, wallOf(p, t))).length;
  const atNow = { at: 'now' as const, inHours: working(now) };
  if (ask.deadline !== undefined && ask.deadline <= now) return atNow;
  const end = Math.min(now + WINDOW, ask.deadline ?? Infinity);
  let best = count(now);
  let bestAt: number | 'now' = 'now';
  for (let t = Math.ceil(now / MIN) * MIN; t < end; t += MIN) {
    if (t === now) continue;
    const n = count(t);
    if (n > best) {
      best = n;
      bestAt = t;
    }
  }
  return bestAt === 'now' ? atNow : { at: bestAt, inHours: working(bestAt) };
}
