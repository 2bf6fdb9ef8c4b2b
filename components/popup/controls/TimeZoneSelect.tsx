// A time-zone picker: the detected zone first, then every IANA zone the platform knows.
import { useMemo } from 'preact/hooks';
import { detectTimeZone } from '../../../lib/records/defaults';
import { supportedTimeZones } from '../../../lib/time';

let allZones: string[] | undefined;

/** Every IANA zone the platform supports (cached; UTC included). */
export function supportedZones(): string[] {
  allZones ??= supportedTimeZones();
  return allZones;
}

const label = (zone: string) => zone.replaceAll('_', ' ');

export interface TimeZoneSelectProps {
  id: string;
  value: string;
  onChange: (zone: string) => void;
  /** The zone to offer first; defaults to the platform's. */
  detected?: string;
  /** aria-invalid / aria-describedby when the form has a problem with the zone. */
  invalid?: Record<string, string | boolean>;
}

/** A native <select> (type-ahead, keyboard friendly) with the detected zone on top. */
export function TimeZoneSelect({ id, value, onChange, detected = detectTimeZone(), invalid }: TimeZoneSelectProps) {
  const others = useMemo(() => {
    const zones = supportedZones().filter((z) => z !== detected);
    // A stored zone the platform does not list (an alias such as Asia/Calcutta) stays selectable.
    return value !== detected && !zones.includes(value) ? [value, ...zones] : zones;
  }, [detected, value]);
  return (
    <select id={id} class="input" value={value} {...invalid} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
      <optgroup label="Detected">
        <option value={detected}>{label(detected)}</option>
      </optgroup>
      <optgroup label="All time zones">
        {others.map((z) => (
          <option key={z} value={z}>
            {label(z)}
          </option>
        ))}
      </optgroup>
    </select>
  );
}
