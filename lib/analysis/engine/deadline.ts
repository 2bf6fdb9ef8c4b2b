// Finds deadlines, decides whether one falls on the same working day, and whether a clock time lacks a zone.
import { findSpans, matchesIn } from '../compile';
import type { Span } from '../types';
import type { Compiled } from './compiled';
import type { Prepared, Sentence } from './prepare';
import { sentenceAt } from './prepare';
import { bySentence, spansIn, withoutOverlaps } from './spans';

export interface DeadlineResult {
  /** Every deadline span: firm ones and "no rush / no reply needed" ones. */
  spans: Span[];
  firm: Span[];
  relaxed: Span[];
  /** The first firm deadline that falls on the same working day. */
  sameDay: Span | null;
  /** The first firm deadline with a clock time or end-of-day but no time zone. */
  missingZone: Span | null;
}

const THEN = /\bthen\b/i;
const DIGIT = /\d/;

/** How far around a deadline its sentence is read; keeps one huge sentence from making this quadratic. */
const WINDOW = 240;

function sentenceSlice(p: Prepared, sentences: readonly Sentence[], at: number, withPrevious: boolean): string {
  const i = sentenceAt(sentences, at);
  if (i < 0) return '';
  const s = sentences[i]!;
  const prev = withPrevious && i > 0 ? sentences[i - 1]! : null;
  return p.masked.slice(Math.max(prev ? prev.start : s.start, at - WINDOW), Math.min(s.end, at + WINDOW));
}

function isSameDay(c: Compiled, p: Prepared, span: Span, loose: boolean, rivals: readonly Span[]): boolean {
  const d = c.deadline;
  const own = p.masked.slice(span[0], span[1]);
  // A loose "today" beside another deadline on a later day ("nobody tests today — look tomorrow?") is not it.
  if (rivals.some((r) => matchesIn(d.otherDay, p.masked.slice(r[0], r[1])))) return false;
  const bare = own.replace(THEN, ' ');
  // "by tomorrow 9am" means working on it today; a loose "tomorrow morning" (a meeting slot) does not.
  if (!loose && matchesIn(d.nextMorning, bare)) return true;
  if (matchesIn(d.otherDay, bare)) return false;
  if (matchesIn(d.sameDay, bare)) return true;
  if (DIGIT.test(bare)) return false; // "within 24h", "within 2 days"
  // "before then", "before the cut": the time is elsewhere in the sentence (or the one before, for "then").
  const around = sentenceSlice(p, p.sentences, span[0], THEN.test(own)).replace(own, ' ');
  return matchesIn(d.sameDay, around) && !matchesIn(d.otherDay, around);
}

function lacksZone(c: Compiled, p: Prepared, span: Span): boolean {
  const d = c.deadline;
  const own = p.masked.slice(span[0], span[1]);
  const around = sentenceSlice(p, p.sentences, span[0], false);
  const timed = matchesIn(d.clockOrEod, own) || (THEN.test(own) && matchesIn(d.clockOrEod, around));
  return timed && !matchesIn(d.zone, around) && !matchesIn(d.zone, own);
}


export function detectDeadlines(c: Compiled, p: Prepared, askSentences: ReadonlySet<number>): DeadlineResult {
  const d = c.deadline;
  const explicit = spansIn(d.explicit, p);
  const relaxed = spansIn(d.relaxed, p);
  const gated = spansIn(d.gated, p);
  let kept: Span[] = [];
  if (gated.length > 0) {
    const needs = bySentence(spansIn(d.needCue, p), p.sentences);
    kept = withoutOverlaps(withoutOverlaps(gated, explicit), relaxed).filter((g) => {
      const i = sentenceAt(p.sentences, g[0]);
      return i >= 0 && (askSentences.has(i) || needs[i]!.length > 0);
    });
  }
  // "The deck goes out Thursday" is the deadline only when the message asks for something.
  const events = askSentences.size > 0 ? withoutOverlaps(spansIn(d.eventTime, p), explicit) : [];
  const firm = [...explicit, ...kept, ...events].sort((a, b) => a[0] - b[0]);
  const spans = [...firm, ...withoutOverlaps(relaxed, firm)].sort((a, b) => a[0] - b[0]);
  // Loose time words ("today") are checked against the other deadlines of their sentence.
  const explicitSet = new Set(explicit);
  const bySent = bySentence(firm, p.sentences);
  const rivals = (s: Span) => {
    if (explicitSet.has(s)) return [];
    const i = sentenceAt(p.sentences, s[0]);
    return i < 0 ? [] : bySent[i]!.filter((r) => r !== s);
  };
  return {
    spans,
    firm,
    relaxed,
    sameDay: firm.find((s) => isSameDay(c, p, s, !explicitSet.has(s), rivals(s))) ?? null,
    missingZone: firm.find((s) => lacksZone(c, p, s)) ?? null,
  };
}
