// Splits a message into what the detectors need: a masked copy (code and links blanked to spaces, same
// length so offsets still point into the original), sentences, links, code spans and @mentions.
// Every scan here is hand-written and linear, so no input can make it backtrack.
import { lowerSameLength } from '../compile';
import type { ScanState } from '../scan';
import type { Span } from '../types';

export interface CodeSpan {
  span: Span; // including the backticks
  content: Span;
  block: boolean;
}

export interface Mention {
  span: Span; // including '@'
  handle: string; // lower case, without '@'
}

export interface Sentence {
  start: number;
  end: number; // exclusive, trimmed of trailing whitespace
  question: boolean;
}

export interface Prepared {
  text: string;
  masked: string;
  /** `masked` lower-cased with the same offsets; case-insensitive tables run over this. */
  lower: string;
  links: Span[];
  code: CodeSpan[];
  /** The spans of `code`, sorted. */
  codeSpans: Span[];
  mentions: Mention[];
  sentences: Sentence[];
  /** Trigger-scan state of `lower`, built by the first table scanned (engine/spans.ts). */
  scan?: ScanState;
}

const LINK = /\bhttps?:\/\/[^\s<>"'`|]+|\bwww\.[a-z0-9-]+\.[^\s<>"'`|]+/gi;
const LINK_TRAIL = /[.,;:!?)\]}'"*_~]+$/;
const INLINE_CODE = /`[^`\n]{1,300}`/g;
const HANDLE_CHAR = /[\w.-]/;
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'vs', 'etc', 'approx', 'cf', 'mr', 'mrs', 'ms', 'dr', 'no', 'min', 'max', 'est', 'incl']);

/** Replaces each span (sorted, non-overlapping) with spaces, keeping newlines so line structure survives. */
function blank(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start < at) continue;
    parts.push(text.slice(at, start), text.slice(start, end).replace(/[^\n]/g, ' '));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

function findCodeBlocks(text: string): CodeSpan[] {
  const out: CodeSpan[] = [];
  let from = 0;
  for (;;) {
    const open = text.indexOf('```', from);
    if (open < 0) break;
    const close = text.indexOf('```', open + 3);
    // An unclosed fence runs to the end, as chat clients render it.
    const end = close < 0 ? text.length : close + 3;
    out.push({ span: [open, end], content: [open + 3, close < 0 ? text.length : close], block: true });
    from = end;
  }
  return out;
}

function findInlineCode(text: string, blocks: CodeSpan[]): CodeSpan[] {
  const out: CodeSpan[] = [];
  let b = 0; // blocks are sorted; walk them alongside the matches
  for (const m of text.matchAll(INLINE_CODE)) {
    const s = m.index;
    const e = s + m[0].length;
    while (b < blocks.length && blocks[b]!.span[1] <= s) b++;
    if (b < blocks.length && blocks[b]!.span[0] < e) continue;
    out.push({ span: [s, e], content: [s + 1, e - 1], block: false });
  }
  return out;
}

function findLinks(masked: string): Span[] {
  const out: Span[] = [];
  for (const m of masked.matchAll(LINK)) {
    const trail = LINK_TRAIL.exec(m[0]);
    const end = m.index + m[0].length - (trail ? trail[0].length : 0);
    if (end > m.index) out.push([m.index, end]);
  }
  return out;
}

/** '@name' not preceded by a word char (emails) and not followed by '/' (package scopes like @acme/ui). */
function findMentions(masked: string, emails: Span[]): Mention[] {
  const out: Mention[] = [];
  let at = masked.indexOf('@');
  while (at >= 0) {
    let end = at + 1;
    while (end < masked.length && HANDLE_CHAR.test(masked[end]!)) end++;
    while (end > at + 1 && /[.-]/.test(masked[end - 1]!)) end--;
    const prev = at > 0 ? masked[at - 1]! : ' ';
    if (/[\w.+-]/.test(prev)) {
      // An email address: blank it so neither the name nor the domain reads as words.
      let start = at;
      while (start > 0 && /[\w.+-]/.test(masked[start - 1]!)) start--;
      emails.push([start, end]);
    } else if (end > at + 1 && masked[end] !== '/') {
      out.push({ span: [at, end], handle: masked.slice(at + 1, end).toLowerCase() });
    }
    at = masked.indexOf('@', Math.max(end, at + 1));
  }
  return out;
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10 || c === 0xa0;
}

/** '.', '!', '?', '…' */
function isStop(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** Sentence boundaries: newlines, '?' always, '.'/'!'/'…' when followed by whitespace (not "e.g." or "3.5"). */
export function splitSentences(masked: string): Sentence[] {
  const out: Sentence[] = [];
  const n = masked.length;
  let start = 0;
  const push = (end: number, question: boolean) => {
    let s = start;
    while (s < end && isSpaceCode(masked.charCodeAt(s))) s++;
    let e = end;
    while (e > s && isSpaceCode(masked.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e, question });
  };
  for (let i = 0; i < n; i++) {
    const c = masked.charCodeAt(i);
    if (c === 10) {
      push(i, false);
      start = i + 1;
    } else if (isStop(c)) {
      let j = i;
      let sawQuestion = false;
      while (j < n && isStop(masked.charCodeAt(j))) {
        if (masked.charCodeAt(j) === 63) sawQuestion = true;
        j++;
      }
      const next = j < n ? masked.charCodeAt(j) : 32;
      // Closing quotes and brackets may follow the stop: '"', "'", ')', ']'.
      const boundary = sawQuestion || isSpaceCode(next) || next === 34 || next === 39 || next === 41 || next === 93;
      if (boundary && c === 46 && !sawQuestion && j - i === 1) {
        const word = /([\w.]+)$/.exec(masked.slice(Math.max(start, i - 8), i));
        if (word && ABBREVIATIONS.has(word[1]!.toLowerCase())) {
          i = j - 1;
          continue;
        }
      }
      if (boundary) {
        push(j, sawQuestion);
        start = j;
      }
      i = j - 1;
    }
  }
  push(n, false);
  return out;
}

const SMART_QUOTES = /[\u2018\u2019\u201a\u201b\u02bc\u2032\u201c\u201d\u201e\u201f\u2033]/g;
const PLAIN: Record<string, string> = { '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"' };

/**
 * Typographic quotes as typed by phones and macOS ("can’t", “done”) read as plain ones, so every table written
 * with ' and " matches them. One code unit for one, so offsets are unchanged.
 */
function plainQuotes(text: string): string {
  SMART_QUOTES.lastIndex = 0;
  if (!SMART_QUOTES.test(text)) return text;
  return text.replace(SMART_QUOTES, (q) => PLAIN[q] ?? "'");
}

export function prepare(text: string): Prepared {
  const blocks = findCodeBlocks(text);
  const inline = findInlineCode(text, blocks);
  const code = [...blocks, ...inline].sort((a, b) => a.span[0] - b.span[0]);
  const codeMasked = blank(text, code.map((c) => c.span));
  const links = findLinks(codeMasked);
  const linkMasked = blank(codeMasked, links);
  const emails: Span[] = [];
  const mentions = findMentions(linkMasked, emails);
  const masked = plainQuotes(blank(linkMasked, emails));
  return { text, masked, lower: lowerSameLength(masked), links, code, codeSpans: code.map((c) => c.span), mentions, sentences: splitSentences(masked) };
}

/** Index of the sentence containing `pos` (or the nearest one before it); -1 when none. */
export function sentenceAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
