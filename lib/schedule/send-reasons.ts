// Sentences explaining a send-time suggestion the way a teammate would.
import { cityOf } from '../time';
import { dayOf, weekdayIndex } from './calendar';
import { formatDayDate, formatLocalTime, formatWhen } from './format-label';
import { isOutOfOffice, outOfOfficeThrough } from './validate-person';
import { intervalAt, type PersonPlan } from './working-intervals';
import { toLocal } from './zone-timeline';

const MAX_LISTED = 4;

/** What the reasons know about one suggestion. */
export interface ReasonContext {
  plans: PersonPlan[];
  /** The plans the timing serves (the people asked, else everyone). */
  targets: PersonPlan[];
  targeted: boolean;
  now: number;
  senderZone: string;
  deadline?: number;
}

/** 'Ana (Berlin)'. */
export function who(plan: PersonPlan): string {
  return `${plan.p.label} (${cityOf(plan.p.person.timeZone)})`;
}

/** 'Mon 14 Dec' on the person's calendar: their first working day after the out-of-office run holding `day`. */
function backDay(plan: PersonPlan, day: number): string {
  const through = outOfOfficeThrough(plan.p, day);
  for (let d = through + 1; d <= through + 14; d++) {
    if (plan.p.hours[weekdayIndex(d)]!.length > 0 && !isOutOfOffice(plan.p, d)) return formatDayDate(d);
  }
  return formatDayDate(through + 1);
}

/** Why a person is not reachable at `moment`, with when they are next in. */
export function absentReason(plan: PersonPlan, moment: number): string {
  const zone = plan.p.person.timeZone;
  const day = dayOf(toLocal(moment, plan.segments));
  if (isOutOfOffice(plan.p, day)) {
    return `${who(plan)} is out of office through ${formatDayDate(outOfOfficeThrough(plan.p, day))}, back ${backDay(plan, day)}`;
  }
  if (plan.intervals.length === 0) return `${who(plan)} has no working hours in the next 14 days`;
  const next = plan.intervals.find(([a]) => a > moment);
  const when = next ? `next in at ${formatLocalTime(next[0], zone)}` : 'not in again within 14 days';
  return `${who(plan)} is outside working hours then (${formatLocalTime(moment, zone)}); ${when}`;
}

/** How a person present at `moment` got there: already working at `now`, or starting later. */
function presentClause(plan: PersonPlan, now: number, moment: number): { starts: boolean; text: string } {
  const [start] = intervalAt(plan.intervals, moment)!;
  const zone = plan.p.person.timeZone;
  if (start > now) return { starts: true, text: `${who(plan)} starts at ${formatLocalTime(start, zone)}` };
  const text =
    moment === now ? `${who(plan)} is working now (${formatLocalTime(now, zone)})` : `${who(plan)} is already working`;
  return { starts: false, text };
}

function reach(count: number, total: number): string {
  if (total === 1) return 'them';
  if (count < total) return `${count} of ${total}`;
  return total === 2 ? 'both' : `all ${total}`;
}

const names = (plans: PersonPlan[]) => plans.map(who).join(', ');

/** "Your deadline is Fri 11 Dec, 17:00 CET (in 2 days)". */
function deadlineText(ctx: ReasonContext): string {
  return formatWhen(ctx.deadline!, ctx.senderZone, ctx.now);
}

/** Reasons for a non-urgent suggestion at `moment`: who is in and how, then who is not and why. */
export function sendReasons(ctx: ReasonContext, moment: number, beforeDeadline: boolean): string[] {
  const { plans, targets, targeted, now, senderZone } = ctx;
  const isTarget = (x: PersonPlan) => targets.includes(x);
  const present = targets.filter((x) => intervalAt(x.intervals, moment));
  const absent = targets.filter((x) => !intervalAt(x.intervals, moment));
  // People who start later explain the wait best, so they are listed first.
  const clauses = present
    .map((x) => presentClause(x, now, moment))
    .sort((a, b) => Number(b.starts) - Number(a.starts))
    .map((c) => c.text);
  const listed = clauses.slice(0, MAX_LISTED);
  if (clauses.length > MAX_LISTED) listed.push(`${clauses.length - MAX_LISTED} more are in hours`);
  const sending = moment === now ? 'sending now' : `sending ${formatWhen(moment, senderZone, now)}`;
  const whom = targeted && targets.length > 1 ? ' of the people you asked' : '';
  let summary = `${sending} reaches ${reach(present.length, targets.length)}${whom} in their hours`;
  if (absent.length > 0) {
    summary += `, the most who are ever in hours together ${beforeDeadline ? 'before your deadline' : 'in the next 14 days'}`;
  }
  const reasons = [`${[...listed, summary].join('; ')}.`];
  if (targeted) {
    reasons.unshift(`Timed for ${targets.length === 1 ? '' : 'the people you asked, '}${names(targets)}${targets.length === 1 ? ', who you asked' : ''}.`);
  }
  if (ctx.deadline !== undefined) reasons.push(`That is before your deadline, ${deadlineText(ctx)}.`);
  reasons.push(...absent.map((x) => `${absentReason(x, moment)}.`));
  const others = plans.filter((x) => !isTarget(x));
  const othersIn = others.filter((x) => intervalAt(x.intervals, moment));
  if (othersIn.length > 0) reasons.push(`Also in hours then: ${names(othersIn)}.`);
  reasons.push(...others.filter((x) => !othersIn.includes(x)).map((x) => `${absentReason(x, moment)}.`));
  return reasons;
}

/** Reasons for sending now because of the deadline: it has passed, or no target is in hours before it, or in 14 days. */
export function deadlineReasons(ctx: ReasonContext, kind: 'passed' | 'unreachable' | 'nobody'): string[] {
  const { targets, targeted, now } = ctx;
  if (kind === 'passed') {
    return [`Your deadline, ${deadlineText(ctx)}, has already passed: send now, and give a new one if it still matters.`];
  }
  const absent = targets.map((x) => `${absentReason(x, now)}.`);
  if (kind === 'nobody') {
    return ['Nobody is in working hours in the next 14 days, so waiting does not help: send now.', ...absent];
  }
  const subject =
    targets.length === 1 ? `${who(targets[0]!)} is not` : `None of ${targeted ? 'the people you asked' : 'the recipients'} is`;
  return [
    `${subject} in working hours before your deadline, ${deadlineText(ctx)}: send now so it is waiting for them.`,
    ...absent,
  ];
}

/** Reasons for an urgent message: it goes now, and anyone off hours should be paged. */
export function urgentReasons(plans: PersonPlan[], now: number): string[] {
  const reasons = ['Urgent: send now instead of waiting for working hours.'];
  const absent = plans.filter((x) => !intervalAt(x.intervals, now));
  if (absent.length === 0) {
    reasons.push(plans.length === 1 ? `${who(plans[0]!)} is in working hours now.` : 'Everyone is in working hours now.');
    return reasons;
  }
  for (const x of absent) reasons.push(`${absentReason(x, now).replace(' then (', ' now (')}.`);
  reasons.push(
    `A chat message may sit unread off hours: page or call ${absent.length === 1 ? who(absent[0]!) : 'the people off hours'} (or their on-call) as well.`,
  );
  return reasons;
}
