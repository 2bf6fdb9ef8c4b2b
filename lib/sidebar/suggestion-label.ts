// The suggestion in words: 'Send now', 'Schedule for 15:00 today (in 3 hours)', 'Schedule for
// Thu 10 Dec, 09:00 Berlin = 08:00 your time (in 6 days)', or why it is now despite the hours.
import { cityOf, dayDateOf, howFar, localNow, type Person, type SendPlan } from '../schedule';
import { clockIn } from './format';

const MINUTE = 60_000;

/** 'Thu 10 Dec' of t in zone, or 'today' when that is the day of `now` there. */
function dayWord(t: number, zone: string, now: number): string {
  const day = dayDateOf(t, zone);
  return day === dayDateOf(now, zone) ? 'today' : day;
}

/** 'Priya', 'Priya and Dana', 'Priya, Dana and 2 others'. */
function listNames(people: Person[]): string {
  const names = people.map((p) => p.name || p.id);
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, 2).join(', ')} and ${names.length - 2} other${names.length === 3 ? '' : 's'}`;
}

/** Why it is 'now' when the clock alone would say wait: the deadline, or nobody in hours for 14 days. */
function nowLabel(plan: SendPlan, recipients: Person[], now: number): string {
  const asked = recipients.filter((p) => plan.targets.includes(p.id));
  if (plan.why === 'deadline-passed') return 'Send now: your deadline has already passed';
  if (plan.why === 'nobody-in-window') return 'Send now: nobody is in working hours in the next 14 days';
  if (plan.why !== 'nobody-before-deadline') return 'Send now';
  if (asked.length === 1) {
    const only = asked[0]!;
    const local = localNow(only, now);
    const away = local.outOfOffice && (local.nextChange === undefined || local.nextChange >= plan.deadline!);
    return `${only.name || only.id} ${away ? 'is out of office until after' : 'starts after'} your deadline: send now so it is waiting for them`;
  }
  const who = asked.length === recipients.length ? listNames(asked) : `${listNames(asked)} (who you asked)`;
  return `Nobody of ${who} starts before your deadline: send now so it is waiting for them`;
}

/**
 * Names the moment on the clock of the person it waits for (the first of the people asked whose
 * hours start then), because "09:00 Berlin" explains a wait better than the sender's midnight does;
 * always with the day and date unless it is today for the sender, and how far away it is.
 */
export function suggestionLabel(plan: SendPlan, recipients: Person[], senderTimeZone: string, now: number): string {
  const at = plan.suggestion.at;
  if (at === 'now') return nowLabel(plan, recipients, now);
  const inHours = recipients.filter((p) => plan.suggestion.inHours.includes(p.id));
  const asked = inHours.filter((p) => plan.targets.includes(p.id));
  const pool = asked.length > 0 ? asked : inHours;
  const anchor = pool.find((p) => !localNow(p, at - MINUTE).working) ?? pool[0];
  const far = howFar(now, at, senderTimeZone);
  const myDay = dayWord(at, senderTimeZone, now);
  const mine = myDay === 'today' ? `${clockIn(at, senderTimeZone)} your time today` : `${myDay}, ${clockIn(at, senderTimeZone)} your time`;
  const sameClock = anchor && clockIn(at, anchor.timeZone) === clockIn(at, senderTimeZone) && dayDateOf(at, anchor.timeZone) === dayDateOf(at, senderTimeZone);
  if (!anchor || sameClock) return `Schedule for ${mine} (${far})`;
  const theirDay = dayDateOf(at, anchor.timeZone);
  const theirs = `${clockIn(at, anchor.timeZone)} ${cityOf(anchor.timeZone)}`;
  if (theirDay === dayDateOf(at, senderTimeZone)) {
    // Same date on both clocks: the date once, on their side.
    const date = myDay === 'today' ? '' : `${theirDay}, `;
    return `Schedule for ${date}${theirs} = ${clockIn(at, senderTimeZone)} your time${myDay === 'today' ? ' today' : ''} (${far})`;
  }
  return `Schedule for ${theirDay}, ${theirs} = ${mine} (${far})`;
}
