// One-click "Add" for someone not in the directory: pick their zone, confirm.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { supportedTimeZones } from '../../lib/time';
import type { NewPerson } from './types';

interface AddPersonFormProps {
  name: string;
  handle?: string;
  defaultZone: string;
  timeZones?: string[];
  onAdd(person: NewPerson): void;
  onCancel(): void;
}

/** Zones grouped by region ('Europe', 'America', …) so a long list stays scannable by keyboard. */
export function groupZones(zones: string[]): Array<[string, string[]]> {
  const groups = new Map<string, string[]>();
  for (const z of zones) {
    const region = z.includes('/') ? z.slice(0, z.indexOf('/')) : 'Other';
    groups.set(region, [...(groups.get(region) ?? []), z]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/** 'Argentina / Buenos Aires' under the 'America' group: the group already names the region. */
export function zoneOption(zone: string): string {
  const rest = zone.includes('/') ? zone.slice(zone.indexOf('/') + 1) : zone;
  return rest.replaceAll('_', ' ').replaceAll('/', ' / ');
}

function platformZones(): string[] {
  return supportedTimeZones();
}

export function AddPersonForm({ name, handle, defaultZone, timeZones, onAdd, onCancel }: AddPersonFormProps) {
  const [zone, setZone] = useState(defaultZone);
  const select = useRef<HTMLSelectElement>(null);
  // The Add button that opened this form is gone; keep keyboard users where the work is.
  useEffect(() => select.current?.focus(), []);
  const zones = useMemo(() => {
    const list = timeZones ?? platformZones();
    // The sender's zone and UTC are always offered, even where the platform list omits them.
    return [...new Set([...list, defaultZone, 'UTC'])].sort();
  }, [timeZones, defaultZone]);
  const id = `composure-zone-${(handle ?? name).replace(/\W+/g, '-')}`;
  return (
    <form
      class="composure-add"
      data-testid="add-person-form"
      onSubmit={(e) => {
        e.preventDefault();
        onAdd(handle === undefined ? { name, timeZone: zone } : { name, handle, timeZone: zone });
      }}
    >
      <label class="composure-add-label" for={id}>
        {name}’s time zone
      </label>
      <select ref={select} id={id} class="composure-select" data-testid="add-person-zone" value={zone} onChange={(e) => setZone(e.currentTarget.value)}>
        {groupZones(zones).map(([region, list]) => (
          <optgroup key={region} label={region}>
            {list.map((z) => (
              <option key={z} value={z}>
                {zoneOption(z)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <div class="composure-row-actions">
        <button type="submit" class="composure-button composure-button--primary" data-testid="add-person-confirm">
          Add {name.split(' ')[0]}
        </button>
        <button type="button" class="composure-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
