// suggestSendTime (lib/schedule/README.md, rule v2): the earliest minute before the deadline (or within 14
// days) at which the most of the people asked are inside their working hours.
import { DAY, MINUTE, WINDOW_DAYS } from './calendar';
import { ScheduleInputError } from './schedule-input-error';
import { deadlineReasons, sendReasons, urgentReasons } from './send-reasons';
import { earliestMaxOverlap } from './sweep';
import type { SendSuggestion, SendTimeInput } from './types';
import { compilePerson } from './validate-person';
import { intervalAt, planPeople, type Interval, type PersonPlan } from './working-intervals';
import { isValidTimeZone } from '../time';

/** The contract input plus an optional zone in which to phrase the sending moment (default UTC). */
export interface SuggestSendTimeInput extends SendTimeInput {
  senderTimeZone?: string;
}

/**
 * Why the suggestion is what it is, for surfaces that phrase it: 'later' (a moment reaches more of
 * the targets than now), 'now' (now already does), 'urgent', 'no-recipients', 'nobody-in-window'
 * (no target in hours in 14 days), 'nobody-before-deadline', 'deadline-passed'.
 */
export type SendWhy = 'later' | 'now' | 'urgent' | 'no-recipients' | 'nobody-in-window' | 'nobody-before-deadline' | 'deadline-passed';

export interface SendPlan {
  suggestion: SendSuggestion;
  why: SendWhy;
  /** Ids of the recipients the timing serves: the owners among them, else everyone. */
  targets: string[];
  /** Whether `targets` came from `owners` (false when everyone is a target). */
  targeted: boolean;
  /** The deadline, when one was given. */
  deadline?: number;
}

function checkInput(input: SuggestSendTimeInput): void {
  const { now, owners, deadline } = input;
  if (!Number.isFinite(now)) throw new RangeError(`suggestSendTime: now must be epoch ms, got ${String(now)}`);
  if (deadline !== undefined && !Number.isFinite(deadline)) {
    throw new RangeError(`suggestSendTime: deadline must be epoch ms, got ${String(deadline)}`);
  }
  if (owners !== undefined && (!Array.isArray(owners) || owners.some((o) => typeof o !== 'string'))) {
    throw new TypeError('suggestSendTime: owners must be an array of recipient ids (strings)');
  }
}

/** suggestSendTime with the reason class and targets, for the card's wording. */
export function planSendTime(input: SuggestSendTimeInput): SendPlan {
  checkInput(input);
  const { now, recipients, urgency, owners, deadline } = input;
  const senderZone = input.senderTimeZone ?? 'UTC';
  if (!isValidTimeZone(senderZone)) {
    throw new ScheduleInputError('', 'senderTimeZone', `senderTimeZone '${senderZone}' is not a valid IANA time zone`);
  }
  // Validate everyone first: bad data must fail loudly even when the answer would be 'now' anyway.
  const people = recipients.map(compilePerson);
  const base = deadline === undefined ? {} : { deadline };
  if (people.length === 0) {
    const suggestion: SendSuggestion = { at: 'now', inHours: [], reasons: ['No recipients yet, so there is nobody to wait for: send now.'] };
    return { suggestion, why: 'no-recipients', targets: [], targeted: false, ...base };
  }
  const ids = new Set(people.map((p) => p.person.id));
  const named = [...new Set(owners ?? [])].filter((id) => ids.has(id));
  const targeted = named.length > 0;
  const targets = targeted ? named : [...ids];
  const horizon = now + WINDOW_DAYS * DAY;
  const end = deadline === undefined ? horizon : Math.min(deadline, horizon);
  const plans = planPeople(people, now, horizon);
  const inHoursAt = (t: number) => plans.filter((x) => intervalAt(x.intervals, t)).map((x) => x.p.person.id);
  const targetPlans = plans.filter((x) => targets.includes(x.p.person.id));
  const ctx = { plans, targets: targetPlans, targeted, now, senderZone, ...base };
  const plan = (why: SendWhy, at: 'now' | number, reasons: string[]): SendPlan => ({
    suggestion: { at, inHours: inHoursAt(at === 'now' ? now : at), reasons },
    why, targets, targeted, ...base,
  });

  if (urgency === 'urgent') return plan('urgent', 'now', urgentReasons(plans, now));
  if (deadline !== undefined && deadline <= now) return plan('deadline-passed', 'now', deadlineReasons(ctx, 'passed'));
  const { max, at } = earliestMaxOverlap(targetPlans.map((x) => clip(x, end)));
  if (max === 0) {
    const why = end < horizon ? 'nobody-before-deadline' : 'nobody-in-window';
    return plan(why, 'now', deadlineReasons(ctx, why === 'nobody-before-deadline' ? 'unreachable' : 'nobody'));
  }
  if (at <= now) return plan('now', 'now', sendReasons(ctx, now, end < horizon));
  // Interval starts fall on whole minutes for every current zone; the ceil only guards odd data.
  const moment = Math.ceil(at / MINUTE) * MINUTE;
  const result = plan('later', moment, sendReasons(ctx, moment, end < horizon));
  const waitingNow = inHoursAt(now).filter((id) => targets.includes(id));
  if (urgency === 'same-day' && waitingNow.length > 0 && moment - now > 4 * 60 * MINUTE) {
    const names = targetPlans.filter((x) => waitingNow.includes(x.p.person.id)).map((x) => x.p.label);
    result.suggestion.reasons.push(`It is a same-day blocker: if it cannot wait, ${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} working now.`);
  }
  return result;
}

/** A person's working intervals cut off at `end` (the deadline or the 14-day horizon). */
function clip(plan: PersonPlan, end: number): Interval[] {
  const out: Interval[] = [];
  for (const [a, b] of plan.intervals) if (a < end) out.push([a, Math.min(b, end)]);
  return out;
}

/** When to send so the people asked read it in their working hours, before the deadline (lib/schedule/README.md). */
export function suggestSendTime(input: SuggestSendTimeInput): SendSuggestion {
  return planSendTime(input).suggestion;
}
