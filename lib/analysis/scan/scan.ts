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
// Modules: trigger-index.ts loads the prebuilt index (data.ts, made by build.ts), tables.ts holds the frozen
// lookup tables, prepare.ts tokenizes each message, and this module runs the candidates and reduces them to spans.
import type { ScanState, Scanner } from './types';
import type { Span } from '../types';

/** A fallback's next match at or after some position: [start, end) in the whole text, or start -1 when none is left. */
interface Cursor {
  re: RegExp;
  priority: number;
  line: number;
  start: number;
  end: number;
}

/** Moves `c` to its alternative's first non-empty match starting at or after `from` (a match never spans lines). */
function seek(c: Cursor, state: ScanState, from: number): void {
  const { lines, lineStarts } = state;
  while (c.line < lines.length) {
    const base = lineStarts[c.line]!;
    const text = lines[c.line]!;
    let at = Math.max(0, from - base);
    while (at <= text.length) {
      c.re.lastIndex = at;
      const m = c.re.exec(text);
      if (m === null) break;
      if (m[0].length > 0) {
        c.start = base + m.index;
        c.end = c.start + m[0].length;
        return;
      }
      at = m.index + 1;
    }
    c.line++;
  }
  c.start = -1;
}

/**
 * The spans a global scan of the whole alternation would return: at each position the first alternative
 * (by priority) that matches there wins, and the scan resumes at the end of that match. Positions are
 * visited in order and nothing is tried inside a match already taken, so a run that one alternative
 * matches whole ("!!!!…", "a-a-a-…") is walked once, not once per position (issue 15 §4).
 */
export function scan(scanner: Scanner, state: ScanState): Span[] {
  const alts = scanner.index.alternatives;
  // Triggered [alternative, position] pairs, filed in position order (prepare.ts).
  const pend = state.pending[scanner.id]!;
  const n = pend.length;
  const { lines, lineStarts } = state;
  const cursors: Cursor[] = [];
  for (const fb of scanner.fallbacks) {
    if (!state.fallbackOk[fb.id]) continue;
    const c: Cursor = {
      re: (fb.re ??= new RegExp(fb.source, 'g')),
      priority: fb.priority,
      line: 0,
      start: -1,
      end: -1,
    };
    seek(c, state, 0);
    if (c.start >= 0) cursors.push(c);
  }

  const out: Span[] = [];
  let resume = 0;
  let k = 0;
  let line = 0;
  for (;;) {
    while (k < n && pend[k + 1]! < resume) k += 2;
    for (const c of cursors) if (c.start >= 0 && c.start < resume) seek(c, state, resume);
    let at = k < n ? pend[k + 1]! : Number.POSITIVE_INFINITY;
    for (const c of cursors) if (c.start >= 0 && c.start < at) at = c.start;
    if (at === Number.POSITIVE_INFINITY) break;
    // The best fallback starting here (its match is already known).
    let bestPriority = Number.POSITIVE_INFINITY;
    let bestEnd = -1;
    for (const c of cursors) {
      if (c.start === at && c.priority < bestPriority) {
        bestPriority = c.priority;
        bestEnd = c.end;
      }
    }
    // Triggered alternatives here that could still beat it. They come in any priority order, so each one
    // that matches with a better priority than the best so far replaces it: the best priority that matches
    // here wins, as when they were sorted by priority and the first match stopped the search.
    for (; k < n && pend[k + 1]! === at; k += 2) {
      const alt = alts[pend[k]!]!;
      if (alt.priority >= bestPriority) continue;
      // Positions only grow, so the line only moves forward.
      while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= at) line++;
      const offset = at - lineStarts[line]!;
      // Compiled the first time it is triggered: a worker's first analysis compiles only what the draft needs.
      const re = (alt.sticky ??= new RegExp(alt.source, 'y'));
      re.lastIndex = offset;
      // test() leaves lastIndex at the end of a sticky match and allocates no result array.
      if (re.test(lines[line]!) && re.lastIndex > offset) {
        bestPriority = alt.priority;
        bestEnd = at + (re.lastIndex - offset);
      }
    }
    if (bestEnd >= 0) {
      out.push([at, bestEnd]);
      resume = bestEnd;
    } else {
      // Nothing matched here: move past this position (fallbacks starting here always match).
      resume = at + 1;
    }
  }
  return out;
}
