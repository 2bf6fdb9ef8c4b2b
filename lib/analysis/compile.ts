// Turns a Language's pattern tables into RegExps once per language (at first use), never per message.
// Whole-message matching of the case-insensitive tables goes through trigger scanning (scan/), which
// finds the same spans as the plain alternations here but only runs the rules whose words the message has.
import type { PatternSet } from './language';
import { scan, type ScanState, type Scanner, type TriggerIndex } from './scan';
import { withoutOverlaps } from './span-overlap';
import type { Span } from './types';

export interface CompiledSet {
  re: RegExp | null;
  unless: RegExp | null;
  /** False for the usual case-insensitive sets: their sources are lower-cased and run over a lower-cased copy of the message. */
  caseSensitive: boolean;
  /** The trigger index the alternations are registered in for scanning whole messages (scan/), or null. */
  index: TriggerIndex | null;
  /** Their registration numbers in `index` (-1: not registered). */
  matchReg: number;
  unlessReg: number;
}

const PATTERN_TOKEN = /\\[pPu]\{[^}]*\}|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\c[A-Za-z]|\\[A-Za-z]|[A-Z]/g;

/** Lower-cases a regex source's literal letters, leaving escapes such as \\S or \\p{L} alone. */
export function lowerPattern(source: string): string {
  return source.replace(PATTERN_TOKEN, (t) => (t.length === 1 ? t.toLowerCase() : t));
}

/** Lower case with every UTF-16 offset unchanged (toLowerCase can lengthen a few letters, e.g. "İ"). */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : text.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

const MACRO = /\{([A-Z_]+)\}/g;

/** Expands `{NAME}` macros (recursively, so macros can build on each other). */
export function expand(source: string, macros: Record<string, string>, depth = 0): string {
  if (depth > 8) throw new Error(`Macro expansion too deep in: ${source.slice(0, 60)}`);
  return source.replace(MACRO, (whole, name: string) => {
    const body = macros[name];
    if (body === undefined) throw new Error(`Unknown macro {${name}}`);
    return expand(body, macros, depth + 1);
  });
}

const LEADING_BOUNDARY = '\\b';

function prepareSources(sources: readonly string[], macros: Record<string, string>, lower: boolean) {
  return sources.map((raw) => (lower ? lowerPattern(expand(raw, macros)) : expand(raw, macros)));
}

/**
 * One regex for a list of sources. Sources that start with a word boundary share a single leading `\b`
 * group, so the engine rejects mid-word positions once instead of once per alternative.
 */
function alternation(sources: readonly string[]): RegExp | null {
  if (sources.length === 0) return null;
  const bounded: string[] = [];
  const other: string[] = [];
  for (const s of sources) {
    if (s.startsWith(LEADING_BOUNDARY)) bounded.push(`(?:${s.slice(LEADING_BOUNDARY.length)})`);
    else other.push(`(?:${s})`);
  }
  const parts = bounded.length > 0 ? [`\\b(?:${bounded.join('|')})`, ...other] : other;
  return new RegExp(parts.join('|'), 'g');
}

/**
 * Compiles a table. With an `index`, a case-insensitive table is also registered for trigger scanning, so
 * `scanSpans` can match it over a whole message without trying every alternative at every position.
 * The regexes themselves compile the first time they run (V8 compiles a RegExp on its first exec).
 */
export function compileSet(set: PatternSet, macros: Record<string, string>, index?: TriggerIndex): CompiledSet {
  const lower = !set.caseSensitive;
  const match = prepareSources(set.match, macros, lower);
  const unless = prepareSources(set.unless ?? [], macros, lower);
  const scannable = lower && index !== undefined;
  return {
    re: alternation(match),
    unless: alternation(unless),
    caseSensitive: !lower,
    index: scannable ? index : null,
    matchReg: scannable && match.length > 0 ? index.register(match) : -1,
    unlessReg: scannable && unless.length > 0 ? index.register(unless) : -1,
  };
}

/**
 * The scanner for a set's matches when the whole set (its `unless` too) is scanned by triggers; null when
 * it runs as its plain alternation (case-sensitive, not registered, capturing groups, or no prebuilt index).
 */
export function scannerOf(set: CompiledSet): Scanner | null {
  if (!set.index || set.matchReg < 0) return null;
  const scanner = set.index.scanner(set.matchReg);
  if (!scanner || (set.unless && !unlessScannerOf(set))) return null;
  return scanner;
}

function unlessScannerOf(set: CompiledSet): Scanner | null {
  return set.index && set.unlessReg >= 0 ? set.index.scanner(set.unlessReg) : null;
}

/** A single regex anchored where the caller decides (sticky 'y' for "right after", `$` for "right before"). */
export function compileAnchored(source: string, macros: Record<string, string>, mode: 'after' | 'before' | 'whole'): RegExp {
  const body = expand(source, macros);
  if (mode === 'after') return new RegExp(body, 'iy');
  if (mode === 'before') return new RegExp(`(?:${body})$`, 'i');
  return new RegExp(`^(?:${body})$`, 'i');
}

/** Matches of `re` in `line`, shifted by `offset`. */
function collectLine(re: RegExp, line: string, offset: number, out: Span[]): void {
  // matchAll steps past zero-length matches itself; those are skipped (no empty spans).
  for (const m of line.matchAll(re)) {
    if (m[0].length > 0) out.push([offset + m.index, offset + m.index + m[0].length]);
  }
}

/** In chat a line break ends a thought, so matching runs line by line and no match spans two lines. */
function collect(re: RegExp, text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (end > start) collectLine(re, start === 0 && end === text.length ? text : text.slice(start, end), start, out);
    start = end + 1;
  }
  return out;
}

/**
 * All matches of a compiled set in `text`, minus those overlapping an `unless` match. Sorted by start.
 * Pass `lowered` when `text` is already lower-cased (the engine lowers each message once).
 */
export function findSpans(set: CompiledSet, text: string, lowered = false): Span[] {
  if (!set.re) return [];
  const input = set.caseSensitive || lowered ? text : lowerSameLength(text);
  const hits = collect(set.re, input);
  if (!set.unless || hits.length === 0) return hits;
  return withoutOverlaps(hits, collect(set.unless, input));
}

/**
 * `findSpans` over the text a ScanState was prepared for (the lower-cased message), through trigger
 * scanning when the set was registered for it. Same result as findSpans(set, state.text, true).
 */
export function scanSpans(set: CompiledSet, state: ScanState): Span[] {
  const scanner = scannerOf(set);
  if (!scanner) return findSpans(set, state.text, true);
  const hits = scan(scanner, state);
  const unlessScanner = unlessScannerOf(set);
  if (!unlessScanner || hits.length === 0) return hits;
  return withoutOverlaps(hits, scan(unlessScanner, state));
}

/** True when the set matches somewhere in `text` (honouring `unless`). */
export function matchesIn(set: CompiledSet, text: string, lowered = false): boolean {
  return findSpans(set, text, lowered).length > 0;
}
