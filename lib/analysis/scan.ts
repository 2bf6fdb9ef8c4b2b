// Whole-message scanning of rule tables through trigger tokens (see triggers.ts).
//
// Each case-insensitive table's alternatives are split in two: those whose first token can be listed run
// as sticky regexes only where such a token starts; the rest are scanned over each line as before. The
// matches of both are then reduced exactly as a single global alternation would reduce them: leftmost
// first, the earlier alternative first at the same position, no overlaps. So a table matches the same spans
// as before, but a message pays only for the rules whose words it contains.
//
// Filters (triggers.ts, filtersOf) prune further: an alternative whose required later words do not occur in
// the message is never run at all.
//
// Modules: trigger-index.ts registers alternatives, scan-tables.ts holds the frozen lookup tables,
// scan-prepare.ts tokenizes each message, and this module runs the candidates and reduces them to spans.
import type { ScanState, Scanner } from './scan-types';
import type { Span } from './types';

// Re-exported so importers keep one entry point for trigger scanning.
export type { ScanState, Scanner } from './scan-types';
export { TriggerIndex } from './trigger-index';

/** Candidate matches as flat [start, end, priority] triples. */
function candidates(scanner: Scanner, state: ScanState): number[] {
  const out: number[] = [];
  const alts = scanner.index.alternatives;
  const pend = state.pending[scanner.id]!;
  for (let k = 0; k < pend.length; k += 3) {
    const alt = alts[pend[k]!]!;
    const line = pend[k + 1]!;
    const offset = pend[k + 2]!;
    const re = alt.sticky;
    re.lastIndex = offset;
    // test() leaves lastIndex at the end of a sticky match and allocates no result array.
    if (re.test(state.lines[line]!) && re.lastIndex > offset) {
      const base = state.lineStarts[line]!;
      out.push(base + offset, base + re.lastIndex, alt.priority);
    }
  }
  for (const fb of scanner.fallbacks) {
    if (!state.fallbackOk[fb.id]) continue;
    const re = fb.re;
    for (let line = 0; line < state.lines.length; line++) {
      const text = state.lines[line]!;
      if (text.length === 0) continue;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      // Every start where the alternative matches (not only non-overlapping ones): the reduction in
      // scan() decides which survive, as the combined alternation would.
      while ((m = re.exec(text)) !== null) {
        re.lastIndex = m.index + 1;
        if (m[0].length === 0) continue;
        const start = state.lineStarts[line]! + m.index;
        out.push(start, start + m[0].length, fb.priority);
      }
    }
  }
  return out;
}

/**
 * The spans a global scan of the whole alternation would return: at each position the first alternative
 * (by priority) that matches there wins, and the scan resumes at the end of that match.
 */
export function scan(scanner: Scanner, state: ScanState): Span[] {
  const flat = candidates(scanner, state);
  const n = flat.length / 3;
  if (n === 0) return [];
  const order: number[] = [];
  for (let i = 0; i < n; i++) order.push(i);
  if (n > 1) order.sort((a, b) => flat[a * 3]! - flat[b * 3]! || flat[a * 3 + 2]! - flat[b * 3 + 2]!);
  const out: Span[] = [];
  let resume = 0;
  for (const i of order) {
    const start = flat[i * 3]!;
    if (start < resume) continue;
    const end = flat[i * 3 + 1]!;
    out.push([start, end]);
    resume = end;
  }
  return out;
}
