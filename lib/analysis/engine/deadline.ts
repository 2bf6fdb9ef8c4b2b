// Finds deadlines, decides whether one falls on the same working day, and whether a clock time lacks a zone.
import { findSpans, lowerSameLength, matchesIn } from '../compile';
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

/** `text` with the spans blanked (same length). */
function blankOut(text: string, spans: readonly Span[]): string {
  let out = text;
  for (const [a, b] of spans) out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  return out;
}

/** A same-day time other than a bare end-of-day ("by EOD" still allows an ordinary within-the-day reply). */
function hardSameDay(c: Compiled, text: string): boolean {
  const d = c.deadline;
  if (!matchesIn(d.sameDay, text)) return false;
  const soft = findSpans(d.softSameDay, text);
  return soft.length === 0 || matchesIn(d.sameDay, blankOut(lowerSameLength(text), soft), true);
}

const LAST_WORD = /([a-z][\w-]*)\s*$/i;

/**
 * "Need a yes/no before the call": an event with no time of its own takes the time given for it elsewhere
 * in the message ("the call got moved to 13:00 today"). Looks a bounded distance around, so it stays linear.
 */
function eventElsewhereSameDay(c: Compiled, p: Prepared, span: Span, own: string): boolean {
  const d = c.deadline;
  const noun = LAST_WORD.exec(own)?.[1]?.toLowerCase();
  if (!noun || DIGIT.test(own)) return false;
  const from = Math.max(0, span[0] - 4 * WINDOW);
  const to = Math.min(p.lower.length, span[1] + 4 * WINDOW);
  const nounRe = new RegExp(`\\b${noun.replace(/[^\w]/g, '\\$&')}\\b`, 'g');
  nounRe.lastIndex = from; // matchAll starts where the regex's lastIndex points
  for (const m of p.lower.matchAll(nounRe)) {
    if (m.index >= to) break;
    if (m.index >= span[0] && m.index < span[1]) continue;
    const i = sentenceAt(p.sentences, m.index);
    if (i < 0) continue;
    const s = p.sentences[i]!;
    const text = p.masked.slice(Math.max(s.start, m.index - WINDOW), Math.min(s.end, m.index + WINDOW));
    if (hardSameDay(c, text) && !matchesIn(d.otherDay, text)) return true;
  }
  return false;
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
  if (matchesIn(d.sameDay, bare)) return hardSameDay(c, bare);
  if (DIGIT.test(bare)) return false; // "within 24h", "within 2 days"
  // "before then", "before the cut": the time is elsewhere in the sentence (or the one before, for "then").
  const around = sentenceSlice(p, p.sentences, span[0], THEN.test(own)).replace(own, ' ');
  if (matchesIn(d.sameDay, around)) return hardSameDay(c, around) && !matchesIn(d.otherDay, around);
  return !loose && !THEN.test(own) && eventElsewhereSameDay(c, p, span, own);
}

function lacksZone(c: Compiled, p: Prepared, span: Span): boolean {
  const d = c.deadline;
  const own = p.masked.slice(span[0], span[1]);
  const around = sentenceSlice(p, p.sentences, span[0], false);
  const timed = matchesIn(d.clockOrEod, own) || (THEN.test(own) && matchesIn(d.clockOrEod, around));
  return timed && !matchesIn(d.zone, around) && !matchesIn(d.zone, own);
}


export function detectDeadlines(c: Compiled, p: Prepared, askSentences: ReadonlySet<number>, requestSentences: ReadonlySet<number> = new Set()): DeadlineResult {
  const d = c.deadline;
  const explicit = spansIn(d.explicit, p);
  const relaxed = spansIn(d.relaxed, p);
  const gated = spansIn(d.gated, p);
  let kept: Span[] = [];
  if (gated.length > 0) {
    const needs = bySentence(spansIn(d.needCue, p), p.sentences);
    // Purpose words count only when the message asks for something ("I want to finish it this week").
    const soft = askSentences.size > 0 ? bySentence(spansIn(d.softNeedCue, p), p.sentences) : null;
    kept = withoutOverlaps(withoutOverlaps(gated, explicit), relaxed).filter((g) => {
      const i = sentenceAt(p.sentences, g[0]);
      return i >= 0 && (askSentences.has(i) || needs[i]!.length > 0 || (soft !== null && soft[i]!.length > 0));
    });
  }
  // "The deck goes out Thursday" is the deadline only when the message asks for something.
  const events = askSentences.size > 0 ? withoutOverlaps(spansIn(d.eventTime, p), explicit) : [];
  // "Can someone join the call on Thursday at 15:00?": the time of the requested action.
  const requested =
    requestSentences.size > 0
      ? withoutOverlaps(spansIn(d.requestTime, p), explicit).filter((s) => requestSentences.has(sentenceAt(p.sentences, s[0])))
      : [];
  const firm = [...explicit, ...kept, ...events, ...requested].sort((a, b) => a[0] - b[0]);
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
