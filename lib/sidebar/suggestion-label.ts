// The suggestion in words: "Send now" or "Schedule for Mon 09:00 Berlin = 00:00 your time".
import { cityOf, localNow, type Person, type SendSuggestion } from '../schedule';
import { clockIn, dayClock } from './format';

const MINUTE = 60_000;

/**
 * Names the moment on the clock of the person it waits for (the first recipient whose hours start
 * then), because "09:00 Berlin" explains a wait better than the sender's midnight does.
 */
export function suggestionLabel(suggestion: SendSuggestion, recipients: Person[], senderTimeZone: string): string {
  const at = suggestion.at;
  if (at === 'now') return 'Send now';
  const inHours = recipients.filter((p) => suggestion.inHours.includes(p.id));
  const anchor = inHours.find((p) => !localNow(p, at - MINUTE).working) ?? inHours[0] ?? recipients[0];
  const mine = dayClock(at, senderTimeZone);
  if (!anchor || dayClock(at, anchor.timeZone) === mine) return `Schedule for ${mine} your time`;
  const theirs = dayClock(at, anchor.timeZone);
  const sameDay = theirs.slice(0, 3) === mine.slice(0, 3);
  return `Schedule for ${theirs} ${cityOf(anchor.timeZone)} = ${sameDay ? clockIn(at, senderTimeZone) : mine} your time`;
}
