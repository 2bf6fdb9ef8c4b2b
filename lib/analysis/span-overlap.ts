// Overlap sweeps over sorted spans, shared by the pattern compiler and the part detectors.
import type { Span } from './types';

/** For each span of sorted `spans`, whether it overlaps any span of sorted `others` (one linear sweep). */
export function overlapFlags(spans: readonly Span[], others: readonly Span[]): boolean[] {
  const flags: boolean[] = [];
  let j = 0;
  for (const s of spans) {
    while (j < others.length && others[j]![1] <= s[0]) j++;
    let hit = false;
    for (let k = j; k < others.length && others[k]![0] < s[1]; k++) {
      if (others[k]![1] > s[0]) {
        hit = true;
        break;
      }
    }
    flags.push(hit);
  }
  return flags;
}

/** Spans of sorted `spans` that overlap nothing in sorted `others`. */
export function withoutOverlaps<T extends Span>(spans: readonly T[], others: readonly Span[]): T[] {
  if (others.length === 0) return spans.slice();
  const flags = overlapFlags(spans, others);
  return spans.filter((_, i) => !flags[i]);
}
