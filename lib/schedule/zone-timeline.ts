// A zone's offsets over a span of time as constant-offset segments, and the conversions between
// instants and local wall clocks built on them.
//
// Semantics (documented in index.ts): a wall-clock time that does not exist (spring-forward gap)
// maps to the first instant after the gap; one that occurs twice (fall-back) maps to its earlier
// occurrence. Range conversion keeps every instant whose wall clock falls inside the range, so a
// repeated hour counts twice, exactly as the clock on the recipient's wall reads.
import { DAY, MINUTE } from './calendar';
import { offsetAt } from '../time';

export interface Segment {
  start: number; // instant, inclusive (-Infinity for the first segment)
  end: number; // instant, exclusive (+Infinity for the last segment)
  offset: number; // ms, local = utc + offset
}

/**
 * Segments covering [from, to). Samples the offset once a day and binary-searches to the minute
 * where it changes, so it assumes at most one change per 24 hours (true of all current tz data).
 * The first and last segments extend to ±Infinity so conversions near the edges stay defined.
 */
export function buildTimeline(zone: string, from: number, to: number): Segment[] {
  const start = Math.floor(from / MINUTE) * MINUTE;
  const segments: Segment[] = [];
  let segStart = -Infinity;
  let prevT = start;
  let prevOffset = offsetAt(zone, start);
  for (let t = start + DAY; ; t += DAY) {
    const at = Math.min(t, Math.ceil(to / MINUTE) * MINUTE);
    const offset = offsetAt(zone, at);
    if (offset !== prevOffset) {
      // Offset is prevOffset at lo and `offset` at hi; narrow to the first minute of the new one.
      let lo = prevT;
      let hi = at;
      while (hi - lo > MINUTE) {
        const mid = lo + Math.floor((hi - lo) / (2 * MINUTE)) * MINUTE;
        if (offsetAt(zone, mid) === prevOffset) lo = mid;
        else hi = mid;
      }
      segments.push({ start: segStart, end: hi, offset: prevOffset });
      segStart = hi;
      prevOffset = offset;
    }
    prevT = at;
    if (at >= to) break;
  }
  segments.push({ start: segStart, end: Infinity, offset: prevOffset });
  return segments;
}

/** Local-ms wall clock reading at instant t. */
export function toLocal(t: number, segments: readonly Segment[]): number {
  for (const s of segments) if (t < s.end) return t + s.offset;
  return t + segments[segments.length - 1]!.offset;
}

/**
 * Earliest instant whose wall clock reads `localMs`; inside a spring-forward gap, the first
 * instant after the gap.
 */
export function localToInstant(localMs: number, segments: readonly Segment[]): number {
  for (const s of segments) {
    const t = localMs - s.offset;
    if (t >= s.start && t < s.end) return t;
  }
  // A gap: the wall clock jumps over localMs at some segment boundary.
  for (let i = 1; i < segments.length; i++) {
    const s = segments[i]!;
    if (s.start + s.offset > localMs) return s.start;
  }
  return localMs - segments[0]!.offset;
}

/**
 * Appends to `out` the instant intervals during which the wall clock reads a time in
 * [localStart, localEnd). Usually one interval; two when the range straddles a fall-back.
 */
export function localRangeToInstants(
  localStart: number,
  localEnd: number,
  segments: readonly Segment[],
  out: Array<[number, number]>,
): void {
  for (const s of segments) {
    const a = Math.max(s.start, localStart - s.offset);
    const b = Math.min(s.end, localEnd - s.offset);
    if (a < b) out.push([a, b]);
  }
}
