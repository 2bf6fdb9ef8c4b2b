// UTC offsets from the platform's time-zone data (Intl), with one cached formatter per zone.
// Also understands fixed offsets ('+05:30') so deadline phrases like "15:00 UTC+5:30" share the path.

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();
const FIXED = /^([+-])(\d{2}):(\d{2})$/;

function fixedOffset(zone: string): number | null {
  const m = FIXED.exec(zone);
  if (!m) return null;
  const ms = (Number(m[2]) * 60 + Number(m[3])) * 60_000;
  return m[1] === '-' ? -ms : ms;
}

/** A fixed-offset zone string ('+05:30') for an offset in minutes. */
export function fixedZone(offsetMinutes: number): string {
  const abs = Math.abs(offsetMinutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export function isFixedZone(zone: string): boolean {
  return FIXED.test(zone);
}

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = offsetFormatters.get(zone);
  if (!f) {
    // 'longOffset' with a single other field is the cheapest format that still names the offset.
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric', timeZoneName: 'longOffset' });
    offsetFormatters.set(zone, f);
  }
  return f;
}

/** True when Intl knows the IANA zone (fixed offsets are not IANA names and return false). */
export function isValidTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone === '' || isFixedZone(zone)) return false;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

const OFFSET_TEXT = /GMT(?:([+\-\u2212])(\d{2}):(\d{2}))?/;

/** Offset in ms (local = utc + offset) of `zone` at instant `t`. */
export function offsetAt(zone: string, t: number): number {
  const fixed = fixedOffset(zone);
  if (fixed !== null) return fixed;
  const m = OFFSET_TEXT.exec(formatterFor(zone).format(t));
  if (!m || !m[1]) return 0; // plain "GMT"
  const ms = (Number(m[2]) * 60 + Number(m[3])) * 60_000;
  return m[1] === '+' ? ms : -ms;
}
