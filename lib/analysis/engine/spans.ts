// Small helpers over sorted [start, end) spans.
import { findSpans, scannerOf, scanSpans, type CompiledSet } from '../compile';
import type { Span } from '../types';

export { withoutOverlaps } from '../span-overlap';
import type { Prepared, Sentence } from './prepare';

/** Groups sorted spans by the sentence they start in (spans between sentences are dropped). */
export function bySentence(spans: readonly Span[], sentences: readonly Sentence[]): Span[][] {
  const out: Span[][] = sentences.map(() => []);
  let s = 0;
  for (const span of spans) {
    while (s < sentences.length && sentences[s]!.end <= span[0]) s++;
    if (s >= sentences.length) break;
    if (span[0] >= sentences[s]!.start) out[s]!.push(span);
  }
  return out;
}

/** Sorts, clips to [0, length), drops empties and merges overlaps. */
export function normalizeSpans(spans: readonly Span[], length: number): Span[] {
  // Clip into fresh pairs (callers' spans are never mutated); note whether they arrive sorted.
  const clipped: Span[] = [];
  let sorted = true;
  for (const [a, b] of spans) {
    const s = a < 0 ? 0 : a > length ? length : a;
    const e = b < 0 ? 0 : b > length ? length : b;
    if (e <= s) continue;
    const last = clipped[clipped.length - 1];
    if (last && (s < last[0] || (s === last[0] && e < last[1]))) sorted = false;
    clipped.push([s, e]);
  }
  if (!sorted) clipped.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: Span[] = [];
  for (const span of clipped) {
    const last = out[out.length - 1];
    if (last && span[0] <= last[1]) {
      if (span[1] > last[1]) last[1] = span[1];
    } else out.push(span);
  }
  return out;
}

/** The text of a span, trimmed and shortened for use in a message. */
export function quote(text: string, [a, b]: Span, max = 60): string {
  const t = text.slice(a, b).replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** Matches of a set over the whole message (the lower-cased copy for case-insensitive sets). */
export function spansIn(set: CompiledSet, p: Prepared): Span[] {
  const scanner = set.caseSensitive ? null : scannerOf(set);
  if (!scanner) return findSpans(set, set.caseSensitive ? p.masked : p.lower, true);
  // Tokenize the message once, on the first table scanned; every later table reuses it.
  p.scan ??= scanner.index.prepare(p.lower);
  return scanSpans(set, p.scan);
}
