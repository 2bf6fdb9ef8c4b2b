// Time-zone validity, names and UTC offsets from the platform's time-zone data (Intl). Also
// understands fixed offsets ('+05:30') so deadline phrases like "15:00 UTC+5:30" share the path.

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

/** Whether `zone` is a fixed offset such as '+05:30' (not a place, so no daylight saving). */
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
  if (typeof zone !== 'string' || zone === '' || isFixedZone(zone) || !/^[A-Za-z]/.test(zone)) return false;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** The zone if Intl knows it, else `fallback` (UTC): for text that must never throw. */
export function validZone(zone: unknown, fallback = 'UTC'): string {
  return isValidTimeZone(zone) ? zone : fallback;
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

// ICU still canonicalises many zones to their pre-rename spellings (Asia/Kolkata → Asia/Calcutta).
// People know the modern names, so everything we store and show uses them (IANA 'backward' file).
const MODERN: Readonly<Record<string, string>> = {
  'Asia/Calcutta': 'Asia/Kolkata', 'Asia/Katmandu': 'Asia/Kathmandu', 'Europe/Kiev': 'Europe/Kyiv',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh', 'Asia/Rangoon': 'Asia/Yangon', 'America/Godthab': 'America/Nuuk',
  'Asia/Dacca': 'Asia/Dhaka', 'Asia/Thimbu': 'Asia/Thimphu', 'Asia/Ulan_Bator': 'Asia/Ulaanbaatar',
  'Atlantic/Faeroe': 'Atlantic/Faroe', 'Africa/Asmera': 'Africa/Asmara', 'Asia/Macao': 'Asia/Macau',
  'Asia/Ujung_Pandang': 'Asia/Makassar', 'Pacific/Truk': 'Pacific/Chuuk', 'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Enderbury': 'Pacific/Kanton', 'Europe/Uzhgorod': 'Europe/Kyiv', 'Europe/Zaporozhye': 'Europe/Kyiv',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires', 'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Cordoba': 'America/Argentina/Cordoba', 'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Mendoza': 'America/Argentina/Mendoza', 'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Louisville': 'America/Kentucky/Louisville', 'Asia/Chongqing': 'Asia/Shanghai',
  'Asia/Chungking': 'Asia/Shanghai', 'Asia/Harbin': 'Asia/Shanghai', 'Asia/Kashgar': 'Asia/Urumqi',
  'Asia/Tel_Aviv': 'Asia/Jerusalem', 'Asia/Istanbul': 'Europe/Istanbul', 'Europe/Belfast': 'Europe/London',
  'Etc/UTC': 'UTC', 'Etc/GMT': 'UTC', 'Etc/Universal': 'UTC', 'Etc/Zulu': 'UTC', 'GMT': 'UTC', 'Universal': 'UTC', 'Zulu': 'UTC',
};

/** The modern IANA spelling of a zone name ('Asia/Calcutta' → 'Asia/Kolkata'); other names unchanged. */
export function modernZoneName(zone: string): string {
  return MODERN[zone] ?? zone;
}

const canonical = new Map<string, string | null>();

/** The canonical, modern spelling ('asia/calcutta' → 'Asia/Kolkata'), or null when the platform does not know it. */
export function canonicalTimeZone(zone: unknown): string | null {
  if (!isValidTimeZone(zone)) return null;
  let result = canonical.get(zone);
  if (result === undefined) {
    try {
      result = modernZoneName(new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone);
    } catch {
      result = null;
    }
    canonical.set(zone, result);
  }
  return result;
}

/** City part of a zone, in its modern name: 'America/Los_Angeles' → 'Los Angeles', 'Asia/Calcutta' → 'Kolkata'. */
export function cityOf(zone: string): string {
  const name = modernZoneName(zone);
  return (name.split('/').pop() ?? name).replaceAll('_', ' ');
}

let supported: string[] | undefined;

/** Every IANA zone the platform knows, in modern spellings, sorted, UTC included (cached). */
export function supportedTimeZones(): string[] {
  if (!supported) {
    let list: string[] = [];
    try {
      const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'timeZone') => string[] };
      list = typeof intl.supportedValuesOf === 'function' ? intl.supportedValuesOf('timeZone') : [];
    } catch {
      list = [];
    }
    supported = [...new Set([...list.map(modernZoneName), 'UTC'])].sort();
  }
  return supported;
}
