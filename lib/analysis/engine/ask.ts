// Finds concrete asks and vague asks, sentence by sentence.
import { matchesIn } from '../compile';
import type { Span } from '../types';
import type { Compiled } from './compiled';
import type { Prepared } from './prepare';
import { normalizeShort } from './social';
import { bySentence, spansIn } from './spans';

export interface AskResult {
  asks: Span[];
  vague: Span[];
  /** Indexes of sentences holding a concrete ask. */
  askSentences: ReadonlySet<number>;
  /** The ask sentences phrased as a request ("can you", "please", an imperative), not only as a question. */
  requestSentences: ReadonlySet<number>;
  /** Whether the first concrete ask seeks information (a question) rather than an action. */
  firstIsQuestion: boolean;
  /** Whether the first ask or vague ask is phrased as a question at all (for kind fallback). */
  anyQuestionForm: boolean;
}

const NON_WORD = /[^\p{L}\p{N}\s'+/-]+/gu;
const MENTION = /@[\w.-]+/g;

/** Lower-cased sentence without mentions, punctuation, emoji or leading filler ("hey", "so", "please"). */
export function sentenceCore(c: Compiled, raw: string): string {
  const flat = raw.replace(MENTION, ' ').replace(NON_WORD, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  return flat.replace(c.vagueStrip, '').trim();
}

function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

const MAX_VAGUE_WORDS = 14;
/** Past this length an ask's span is narrowed to its clause, so "buried" can see where the ask starts. */
const LONG_SENTENCE = 160;
const CLAUSE_BREAK = /[,;:—–]/;

function clauseStart(masked: string, sentenceStart: number, anchor: number): number {
  for (let i = anchor - 1; i > sentenceStart; i--) {
    if (CLAUSE_BREAK.test(masked[i]!)) return i + 1;
  }
  return sentenceStart;
}

function askSpan(masked: string, s: { start: number; end: number }, requestHits: readonly Span[]): Span {
  if (s.end - s.start <= LONG_SENTENCE) return [s.start, s.end];
  const anchor = requestHits.length > 0 ? requestHits[0]![0] : s.end - 1;
  let start = clauseStart(masked, s.start, anchor);
  while (start < s.end && masked.charCodeAt(start) <= 32) start++;
  return [start, s.end];
}

/** Whether one of the sorted, non-overlapping spans overlaps [start, end) (binary search, so long texts stay linear). */
function overlapsSorted(spans: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![1] <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo]![0] < end;
}

/** Whether a link or code span lies in [start, end): it stands for words the masked text no longer shows. */
function hasHidden(p: Prepared, start: number, end: number): boolean {
  return overlapsSorted(p.links, start, end) || overlapsSorted(p.codeSpans, start, end);
}

/**
 * `proposes`: the message states the writer's own recommendation, so a bare "ok?" or "agree?" asks for a
 * concrete yes/no on it rather than for vague feedback.
 */
export function detectAsks(c: Compiled, p: Prepared, proposes = false): AskResult {
  const { masked, sentences } = p;
  const requests = bySentence(spansIn(c.askRequest, p), sentences);
  const questionForms = bySentence(spansIn(c.askQuestionForm, p), sentences);
  const asks: Span[] = [];
  const vague: Span[] = [];
  const askSentences = new Set<number>();
  const requestSentences = new Set<number>();
  let firstIsQuestion = false;
  let anyQuestionForm = false;
  let sawFirst = false;

  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const hasRequest = requests[i]!.length > 0;
    if (!s.question && !hasRequest) continue;
    const raw = masked.slice(s.start, s.end);
    // Long sentences are never vague asks; skip the normalisation for them.
    const short = s.end - s.start < 200;
    const core = short ? sentenceCore(c, raw) : '';
    const confirms = proposes && short && c.askConfirm.test(normalizeShort(raw));
    const isVague = !confirms && short && core.length > 0 && wordCount(core) <= MAX_VAGUE_WORDS && c.askVague.test(core);
    if (isVague) {
      vague.push([s.start, s.end]);
      if (!sawFirst && vague.length === 1) anyQuestionForm = questionForms[i]!.length > 0 || !hasRequest;
      continue;
    }
    if (matchesIn(c.askNotAsk, raw.trim())) continue;
    // Too short to ask anything, unless it points at a link or code ("pls review <link>") or confirms a proposal.
    const tooShort = core.length === 0 || (wordCount(core) < 2 && !hasHidden(p, s.start, s.end));
    if (short && !confirms && (tooShort || c.nakedGreeting.test(core) || c.nakedGreeting.test(normalizeShort(raw)))) continue;
    asks.push(askSpan(masked, s, requests[i]!));
    askSentences.add(i);
    if (hasRequest) requestSentences.add(i);
    if (!sawFirst) {
      sawFirst = true;
      // Information-seeking openers win ("which would you prefer?"); otherwise a request form makes it a request.
      const infoForm = questionForms[i]!.length > 0;
      firstIsQuestion = infoForm || (s.question && !hasRequest);
      anyQuestionForm = firstIsQuestion;
    }
  }
  return { asks, vague, askSentences, requestSentences, firstIsQuestion, anyQuestionForm };
}
