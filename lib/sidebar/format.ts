// Small clock phrases for the sidebar, read on a zone's wall clock through lib/schedule (real tz rules).
import { cityOf, formatLocalTime, type LocalNow } from '../schedule';

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

/** '09:14 Tue · working', '23:10 Mon · off until Tue 09:00', '10:00 Wed · out of office until Mon 09:00'. */
export function localStatus(local: LocalNow, zone: string): string {
  const here = `${local.time} ${capital(local.weekday)}`;
  if (local.working) return `${here} · working`;
  const state = local.outOfOffice ? 'out of office' : 'off';
  if (local.nextChange === undefined) return `${here} · ${state}, not in within 14 days`;
  return `${here} · ${state} until ${dayClock(local.nextChange, zone)}`;
}

/** 'Berlin (CET)' style place label for a recipient row. */
export function placeLabel(zone: string, offsetLabel: string): string {
  const city = cityOf(zone);
  return city === offsetLabel ? city : `${city} · ${offsetLabel}`;
}
