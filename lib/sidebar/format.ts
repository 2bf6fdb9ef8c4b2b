// Small clock phrases for the sidebar, read on a zone's wall clock through lib/schedule (real tz rules).
import { cityOf, dayDateOf, formatLocalTime, type LocalNow } from '../schedule';

/** 'HH:MM' of instant t on the zone's wall clock. */
export function clockIn(t: number, zone: string): string {
  return formatLocalTime(t, zone).split(' ')[0]!;
}

/** 'Mon 09:00' of instant t on the zone's wall clock. */
export function dayClock(t: number, zone: string): string {
  const [clock, day] = formatLocalTime(t, zone).split(' ');
  return `${day} ${clock}`;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** '09:14 Tue · working', '23:10 Mon · off until Tue 09:00', '10:00 Wed · out of office, back Mon 14 Dec 09:00'. */
export function localStatus(local: LocalNow, zone: string): string {
  const here = `${local.time} ${capital(local.weekday)}`;
  if (local.working) return `${here} · working`;
  if (local.outOfOffice) {
    // Time off ends on a date people plan around: name it.
    if (local.nextChange === undefined) return `${here} · out of office, not back within 14 days`;
    return `${here} · out of office, back ${dayDateOf(local.nextChange, zone)} ${clockIn(local.nextChange, zone)}`;
  }
  if (local.nextChange === undefined) return `${here} · off, not in within 14 days`;
  return `${here} · off until ${dayClock(local.nextChange, zone)}`;
}

/** 'Berlin (CET)' style place label for a recipient row. */
export function placeLabel(zone: string, offsetLabel: string): string {
  const city = cityOf(zone);
  return city === offsetLabel ? city : `${city} · ${offsetLabel}`;
}
