// Placeholders are not content (lib/analysis/README.md). The engine's own suggestion lines leave [bracketed]
// blanks for the writer; while one is unfilled it must not make a part present. This finds them (only
// the exact blanks our texts insert, so "[WIP]" or a markdown "[link](…)" written by the writer stays
// content) and blanks them, and blanks a whole line that is nothing but a suggestion's frame around
// them ("Context: [why this matters]." says nothing yet). Same length out as in, so offsets still hold.
// One pass with a bounded look-ahead: linear in the text.
import type { Language } from './language';
import type { Span } from './types';

/** The longest placeholder our texts hold, with room: a '[' further than this from its ']' is not ours. */
const MAX_PLACEHOLDER = 80;

export interface PlaceholderCatalogue {
  blanks: ReadonlySet<string>;
  /** Lower-case words of every template frame (without its blanks and {vars}). */
  frameWords: ReadonlySet<string>;
}

function templates(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) templates(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) templates(v, out);
  return out;
}

const catalogues = new WeakMap<Language, PlaceholderCatalogue>();

/** Every [blank] the language's texts can insert, and the words of the frames around them. */
export function placeholderCatalogue(lang: Language): PlaceholderCatalogue {
  const known = catalogues.get(lang);
  if (known) return known;
  const blanks = new Set<string>();
  const frameWords = new Set<string>();
  for (const t of templates(lang.texts, [])) {
    if (!t.includes('[')) continue;
    for (const m of t.matchAll(/\[[^[\]\n]+\]/g)) blanks.add(m[0]);
    for (const w of wordsOf(t.replace(/\[[^[\]\n]+\]|\{\w+\}/g, ' '))) frameWords.add(w);
  }
  const made = { blanks, frameWords };
  catalogues.set(lang, made);
  return made;
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
}

export interface Placeholders {
  /** Each unfilled blank, in order. */
  spans: Span[];
  /** The text with blanks (and frame-only lines) replaced by spaces; newlines kept. */
  text: string;
}

/** Finds our unfilled blanks in `text` and returns the text with them (and frame-only lines) blanked. */
export function findPlaceholders(text: string, catalogue: PlaceholderCatalogue): Placeholders {
  const spans: Span[] = [];
  let from = 0;
  for (;;) {
    const open = text.indexOf('[', from);
    if (open < 0) break;
    let close = -1;
    const limit = Math.min(text.length, open + MAX_PLACEHOLDER);
    for (let i = open + 1; i < limit; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 93 /* ] */) { close = i; break; }
      if (ch === 91 /* [ */ || ch === 10 /* \n */) break;
    }
    if (close >= 0 && catalogue.blanks.has(text.slice(open, close + 1))) {
      spans.push([open, close + 1]);
      from = close + 1;
    } else from = open + 1;
  }
  if (spans.length === 0) return { spans, text };

  const blanked: Span[] = [];
  let s = 0;
  while (s < spans.length) {
    // The line holding this blank: if nothing but frame words (or an @handle) remains on it, blank it all.
    const lineStart = text.lastIndexOf('\n', spans[s]![0] - 1) + 1;
    let lineEnd = text.indexOf('\n', spans[s]![0]);
    if (lineEnd < 0) lineEnd = text.length;
    let rest = '';
    let at = lineStart;
    const onLine: Span[] = [];
    while (s < spans.length && spans[s]![0] < lineEnd) {
      onLine.push(spans[s]!);
      rest += text.slice(at, spans[s]![0]) + ' ';
      at = spans[s]![1];
      s++;
    }
    rest += text.slice(at, lineEnd);
    const frameOnly = wordsOf(rest.replace(/@[\w.-]+/g, ' ')).every((w) => catalogue.frameWords.has(w));
    if (frameOnly) blanked.push([lineStart, lineEnd]);
    else blanked.push(...onLine);
  }
  let out = '';
  let at = 0;
  for (const [a, b] of blanked) {
    out += text.slice(at, a) + text.slice(a, b).replace(/[^\n]/g, ' ');
    at = b;
  }
  out += text.slice(at);
  return { spans, text: out };
}
