// Response-expectation lines per urgency label, for the sidebar (any label the user picks) and the popup.
import type { Language } from './language';
import { en } from './rules/en';
import { sameDayTime, validNow, validZone, zoneAbbreviation } from './time';
import type { UrgencyLabel } from './types';

/** Default response norm per label (short description the popup shows and lets the user override). */
export const RESPONSE_NORMS: Readonly<Record<UrgencyLabel, string>> = en.texts.norms;

export interface ExpectationOptions {
  now?: number;
  senderTimeZone?: string;
  /** The team's own norm text for this label; replaces the default wording after the label prefix. */
  norm?: string;
  language?: Language;
}

/** "15:00 CET today" when `now` is known and inside working hours, else null. */
export function sameDayDeadline(options: ExpectationOptions): string | null {
  const now = validNow(options.now);
  if (now === undefined) return null;
  const zone = validZone(options.senderTimeZone);
  const time = sameDayTime(zone, now);
  return time === null ? null : `${time} ${zoneAbbreviation(zone, now)} today`;
}

/** An insertable line stating how soon a reply is expected, e.g. "Blocking: need an answer by 15:00 CET today." */
export function expectationLine(label: UrgencyLabel, options: ExpectationOptions = {}): string {
  const texts = (options.language ?? en).texts;
  const sameDay = label === 'same-day' ? sameDayDeadline(options) : null;
  const norm = options.norm?.trim();
  if (norm) {
    const zone = validZone(options.senderTimeZone);
    const filled = norm
      .replace(/\{time\}/g, sameDay ?? texts.endOfDay)
      .replace(/\{zone\}/g, zoneAbbreviation(zone, validNow(options.now)));
    const sentence = /[.!?]$/.test(filled) ? filled : `${filled}.`;
    return `${texts.expectationPrefix[label]}: ${sentence}`;
  }
  if (label === 'same-day') {
    return sameDay ? texts.expectation['same-day'].replace('{sameDay}', sameDay) : texts.expectation['same-day-untimed'];
  }
  return texts.expectation[label];
}
