// Finds evidence: links, code that reads like an error or log, table matches (tickets, metrics, error names),
// and clock times of past events (a future scheduled time is not evidence).
import { expand } from '../compile';
import type { Span } from '../types';
import type { Compiled } from './compiled';
import type { Prepared } from './prepare';
import { bySentence, spansIn, withoutOverlaps } from './spans';

const CODE_LOOKBACK = 32;
const PROSE_IN_CODE = /[\s:"'=]/;
const weekdayBefore = new WeakMap<Compiled, RegExp>();

function codeEvidence(c: Compiled, p: Prepared): Span[] {
  const out: Span[] = [];
  for (const code of p.code) {
    if (code.block) {
      if (code.content[1] - code.content[0] > 1) out.push(code.span);
      continue;
    }
    const content = p.text.slice(code.content[0], code.content[1]);
    const before = p.masked.slice(Math.max(0, code.span[0] - CODE_LOOKBACK), code.span[0]);
    // A bare identifier or path (`limiter.lua`, `occurred_at`) is not evidence; an error or a command is.
    if (PROSE_IN_CODE.test(content.trim()) || c.codeErrorWords.test(content) || c.codeCue.test(before)) out.push(code.span);
  }
  return out;
}

/** Clock times of past events; `taken` (spans already claimed, sorted here in place) are not evidence twice. */
function clockEvidence(c: Compiled, p: Prepared, taken: Span[]): Span[] {
  const found: Span[] = [];
  for (const m of p.masked.matchAll(c.clock)) if (m[0].length > 0) found.push([m.index, m.index + m[0].length]);
  if (found.length === 0) return [];
  const clocks = withoutOverlaps(found, taken.sort((a, b) => a[0] - b[0]));
  if (clocks.length === 0) return [];
  let weekday = weekdayBefore.get(c);
  if (!weekday) {
    weekday = new RegExp(`\\b${expand('{WEEKDAY}', c.lang.macros)}[\\s,]*$`, 'i');
    weekdayBefore.set(c, weekday);
  }
  const past = bySentence(spansIn(c.pastCue, p), p.sentences);
  const future = bySentence(spansIn(c.futureCue, p), p.sentences);
  const perSentence = bySentence(clocks, p.sentences);
  const out: Span[] = [];
  perSentence.forEach((list, i) => {
    if (list.length === 0 || past[i]!.length === 0 || future[i]!.length > 0) return;
    for (const span of list) {
      if (!weekday!.test(p.masked.slice(Math.max(0, span[0] - 12), span[0]))) out.push(span);
    }
  });
  return out;
}

export function detectEvidence(c: Compiled, p: Prepared, deadlines: readonly Span[]): Span[] {
  const table = [...spansIn(c.evidence, p), ...spansIn(c.identifiers, p)].sort((a, b) => a[0] - b[0]);
  return [...p.links, ...codeEvidence(c, p), ...table, ...clockEvidence(c, p, [...deadlines, ...table])];
}
