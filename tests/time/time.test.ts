// The one time-zone module: abbreviations both ways, modern names, validity and 'HH:MM' parsing.
import { describe, expect, it, vi } from 'vitest';
import { findDeadlineGroups } from '../../lib/schedule/deadline-tokens';
import { resolveDeadline } from '../../lib/schedule';
import { macros } from '../../lib/analysis/rules/en/macros';
import {
  ZONE_ABBREVIATIONS,
  canonicalTimeZone,
  cityOf,
  clockProblem,
  isValidTimeZone,
  parseClock,
  supportedTimeZones,
  zoneAbbreviation,
  zoneOfAbbreviation,
} from '../../lib/time';

describe('zone abbreviations', () => {
  it('every abbreviation names a zone the platform knows', () => {
    for (const [abbr, zone] of Object.entries(ZONE_ABBREVIATIONS)) expect(isValidTimeZone(zone), abbr).toBe(true);
  });

  it('the pattern tries longer abbreviations first ("CEST" before "CET"), ties alphabetically', () => {
    const listed = macros.ZONE_ABBR!.slice(3, -1).split('|');
    expect(listed.slice().sort()).toEqual(Object.keys(ZONE_ABBREVIATIONS).sort());
    const order = (a: string, b: string) => b.length - a.length || a.localeCompare(b, 'en');
    expect(listed).toEqual(listed.slice().sort(order));
    expect(new RegExp(`^${macros.ZONE_ABBR}`).exec('CEST')?.[0]).toBe('CEST');
  });

  it('the analysis rules and the deadline resolver read the same list', () => {
    for (const abbr of Object.keys(ZONE_ABBREVIATIONS)) {
      expect(new RegExp(`^${macros.ZONE_ABBR}$`).test(abbr), abbr).toBe(true);
      const groups = findDeadlineGroups(`by Friday 17:00 ${abbr}`);
      expect(groups[0]?.tokens.some((t) => t.kind === 'zone' && t.zone === zoneOfAbbreviation(abbr)), abbr).toBe(true);
    }
  });

  // Thu 2026-12-03 12:00 UTC; "by Friday 17:00 X" is Fri 2026-12-04 17:00 on X's clock.
  const now = Date.UTC(2026, 11, 3, 12);
  const berlin = { timeZone: 'Europe/Berlin' };
  it.each([
    ['SAST', Date.UTC(2026, 11, 4, 15)], // UTC+2 (Berlin would be 16:00 UTC, an hour off)
    ['HST', Date.UTC(2026, 11, 5, 3)], // UTC-10 (eleven hours from Berlin)
    ['AKST', Date.UTC(2026, 11, 5, 2)], // UTC-9
    ['WIB', Date.UTC(2026, 11, 4, 10)], // UTC+7
    ['NPT', Date.UTC(2026, 11, 4, 11, 15)], // UTC+5:45
  ])('"by Friday 17:00 %s" is read on that zone\'s clock', (abbr, want) => {
    const [d] = resolveDeadline(`please by Friday 17:00 ${abbr}`, now, berlin, []);
    expect(d?.at).toBe(want);
  });

  it('prints letters where a locale has them, else a UTC offset', () => {
    const jan = Date.UTC(2026, 0, 15, 12);
    const jul = Date.UTC(2026, 6, 15, 12);
    expect(zoneAbbreviation('Europe/Berlin', jan)).toBe('CET');
    expect(zoneAbbreviation('Europe/Berlin', jul)).toBe('CEST');
    expect(zoneAbbreviation('Europe/Berlin')).toBe('CET/CEST');
    expect(zoneAbbreviation('Pacific/Honolulu', jan)).toBe('HST');
    expect(zoneAbbreviation('Africa/Johannesburg', jan)).toBe('SAST');
    expect(zoneAbbreviation('Asia/Kolkata', jan)).toBe('IST');
    expect(zoneAbbreviation('Asia/Kathmandu', jan)).toBe('UTC+5:45');
    expect(zoneAbbreviation('+05:30', jan)).toBe('UTC+5:30');
  });

  it('asks locale after locale only until one names the zone (each loads its own data: a woken worker pays for every one)', async () => {
    const Real = Intl.DateTimeFormat;
    const asked: string[] = [];
    const Counting = function (this: unknown, locale?: string, options?: Intl.DateTimeFormatOptions) {
      if (options?.timeZoneName === 'short') asked.push(`${options.timeZone} ${locale}`);
      return new Real(locale, options);
    } as unknown as typeof Intl.DateTimeFormat;
    Intl.DateTimeFormat = Counting;
    try {
      vi.resetModules();
      const fresh = await import('../../lib/time/abbreviations');
      const jan = Date.UTC(2026, 0, 15, 12);
      expect(fresh.zoneAbbreviation('UTC', jan)).toBe('UTC');
      expect(fresh.zoneAbbreviation('America/Chicago', jan)).toBe('CST');
      expect(fresh.zoneAbbreviation('Europe/Berlin', jan)).toBe('CET');
      expect(fresh.zoneAbbreviation('Asia/Kathmandu', jan)).toBe('UTC+5:45');
      expect(asked).toEqual([
        'UTC en-US',
        'America/Chicago en-US',
        'Europe/Berlin en-US',
        'Europe/Berlin en-GB',
        ...['en-US', 'en-GB', 'en-IN', 'en-AU', 'en-CA', 'en-ZA', 'en-SG'].map((l) => `Asia/Kathmandu ${l}`),
      ]);
    } finally {
      Intl.DateTimeFormat = Real;
    }
  });

  it('every letter name we print reads back as a clock that shows that name at the same offset', () => {
    // "AEST" read back is Sydney's wall clock, which shows AEST in July: the offset must match then.
    const seasons = [Date.UTC(2026, 0, 15, 12), Date.UTC(2026, 6, 15, 12)];
    const offset = (z: string, t: number) => new Intl.DateTimeFormat('en-US', { timeZone: z, timeZoneName: 'longOffset' }).format(t).split(' ').pop();
    // The zones our list names, plus places whose names are easy to get wrong.
    const zones = [...new Set([...Object.values(ZONE_ABBREVIATIONS), 'Australia/Brisbane', 'America/Phoenix', 'Europe/Dublin',
      'Europe/Lisbon', 'Asia/Kathmandu', 'America/Halifax', 'America/Argentina/Buenos_Aires', 'Pacific/Guam', 'Asia/Manila'])];
    for (const zone of zones) {
      for (const t of seasons) {
        const name = zoneAbbreviation(zone, t);
        const back = zoneOfAbbreviation(name);
        if (!back || ['IST', 'CST', 'BST', 'GMT'].includes(name)) continue; // names shared by several regions
        const same = seasons.some((u) => zoneAbbreviation(back, u) === name && offset(back, u) === offset(zone, t));
        expect(same, `${zone} printed as ${name}`).toBe(true);
      }
    }
  });
});

describe('zone names', () => {
  it('canonical names are the modern ones, whatever ICU resolves to', () => {
    expect(canonicalTimeZone('asia/calcutta')).toBe('Asia/Kolkata');
    expect(canonicalTimeZone('Asia/Kolkata')).toBe('Asia/Kolkata');
    expect(canonicalTimeZone('Asia/Katmandu')).toBe('Asia/Kathmandu');
    expect(canonicalTimeZone('europe/kiev')).toBe('Europe/Kyiv');
    expect(canonicalTimeZone('europe/berlin')).toBe('Europe/Berlin');
    expect(canonicalTimeZone('Mars/Olympus')).toBeNull();
    expect(canonicalTimeZone('+05:30')).toBeNull();
    expect(cityOf('Asia/Calcutta')).toBe('Kolkata');
    expect(cityOf('America/Los_Angeles')).toBe('Los Angeles');
  });

  it('the platform list offers modern names only, each valid', () => {
    const zones = supportedTimeZones();
    expect(zones).toContain('Asia/Kolkata');
    expect(zones).toContain('Asia/Kathmandu');
    expect(zones).toContain('UTC');
    expect(zones).not.toContain('Asia/Calcutta');
    expect(zones.every((z) => isValidTimeZone(z))).toBe(true);
  });
});

describe('HH:MM', () => {
  it.each([
    ['00:00', false, 0],
    ['09:30', false, 570],
    ['23:59', false, 1439],
    ['24:00', true, 1440],
    ['24:00', false, null],
    ['9:30', false, null],
    ['09:60', false, null],
    ['25:00', true, null],
    [' 09:00', false, null],
    [900, false, null],
  ] as const)('parseClock(%j, allow24 %s) = %s', (text, allow24, want) => {
    expect(parseClock(text, allow24)).toBe(want);
  });

  it('says what is wrong in words', () => {
    expect(clockProblem('9am')).toBe("'9am' is not a time between 00:00 and 23:59 (HH:MM)");
    expect(clockProblem('24:00', true)).toBeUndefined();
  });
});
