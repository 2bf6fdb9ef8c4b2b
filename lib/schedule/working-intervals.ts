// A recipient's working time as UTC instant intervals, built per local day from their wall-clock
// hours, skipping out-of-office days. This replaces any minute-by-minute scan: one Intl-backed
// timeline per zone, then pure arithmetic.
import { DAY, dayOf, minuteOfDay, weekdayIndex } from './calendar';
import { isOutOfOffice, type CompiledPerson } from './validate-person';
import { buildTimeline, localRangeToInstants, toLocal, type Segment } from './zone-timeline';

export type Interval = [start: number, end: number];

/** Memoised timelines for one call: every zone over the same span (with margin for conversions). */
export function timelineCache(from: number, to: number): (zone: string) => Segment[] {
  const cache = new Map<string, Segment[]>();
  return (zone) => {
    let segments = cache.get(zone);
    if (!segments) {
      segments = buildTimeline(zone, from - 2 * DAY, to + 2 * DAY);
      cache.set(zone, segments);
    }
    return segments;
  };
}

/** Sorted, merged instants in [from, to) when the person's wall clock is inside their hours. */
export function workingIntervals(p: CompiledPerson, segments: Segment[], from: number, to: number): Interval[] {
  const raw: Interval[] = [];
  // ±2 local days of margin: offsets are under a day, so every local day touching [from, to) is seen.
  const firstDay = dayOf(toLocal(from, segments)) - 2;
  const lastDay = dayOf(toLocal(to, segments)) + 2;
  for (let day = firstDay; day <= lastDay; day++) {
    const ranges = p.hours[weekdayIndex(day)]!;
    if (ranges.length === 0 || isOutOfOffice(p, day)) continue;
    for (const [s, e] of ranges) localRangeToInstants(day * DAY + s * 60_000, day * DAY + e * 60_000, segments, raw);
  }
  raw.sort((a, b) => a[0] - b[0]);
  const merged: Interval[] = [];
  for (const [a0, b0] of raw) {
    const a = Math.max(a0, from);
    const b = Math.min(b0, to);
    if (a >= b) continue;
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}

/** Whether the person's wall clock at instant t reads a working time on a day they are in. */
export function isWorkingAt(p: CompiledPerson, segments: Segment[], t: number): boolean {
  const local = toLocal(t, segments);
  const day = dayOf(local);
  if (isOutOfOffice(p, day)) return false;
  const minute = minuteOfDay(local);
  return p.hours[weekdayIndex(day)]!.some(([s, e]) => minute >= s && minute < e);
}

/** The interval containing t, if any. */
export function intervalAt(intervals: readonly Interval[], t: number): Interval | undefined {
  return intervals.find(([a, b]) => t >= a && t < b);
}

/** Everything the engine knows about one recipient for one call. */
export interface PersonPlan {
  p: CompiledPerson;
  segments: Segment[];
  intervals: Interval[];
}

/** Compiles the working intervals of each person over [from, to), sharing one timeline per zone. */
export function planPeople(people: readonly CompiledPerson[], from: number, to: number): PersonPlan[] {
  const timeline = timelineCache(from, to);
  return people.map((p) => {
    const segments = timeline(p.person.timeZone);
    return { p, segments, intervals: workingIntervals(p, segments, from, to) };
  });
}
