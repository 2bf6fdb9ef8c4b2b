// Time zones and wall-clock times, once: validity, modern names, offsets, abbreviations, 'HH:MM'.
export {
  canonicalTimeZone,
  cityOf,
  fixedZone,
  isValidTimeZone,
  modernZoneName,
  offsetAt,
  supportedTimeZones,
  validZone,
} from './zone';
export {
  ZONE_ABBREVIATIONS,
  ZONE_ABBREVIATION_PATTERN,
  zoneAbbreviation,
  zoneOfAbbreviation,
} from './abbreviations';
export { clockProblem, formatClock, parseClock } from './clock';
