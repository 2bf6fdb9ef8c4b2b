// Sweep line over interval endpoints: how many people are working at once, and when.
import type { Interval } from './working-intervals';

export interface MaxOverlap {
  max: number; // most people working at the same instant
  at: number; // earliest instant with that many (NaN when max is 0)
}

/** The largest simultaneous count and the earliest instant it is reached. Intervals per person must be disjoint. */
export function earliestMaxOverlap(perPerson: readonly Interval[][]): MaxOverlap {
  let total = 0;
  for (const list of perPerson) total += list.length;
  const starts = new Float64Array(total);
  const ends = new Float64Array(total);
  let k = 0;
  for (const list of perPerson) {
    for (const [a, b] of list) {
      starts[k] = a;
      ends[k++] = b;
    }
  }
  starts.sort();
  ends.sort();
  // The count only rises at a start, so the maximum is first reached at some start instant.
  let count = 0;
  let max = 0;
  let at = NaN;
  for (let i = 0, j = 0; i < total; ) {
    const t = starts[i]!;
    // Ends are exclusive: someone whose shift ends at t is not there at t.
    for (; j < total && ends[j]! <= t; j++) count--;
    for (; i < total && starts[i] === t; i++) count++;
    if (count > max) {
      max = count;
      at = t;
    }
  }
  return { max, at };
}

/** Piecewise-constant head count over time: [start, end, count] pieces with count > 0, in order. */
export function countPieces(perPerson: readonly Interval[][]): Array<[number, number, number]> {
  const events: Array<[number, number]> = [];
  for (const list of perPerson) for (const [a, b] of list) events.push([a, 1], [b, -1]);
  events.sort((x, y) => x[0] - y[0]);
  const pieces: Array<[number, number, number]> = [];
  let count = 0;
  for (let i = 0; i < events.length; ) {
    const t = events[i]![0];
    while (i < events.length && events[i]![0] === t) count += events[i++]![1];
    const next = events[i]?.[0];
    if (count > 0 && next !== undefined) pieces.push([t, next, count]);
  }
  return pieces;
}
