// Zone abbreviations, both ways: what people type in chat ("17:00 SAST") read as a region's wall
// clock, and the short name we print for a zone at an instant ("CEST", "UTC+5:45").
import { isFixedZone, offsetAt } from './zone';

// Abbreviations name a region's wall clock, not a fixed offset: "15:00 CET" written in July means
// Central European time as the clocks show it (CEST), which is what the writer meant. Only the
// abbreviations that are not also common English words (no CAT, EAT, ART, WAT).
export const ZONE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  UTC: 'UTC', GMT: 'UTC', WET: 'Europe/Lisbon', WEST: 'Europe/Lisbon', BST: 'Europe/London',
  CET: 'Europe/Berlin', CEST: 'Europe/Berlin', EET: 'Europe/Helsinki', EEST: 'Europe/Helsinki',
  MSK: 'Europe/Moscow', SAST: 'Africa/Johannesburg', IST: 'Asia/Kolkata', PKT: 'Asia/Karachi',
  NPT: 'Asia/Kathmandu', ICT: 'Asia/Bangkok', WIB: 'Asia/Jakarta', SGT: 'Asia/Singapore',
  HKT: 'Asia/Hong_Kong', PHT: 'Asia/Manila', JST: 'Asia/Tokyo', KST: 'Asia/Seoul',
  AEST: 'Australia/Sydney', AEDT: 'Australia/Sydney', AET: 'Australia/Sydney', ACST: 'Australia/Adelaide',
  ACDT: 'Australia/Adelaide', AWST: 'Australia/Perth', NZST: 'Pacific/Auckland', NZDT: 'Pacific/Auckland',
  BRT: 'America/Sao_Paulo', ET: 'America/New_York', EST: 'America/New_York', EDT: 'America/New_York',
  CT: 'America/Chicago', CST: 'America/Chicago', CDT: 'America/Chicago',
  MT: 'America/Denver', MST: 'America/Denver', MDT: 'America/Denver',
  PT: 'America/Los_Angeles', PST: 'America/Los_Angeles', PDT: 'America/Los_Angeles',
  AKST: 'America/Anchorage', AKDT: 'America/Anchorage', HST: 'Pacific/Honolulu',
};

/**
 * The abbreviations as one regex alternation, longest first ("CEST" before "CET"), for text rules. Ties in
 * code-unit order (the same as alphabetical for these capitals): localeCompare would start the ICU collator
 * while the worker loads its script, several milliseconds on every start, for nothing.
 */
export const ZONE_ABBREVIATION_PATTERN = `(?:${Object.keys(ZONE_ABBREVIATIONS)
  .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  .join('|')})`;

/** The IANA zone an abbreviation names ('SAST' → 'Africa/Johannesburg'), case-insensitive; undefined when unknown. */
export function zoneOfAbbreviation(abbreviation: string): string | undefined {
  return ZONE_ABBREVIATIONS[abbreviation.toUpperCase()];
}

// en-US names only US zones; the other English locales fill in the rest (CET, BST, IST, AEST, SAST, SGT).
const LOCALES = ['en-US', 'en-GB', 'en-IN', 'en-AU', 'en-CA', 'en-ZA', 'en-SG'];
const LETTERS = /^[A-Z]{2,5}$/;
// Reference instants for a name without a moment: mid-January and mid-July (both DST states).
const WINTER = Date.UTC(2025, 0, 15, 12);
const SUMMER = Date.UTC(2025, 6, 15, 12);
const nameFormatters = new Map<string, Intl.DateTimeFormat>();
const byOffset = new Map<string, string>();
const seasonal = new Map<string, string>();

function shortName(locale: string, zone: string, t: number): string {
  const key = `${locale}|${zone}`;
  let f = nameFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' });
    nameFormatters.set(key, f);
  }
  return f.formatToParts(t).find((p) => p.type === 'timeZoneName')?.value ?? '';
}

/** 'UTC', 'UTC+5:45', 'UTC-3' for an offset: engineers write offsets as UTC more often than GMT. */
export function offsetLabel(offsetMs: number): string {
  const minutes = Math.round(offsetMs / 60_000);
  if (minutes === 0) return 'UTC';
  const abs = Math.abs(minutes);
  const mm = abs % 60 ? `:${String(abs % 60).padStart(2, '0')}` : '';
  return `UTC${minutes < 0 ? '-' : '+'}${Math.floor(abs / 60)}${mm}`;
}

function abbreviationAt(zone: string, t: number): string {
  const offset = offsetAt(zone, t);
  if (isFixedZone(zone)) return offsetLabel(offset);
  // Names change only with the offset, so (zone, offset) is a sound cache key.
  const key = `${zone}|${offset}`;
  let label = byOffset.get(key);
  if (label === undefined) {
    // Locale by locale, stopping at the first that names it: each locale's formatter loads that locale's
    // data (in a woken worker, a millisecond or more each), and en-US alone names UTC and the US zones.
    for (const locale of LOCALES) {
      const name = shortName(locale, zone, t);
      if (LETTERS.test(name)) {
        label = name;
        break;
      }
    }
    label ??= offsetLabel(offset);
    byOffset.set(key, label);
  }
  return label;
}

/**
 * Short zone name as people write it: 'CET', 'PDT', 'IST', else 'UTC+5:45'. At instant `at` when
 * given; without it both seasonal names when they differ ('CET/CEST'), so text is never wrong in summer.
 */
export function zoneAbbreviation(zone: string, at?: number): string {
  if (typeof at === 'number' && Number.isFinite(at) && Math.abs(at) <= 8.64e15) return abbreviationAt(zone, at);
  let name = seasonal.get(zone);
  if (name === undefined) {
    const winter = abbreviationAt(zone, WINTER);
    const summer = abbreviationAt(zone, SUMMER);
    name = winter === summer ? winter : `${winter}/${summer}`;
    seasonal.set(zone, name);
  }
  return name;
}
