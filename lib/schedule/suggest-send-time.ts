// suggestSendTime (CONTRACT.md §2): the earliest minute in the next 14 days at which the most
// recipients are inside their working hours at once.
import { DAY, MINUTE, WINDOW_DAYS } from './calendar';
import { ScheduleInputError } from './schedule-input-error';
import { absentReason, sendReasons, urgentReasons } from './send-reasons';
import { earliestMaxOverlap } from './sweep';
import type { SendSuggestion, SendTimeInput } from './types';
import { compilePerson } from './validate-person';
import { intervalAt, planPeople } from './working-intervals';
import { isValidTimeZone } from './zone-offset';

/** The contract input plus an optional zone in which to phrase the sending moment (default UTC). */
export interface SuggestSendTimeInput extends SendTimeInput {
  senderTimeZone?: string;
}

/** When to send so the most recipients read it in their working hours (see CONTRACT.md §2). */
export function suggestSendTime(input: SuggestSendTimeInput): SendSuggestion {
  const { now, recipients, urgency } = input;
  if (!Number.isFinite(now)) throw new RangeError(`suggestSendTime: now must be epoch ms, got ${String(now)}`);
  const senderZone = input.senderTimeZone ?? 'UTC';
  if (!isValidTimeZone(senderZone)) {
    throw new ScheduleInputError('', 'senderTimeZone', `senderTimeZone '${senderZone}' is not a valid IANA time zone`);
  }
  // Validate everyone first: bad data must fail loudly even when the answer would be 'now' anyway.
  const people = recipients.map(compilePerson);
  if (people.length === 0) {
    return { at: 'now', inHours: [], reasons: ['No recipients yet, so there is nobody to wait for: send now.'] };
  }
  const plans = planPeople(people, now, now + WINDOW_DAYS * DAY);
  const inHoursAt = (t: number) => plans.filter((x) => intervalAt(x.intervals, t)).map((x) => x.p.person.id);

  if (urgency === 'urgent') return { at: 'now', inHours: inHoursAt(now), reasons: urgentReasons(plans, now) };

  const { max, at } = earliestMaxOverlap(plans.map((x) => x.intervals));
  if (max === 0) {
    return {
      at: 'now',
      inHours: [],
      reasons: [
        'Nobody is in working hours in the next 14 days, so waiting does not help: send now.',
        ...plans.map((x) => `${absentReason(x, now)}.`),
      ],
    };
  }
  if (at <= now) return { at: 'now', inHours: inHoursAt(now), reasons: sendReasons(plans, now, now, senderZone) };
  // Interval starts fall on whole minutes for every current zone; the ceil only guards odd data.
  const moment = Math.ceil(at / MINUTE) * MINUTE;
  const reasons = sendReasons(plans, now, moment, senderZone);
  const waitingNow = inHoursAt(now);
  if (urgency === 'same-day' && waitingNow.length > 0 && moment - now > 4 * 60 * MINUTE) {
    const names = plans.filter((x) => waitingNow.includes(x.p.person.id)).map((x) => x.p.label);
    reasons.push(`It is a same-day blocker: if it cannot wait, ${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} working now.`);
  }
  return { at: moment, inHours: inHoursAt(moment), reasons };
}
