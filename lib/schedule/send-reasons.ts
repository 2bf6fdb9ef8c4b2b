// Sentences explaining a send-time suggestion the way a teammate would.
import { dayOf, formatDay } from './calendar';
import { cityOf, formatLabel, formatLocalTime } from './format-label';
import { isOutOfOffice, outOfOfficeThrough } from './validate-person';
import { intervalAt, type PersonPlan } from './working-intervals';
import { toLocal } from './zone-timeline';

const MAX_LISTED = 4;

/** 'Ana (Berlin)'. */
export function who(plan: PersonPlan): string {
  return `${plan.p.label} (${cityOf(plan.p.person.timeZone)})`;
}

/** Why a person is not reachable at `moment`, with when they are next in. */
export function absentReason(plan: PersonPlan, moment: number): string {
  const zone = plan.p.person.timeZone;
  const day = dayOf(toLocal(moment, plan.segments));
  if (isOutOfOffice(plan.p, day)) {
    return `${who(plan)} is out of office through ${formatDay(outOfOfficeThrough(plan.p, day))}`;
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

/** Reasons for a non-urgent suggestion: who is in and how, then who is not and why. */
export function sendReasons(plans: PersonPlan[], now: number, moment: number, senderZone: string): string[] {
  const present = plans.filter((x) => intervalAt(x.intervals, moment));
  const absent = plans.filter((x) => !intervalAt(x.intervals, moment));
  // People who start later explain the wait best, so they are listed first.
  const clauses = present
    .map((x) => presentClause(x, now, moment))
    .sort((a, b) => Number(b.starts) - Number(a.starts))
    .map((c) => c.text);
  const listed = clauses.slice(0, MAX_LISTED);
  if (clauses.length > MAX_LISTED) listed.push(`${clauses.length - MAX_LISTED} more are in hours`);
  const sending = moment === now ? 'sending now' : `sending ${formatLabel(moment, senderZone)}`;
  let summary = `${sending} reaches ${reach(present.length, plans.length)} in their hours`;
  if (absent.length > 0) summary += ', the most who are ever in hours together in the next 14 days';
  return [`${[...listed, summary].join('; ')}.`, ...absent.map((x) => `${absentReason(x, moment)}.`)];
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
