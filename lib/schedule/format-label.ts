// Human labels for instants and zones: 'Mon 09:00 CET', '09:00 Mon', 'Berlin'.
import { dayOf, formatClock, minuteOfDay, weekdayShort } from './calendar';
import { isFixedZone, offsetAt } from './zone-offset';

// en-US names only US zones; the other English locales fill in the rest (CET, BST, IST, AEST, NST).
const LOCALES = ['en-US', 'en-GB', 'en-IN', 'en-AU', 'en-CA'];
const nameFormatters = new Map<string, Intl.DateTimeFormat>();
const abbreviations = new Map<string, string>();

function shortName(locale: string, zone: string, t: number): string {
  const key = `${locale}|${zone}`;
  let f = nameFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' });
    nameFormatters.set(key, f);
  }
  return f.formatToParts(t).find((p) => p.type === 'timeZoneName')?.value ?? '';
}

function offsetLabel(offsetMs: number): string {
  const minutes = Math.round(offsetMs / 60_000);
  if (minutes === 0) return 'UTC';
  const abs = Math.abs(minutes);
  const mm = abs % 60 ? `:${String(abs % 60).padStart(2, '0')}` : '';
  return `UTC${minutes < 0 ? '-' : '+'}${Math.floor(abs / 60)}${mm}`;
}

/** Short zone name at instant t: 'CET', 'CEST', 'PST', 'IST', else 'GMT+5:45'. Fixed offsets give 'UTC+5:30'. */
export function zoneAbbreviation(t: number, zone: string): string {
  const offset = offsetAt(zone, t);
  if (isFixedZone(zone)) return offsetLabel(offset);
  // Names change only with the offset, so (zone, offset) is a sound cache key.
  const key = `${zone}|${offset}`;
  const cached = abbreviations.get(key);
  if (cached !== undefined) return cached;
  let label = '';
  for (const locale of LOCALES) {
    const name = shortName(locale, zone, t);
    if (!label) label = name;
    if (!/^GMT[+\-\u2212]/.test(name)) {
      label = name;
      break;
    }
  }
  abbreviations.set(key, label);
  return label;
}

/** 'HH:MM' and the day number of instant t on the zone's wall clock. */
export function wallClock(t: number, zone: string): { day: number; minute: number } {
  const local = t + offsetAt(zone, t);
  return { day: dayOf(local), minute: minuteOfDay(local) };
}

/** 'Mon 09:00 CET': weekday, 24-hour time and short zone name of instant t in `zone`. */
export function formatLabel(t: number, zone: string): string {
  const { day, minute } = wallClock(t, zone);
  return `${weekdayShort(day)} ${formatClock(minute)} ${zoneAbbreviation(t, zone)}`;
}

/** '09:00 Mon': a recipient's local time, for sentences that already say whose clock it is. */
export function formatLocalTime(t: number, zone: string): string {
  const { day, minute } = wallClock(t, zone);
  return `${formatClock(minute)} ${weekdayShort(day)}`;
}

/** City part of an IANA name: 'America/Los_Angeles' → 'Los Angeles'; 'UTC' stays 'UTC'. */
export function cityOf(zone: string): string {
  return (zone.split('/').pop() ?? zone).replaceAll('_', ' ');
}
