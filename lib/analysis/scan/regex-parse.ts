// Reads the regex sources of rule tables into a small tree that trigger extraction walks, through
// @eslint-community/regexpp (the parser ESLint's regex rules use) in the engine's non-unicode mode.
// Build time only: build.ts runs it when the trigger index is generated (`npm run triggers`) and in
// tests; the extension never parses a regex source. Syntax the tree does not model (backreferences, named
// groups, \c, \p) gives null, so callers fall back to plain scanning rather than trust a misread tree.
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/** A parsed regex item (the node kinds trigger extraction needs to tell apart). */
export type Node =
  | { t: 'char'; code: number }
  /** A class or class escape. `word`: admits a word character; `other`: admits a non-word character; `chars`: its word characters when few. */
  | { t: 'class'; word: boolean; other: boolean; chars: string | null }
  | { t: 'assert'; kind: 'boundary' | 'start' | 'other' }
  | { t: 'group'; alts: Node[][]; capture: boolean }
  | { t: 'quant'; node: Node; min: number; max: number };

/** Thrown for syntax the tree does not model; callers treat it as "no triggers". */
class Unsupported extends Error {}

/** Whether a char code is a regex word character ([A-Za-z0-9_]). */
export const isWordCode = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);

type ClassInfo = { word: boolean; other: boolean; chars: string | null };

/** What a class escape (\d, \w, \s and negations) or `.` admits. */
function setOf(s: AST.CharacterSet): ClassInfo {
  if (s.kind === 'digit' && !s.negate) return { word: true, other: false, chars: '0123456789' };
  if (s.kind === 'word' && !s.negate) return { word: true, other: false, chars: null };
  if (s.kind === 'space' && !s.negate) return { word: false, other: true, chars: '' };
  if (s.kind === 'property') throw new Unsupported('property escape');
  return { word: true, other: true, chars: null }; // \D \W \S and `.`
}

/** A character's code, refusing escapes the tree does not model (\1, \c, \k, \p). */
function charOf(c: AST.Character): number {
  if (/^\\[1-9ckpP]/.test(c.raw)) throw new Unsupported('escape');
  return c.value;
}

/** Inside a class only \b, \n, \t, \r and hex escapes stand for another character; any other escaped letter is itself. */
function classCharOf(c: AST.Character): number {
  if (!c.raw.startsWith('\\') || c.raw.length < 2) return c.value;
  const e = c.raw[1]!;
  if (e === 'b' || e === 'n' || e === 't' || e === 'r' || ((e === 'x' || e === 'u') && c.raw.length > 2))
    return c.value;
  return e.charCodeAt(0);
}

function classOf(cc: AST.CharacterClass): Node {
  if (cc.negate) return { t: 'class', word: true, other: true, chars: null };
  let word = false;
  let other = false;
  let chars: string | null = '';
  const addCode = (code: number) => {
    if (isWordCode(code)) {
      word = true;
      const lower = String.fromCharCode(code).toLowerCase();
      if (chars !== null && !chars.includes(lower)) chars += lower;
    } else other = true;
  };
  for (const e of cc.elements) {
    if (e.type === 'CharacterSet') {
      const s = setOf(e);
      word ||= s.word;
      other ||= s.other;
      chars = s.chars === null || chars === null ? null : chars + s.chars;
    } else if (e.type === 'CharacterClassRange') {
      addCode(classCharOf(e.min));
      for (let c = classCharOf(e.min) + 1; c <= classCharOf(e.max); c++) {
        if (c > 127) {
          other = true;
          break;
        }
        addCode(c);
      }
    } else if (e.type === 'Character') addCode(classCharOf(e));
    else throw new Unsupported(e.type);
  }
  return { t: 'class', word, other, chars };
}

function nodeOf(e: AST.Element, count: { captures: number }): Node {
  switch (e.type) {
    case 'Character':
      return { t: 'char', code: charOf(e) };
    case 'CharacterSet':
      return { t: 'class', ...setOf(e) };
    case 'CharacterClass':
      return classOf(e);
    case 'Assertion':
      if (e.kind === 'start') return { t: 'assert', kind: 'start' };
      if (e.kind === 'word' && !e.negate) return { t: 'assert', kind: 'boundary' };
      // $, \B and lookarounds: zero-width, and nothing trigger extraction relies on (their groups still count).
      if (e.kind === 'lookahead' || e.kind === 'lookbehind')
        for (const alt of e.alternatives) alternativeOf(alt, count);
      return { t: 'assert', kind: 'other' };
    case 'Group':
      return { t: 'group', alts: e.alternatives.map((a) => alternativeOf(a, count)), capture: false };
    case 'CapturingGroup':
      if (e.name !== null) throw new Unsupported('named group');
      count.captures++;
      return { t: 'group', alts: e.alternatives.map((a) => alternativeOf(a, count)), capture: true };
    case 'Quantifier':
      return { t: 'quant', node: nodeOf(e.element, count), min: e.min, max: e.max };
    default:
      throw new Unsupported(e.type);
  }
}

function alternativeOf(a: AST.Alternative, count: { captures: number }): Node[] {
  return a.elements.map((e) => nodeOf(e, count));
}

let parser: RegExpParser | undefined;

/** Parsed sources: a table's alternative is read three times when it is registered (captures, triggers, filters). */
const parsed = new Map<string, { alts: Node[][]; captures: number } | null>();

function parsedOf(source: string): { alts: Node[][]; captures: number } | null {
  let hit = parsed.get(source);
  if (hit === undefined) {
    try {
      const pattern = (parser ??= new RegExpParser({ ecmaVersion: 2022 })).parsePattern(source, 0, source.length, {
        unicode: false,
      });
      const count = { captures: 0 };
      hit = { alts: pattern.alternatives.map((a) => alternativeOf(a, count)), captures: count.captures };
    } catch {
      hit = null;
    }
    // Bounded: a language's tables hold about 700 alternatives, read once per index build.
    if (parsed.size >= 4096) parsed.clear();
    parsed.set(source, hit);
  }
  return hit;
}

/** Capturing groups in a source (the engine needs to know before wrapping alternatives in groups). */
export function captureCount(source: string): number {
  return parsedOf(source)?.captures ?? -1;
}

/** The source's top-level alternatives, or null when it uses syntax the tree does not model. Shared: never mutate it. */
export function parse(source: string): Node[][] | null {
  return parsedOf(source)?.alts ?? null;
}
