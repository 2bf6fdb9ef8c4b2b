// Finds deadline phrases in free text: a tokenizer for the words deadlines are made of, and a
// grouper that joins adjacent tokens ("by" + "Thu" + "17:00" + "CET") into one phrase.
import { parseDay } from './calendar';
import { fixedZone, ZONE_ABBREVIATION_PATTERN, zoneOfAbbreviation } from '../time';

export type DeadlineToken =
  | { kind: 'prep'; before: boolean }
  | { kind: 'eod' }
  | { kind: 'eow'; next: boolean }
  | { kind: 'nextWeek' }
  | { kind: 'morning' }
  | { kind: 'rel'; days: number }
  | { kind: 'duration'; ms: number }
  | { kind: 'weekday'; index: number; next: boolean }
  | { kind: 'time'; minutes: number }
  | { kind: 'zone'; zone: string }
  | { kind: 'date'; day: number };

export interface DeadlineGroup {
  start: number;
  end: number;
  tokens: DeadlineToken[];
}

const WEEKDAY_WORDS: Record<string, number> = {
  mon: 0, monday: 0, tue: 1, tues: 1, tuesday: 1, wed: 2, weds: 2, wednesday: 2, thu: 3, thur: 3,
  thurs: 3, thursday: 3, fri: 4, friday: 4, sat: 5, saturday: 5, sun: 6, sunday: 6,
};
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, twelve: 12 };
const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * The one pattern every deadline word matches, built on first use: a module-level `new RegExp` would
 * be a side effect that keeps this module (and its tables) in every bundle that merely imports the
 * schedule barrel, such as the content script, which never reads deadline phrases.
 */
function buildTokenPattern(): RegExp {
  const weekdays = Object.keys(WEEKDAY_WORDS).sort((a, b) => b.length - a.length).join('|');
  return new RegExp(
    [
      String.raw`(?<dur>\b(?:within|in)\s+(?:the\s+next\s+)?(?<n>\d{1,3}(?:\.\d+)?|an?|one|two|three|four|five|six|twelve)\s*(?<unit>h|hrs?|hours?|mins?|minutes?|d|days?)\b)`,
      String.raw`(?<eow>\b(?:eow|end\s+of\s+(?:the\s+)?(?<eowNext>this\s+|next\s+)?(?:work(?:ing)?\s+)?week)\b)`,
      String.raw`(?<eod>\b(?:eod|cob|eob|end\s+of\s+(?:the\s+)?(?:business\s+|work(?:ing)?\s+)?day|close\s+of\s+(?:business|play))\b)`,
      String.raw`(?<nextWeek>\bnext\s+week\b)`,
      String.raw`(?<weekday>\b(?<wdNext>next\s+)?(?<wd>${weekdays})\b)`,
      String.raw`(?<date>\b\d{4}-\d{2}-\d{2}\b)`,
      String.raw`(?<time>\b(?:noon|midday|midnight|(?<h12>\d{1,2})(?:[:.](?<m12>[0-5]\d))?\s?(?<ap>[ap])\.?m\b\.?|(?<h24>[01]?\d|2[0-4]):(?<m24>[0-5]\d)\b))`,
      String.raw`(?<zone>\b(?:utc|gmt)\s?(?<sign>[+\-\u2212])\s?(?<oh>\d{1,2})(?::?(?<om>[0-5]\d))?\b|\b${ZONE_ABBREVIATION_PATTERN}\b)`,
      String.raw`(?<rel>\b(?:today|tomorrow|tmrw|tmr)\b)`,
      String.raw`(?<morning>\b(?:morning|first\s+thing)\b)`,
      String.raw`(?<prep>\b(?:by|before|until|till|due|no\s+later\s+than)\b)`,
    ].join('|'),
    'gi',
  );
}
let tokenPattern: RegExp | undefined;

// Words allowed between the tokens of one phrase ("by the end of Friday", "on Thu at 17:00").
// No punctuation: "by noon, EOW" is two deadlines, not one.
const GAP = /^(?:\s|\b(?:on|at|the|this|of|end|in)\b)*$/i;

function toToken(m: RegExpExecArray): DeadlineToken | null {
  const g = m.groups!;
  const word = m[0].toLowerCase();
  if (g.dur) {
    const n = NUMBER_WORDS[g.n!.toLowerCase()] ?? Number(g.n);
    const ms = n * UNIT_MS[g.unit!.toLowerCase().charAt(0)]!;
    return ms > 0 && ms <= 400 * UNIT_MS.d! ? { kind: 'duration', ms } : null;
  }
  if (g.eow) return { kind: 'eow', next: /next/i.test(g.eowNext ?? '') };
  if (g.eod) return { kind: 'eod' };
  if (g.nextWeek) return { kind: 'nextWeek' };
  if (g.weekday) return { kind: 'weekday', index: WEEKDAY_WORDS[g.wd!.toLowerCase()]!, next: !!g.wdNext };
  if (g.date) {
    const day = parseDay(m[0]);
    return day === null ? null : { kind: 'date', day };
  }
  if (g.time) return timeToken(word, g);
  if (g.zone) return zoneToken(m[0], g);
  if (g.rel) return { kind: 'rel', days: word === 'today' ? 0 : 1 };
  if (g.morning) return { kind: 'morning' };
  return { kind: 'prep', before: word === 'before' };
}

function timeToken(word: string, g: Record<string, string | undefined>): DeadlineToken | null {
  if (word === 'noon' || word === 'midday') return { kind: 'time', minutes: 720 };
  if (word === 'midnight') return { kind: 'time', minutes: 1440 };
  if (g.h12 !== undefined) {
    const h = Number(g.h12);
    if (h < 1 || h > 12) return null;
    const pm = g.ap!.toLowerCase() === 'p';
    return { kind: 'time', minutes: ((h % 12) + (pm ? 12 : 0)) * 60 + Number(g.m12 ?? 0) };
  }
  const minutes = Number(g.h24) * 60 + Number(g.m24);
  return minutes > 1440 ? null : { kind: 'time', minutes };
}

function zoneToken(text: string, g: Record<string, string | undefined>): DeadlineToken | null {
  if (g.sign) {
    const minutes = Number(g.oh) * 60 + Number(g.om ?? 0);
    if (minutes > 14 * 60) return null;
    return { kind: 'zone', zone: fixedZone(g.sign === '+' ? minutes : -minutes) };
  }
  // Lower-case "pt", "et", "mt" are ordinary words; only capitals name a zone (utc/gmt excepted).
  const upper = text.toUpperCase();
  if (text !== upper && upper !== 'UTC' && upper !== 'GMT') return null;
  const zone = zoneOfAbbreviation(upper);
  return zone ? { kind: 'zone', zone } : null;
}

/** Whether a group says enough to be a deadline ("at 3pm" or "on Friday" alone do not). */
function isDeadline(tokens: DeadlineToken[]): boolean {
  const has = (kind: DeadlineToken['kind']) => tokens.some((t) => t.kind === kind);
  if (has('eod') || has('eow') || has('nextWeek') || has('duration')) return true;
  if (tokens.some((t) => t.kind === 'rel' && t.days === 1)) return true;
  return has('prep') && (has('weekday') || has('time') || has('date') || has('rel') || has('morning'));
}

interface Placed {
  token: DeadlineToken;
  start: number;
  end: number;
}

function toGroup(placed: Placed[]): DeadlineGroup | null {
  // A trailing preposition ("EOD, by") belongs to whatever follows, not to this phrase.
  const parts = placed.length > 1 && placed[placed.length - 1]!.token.kind === 'prep' ? placed.slice(0, -1) : placed;
  const tokens = parts.map((p) => p.token);
  if (!isDeadline(tokens)) return null;
  return { start: parts[0]!.start, end: parts[parts.length - 1]!.end, tokens };
}

/** Deadline phrases in `text`, in order, each with its UTF-16 span and tokens. */
export function findDeadlineGroups(text: string): DeadlineGroup[] {
  const groups: DeadlineGroup[] = [];
  let current: Placed[] = [];
  const close = () => {
    const group = current.length > 0 ? toGroup(current) : null;
    if (group) groups.push(group);
  };
  for (const m of text.matchAll((tokenPattern ??= buildTokenPattern()))) {
    const token = toToken(m);
    if (!token) continue;
    const placed = { token, start: m.index, end: m.index + m[0].length };
    const last = current[current.length - 1];
    const joins =
      last !== undefined &&
      GAP.test(text.slice(last.end, placed.start)) &&
      token.kind !== 'duration' &&
      !current.some((p) => p.token.kind === token.kind || p.token.kind === 'duration');
    if (joins) {
      current.push(placed);
    } else {
      close();
      current = [placed];
    }
  }
  close();
  return groups;
}
