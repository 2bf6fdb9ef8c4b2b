// Turns deadline phrases ("by Thu 17:00", "EOD", "tomorrow morning") into instants. The send-time
// card gets them from the background with the draft's analysis (findDeadlines), so reading phrases
// out of a long draft never runs on the host page's main thread; describe-deadline.ts then shows each
// on every recipient's clock.
//
// Defaults when a phrase names a day but no time: end of the sender's working day that weekday
// (17:00 if they have no hours then); "morning" and "next week" mean the start (09:00 default).
// An explicit zone ("15:00 PT") is read on that zone's clock and ignores the sender's hours.
import { DAY, MINUTE, dayOf, weekdayIndex } from './calendar';
import { findDeadlineGroups, type DeadlineGroup, type DeadlineToken } from './deadline-tokens';
import { describeDeadlines, type FoundDeadline, type ResolvedDeadline } from './describe-deadline';
import type { Person, WorkingHours } from './types';
import { compilePerson, type CompiledPerson } from './validate-person';
import { buildTimeline, localToInstant, toLocal } from './zone-timeline';

export interface DeadlineSender {
  timeZone: string;
  workingHours?: WorkingHours;
}

function compileSender(sender: DeadlineSender | Person): CompiledPerson {
  return compilePerson(
    'id' in sender ? sender : { id: 'sender', name: 'Sender', timeZone: sender.timeZone, workingHours: sender.workingHours ?? {} },
  );
}

/**
 * The deadline phrases in `text`, in text order, each placed in time on the sender's clock (or the
 * zone the phrase names); at most `max` of them, the first ones. Throws a ScheduleInputError when
 * the sender's zone or hours are invalid.
 */
export function findDeadlines(text: string, now: number, sender: DeadlineSender | Person, max = Infinity): FoundDeadline[] {
  return placeDeadlines(text, now, compileSender(sender), max);
}

function placeDeadlines(text: string, now: number, me: CompiledPerson, max: number): FoundDeadline[] {
  if (typeof text !== 'string' || !Number.isFinite(now)) return [];
  const out: FoundDeadline[] = [];
  for (const group of findDeadlineGroups(text)) {
    if (out.length >= max) break;
    const at = resolveGroup(group, now, me);
    if (!Number.isFinite(at) || Math.abs(at) > 8e15) continue;
    out.push({ phrase: text.slice(group.start, group.end), span: [group.start, group.end], at });
  }
  return out;
}

/** Finds deadline phrases in `text` and shows each on the sender's and every recipient's clock; [] when there are none. */
export function resolveDeadline(
  text: string,
  now: number,
  sender: DeadlineSender | Person,
  recipients: Person[],
  /** Resolve at most this many (the first deadlines are the ones a reader acts on). */
  max = Infinity,
): ResolvedDeadline[] {
  const me = compileSender(sender);
  recipients.forEach(compilePerson); // invalid recipients throw before any text is read, as they always did
  return describeDeadlines(placeDeadlines(text, now, me, max), me.person.timeZone, recipients);
}

/** Reads a group's tokens on one zone's clock, with that zone's working hours (if any). */
function resolveGroup(group: DeadlineGroup, now: number, me: CompiledPerson): number {
  const find = <K extends DeadlineToken['kind']>(kind: K) =>
    group.tokens.find((t): t is Extract<DeadlineToken, { kind: K }> => t.kind === kind);
  const duration = find('duration');
  if (duration) return now + duration.ms;
  const zoneToken = find('zone');
  const zone = zoneToken?.zone ?? me.person.timeZone;
  // The sender's hours only apply on the sender's own clock.
  const hours = (day: number) => (zoneToken ? [] : me.hours[weekdayIndex(day)]!);
  const firstStart = (day: number) => hours(day)[0]?.[0] ?? 9 * 60;
  const lastEnd = (day: number) => hours(day).at(-1)?.[1] ?? 17 * 60;
  const worksOn = (day: number) => hours(day).length > 0;
  const instant = (day: number, minute: number) => {
    const local = day * DAY + minute * MINUTE;
    return localToInstant(local, buildTimeline(zone, local - 2 * DAY, local + 2 * DAY));
  };
  const today = dayOf(toLocal(now, buildTimeline(zone, now - DAY, now + DAY)));
  const time = find('time')?.minutes;
  const before = find('prep')?.before ?? false;
  const morning = !!find('morning');
  // "before Monday" with no time: done by the end of the last working day before it.
  const endBefore = (day: number) => {
    for (let d = day - 1; d >= day - 7; d--) if (worksOn(d)) return instant(d, lastEnd(d));
    return instant(day, 0);
  };
  const onDay = (day: number, fallback: (d: number) => number = lastEnd) => {
    if (time !== undefined) return instant(day, time);
    if (morning) return instant(day, firstStart(day));
    if (before) return endBefore(day);
    return instant(day, fallback(day));
  };
  // Weeks follow the sender's own working week (Sun-Thu in Riyadh), falling back to Mon-Fri.
  const weekStart = today - weekdayIndex(today);
  const firstDayAfter = (from: number, ok: (d: number) => boolean) => {
    for (let d = from + 1; d <= from + 8; d++) if (ok(d)) return d;
    return undefined;
  };
  const lastOfWeek = (from: number) =>
    firstDayAfter(from - 1, (d) => worksOn(d) && !worksOn(d + 1)) ??
    from + ((4 - weekdayIndex(from) + 7) % 7); // Friday

  const date = find('date');
  if (date) return onDay(date.day);
  if (find('nextWeek')) {
    const start = firstDayAfter(today, (d) => worksOn(d) && !worksOn(d - 1)) ?? weekStart + 7;
    return before ? endBefore(start) : onDay(start, firstStart);
  }
  const eow = find('eow');
  if (eow) {
    const endOf = (day: number) => instant(day, time ?? lastEnd(day));
    let last = lastOfWeek(today);
    if (endOf(last) <= now) last = lastOfWeek(last + 1);
    if (eow.next) last = lastOfWeek(last + 1);
    return endOf(last);
  }
  const weekday = find('weekday');
  if (weekday) {
    let day = today + ((weekday.index - weekdayIndex(today) + 7) % 7);
    if (weekday.next && day === today) day += 7;
    const at = onDay(day);
    return at <= now ? onDay(day + 7) : at;
  }
  const rel = find('rel');
  if (rel) return onDay(today + rel.days);
  // Only a time, "EOD" or "morning": today, or the next such moment once today's has passed.
  const at = onDay(today);
  if (at > now) return at;
  for (let d = today + 1; d <= today + 7; d++) if (time !== undefined || morning || worksOn(d)) return onDay(d);
  return onDay(today + 1);
}
