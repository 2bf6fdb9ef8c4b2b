// Shows deadlines that were already placed in time on every clock: the sender's, and each recipient's,
// so a deadline that lands outside someone's hours is visible. Reading deadline phrases out of a
// draft is resolve-deadline.ts, which runs in the background; this half is what the send-time card
// needs in the page, and its work grows with the deadlines and recipients, never with the text.
import { DAY, MINUTE, dayOf, formatClock, weekdayShort } from './calendar';
import { zoneAbbreviation } from '../time';
import { wallClock, formatLabel } from './format-label';
import type { Person } from './types';
import { compilePerson, isOutOfOffice } from './validate-person';
import { isWorkingAt } from './working-intervals';
import { buildTimeline, toLocal } from './zone-timeline';

/** The card lists at most this many of a draft's deadlines, the first ones in the text (the ones a reader acts on). */
export const MAX_DEADLINES_SHOWN = 3;

/** A deadline phrase of a draft, placed in time (what the background answers with a draft's analysis). */
export interface FoundDeadline {
  phrase: string;
  span: [start: number, end: number]; // UTF-16 offsets in the text
  at: number; // epoch ms
}

export interface RecipientDeadline {
  id: string;
  name: string;
  local: string; // 'Thu 08:00 PST'
  outsideHours: boolean; // they are not working in the minute before the deadline
  outOfOffice: boolean; // that minute falls on one of their out-of-office days
}

export interface ResolvedDeadline extends FoundDeadline {
  sender: string; // 'Thu 17:00 CET'
  perRecipient: RecipientDeadline[];
  summary: string; // 'by 17:00 Thu CET = 08:00 Thu PST'
}

/**
 * Each deadline on the sender's clock (`senderTimeZone`) and on every recipient's. Throws a
 * ScheduleInputError naming the person when a recipient's zone or hours are invalid.
 */
export function describeDeadlines(
  found: readonly FoundDeadline[],
  senderTimeZone: string,
  recipients: readonly Person[],
): ResolvedDeadline[] {
  const people = recipients.map(compilePerson);
  return found.map(({ phrase, span, at }) => {
    const short = (zone: string) => {
      const { day, minute } = wallClock(at, zone);
      return `${formatClock(minute)} ${weekdayShort(day)} ${zoneAbbreviation(zone, at)}`;
    };
    const senderShort = short(senderTimeZone);
    const perRecipient = people.map((p): RecipientDeadline => {
      const zone = p.person.timeZone;
      const segments = buildTimeline(zone, at - 2 * DAY, at + 2 * DAY);
      // The minute before the deadline is the last one they could work on it.
      const last = at - MINUTE;
      return {
        id: p.person.id,
        name: p.person.name,
        local: formatLabel(at, zone),
        outsideHours: !isWorkingAt(p, segments, last),
        outOfOffice: isOutOfOffice(p, dayOf(toLocal(last, segments))),
      };
    });
    const others = [...new Set(people.map((p) => short(p.person.timeZone)))].filter((s) => s !== senderShort);
    return {
      phrase,
      span: [span[0], span[1]],
      at,
      sender: formatLabel(at, senderTimeZone),
      perRecipient,
      summary: ['by ' + senderShort, ...others].join(' = '),
    };
  });
}
