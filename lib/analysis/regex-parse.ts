// Parser for the regex sources of rule tables, into a small tree that trigger extraction walks.
//
// It understands the regex syntax the rule tables use (non-unicode mode): literals, escapes, classes,
// groups, lookarounds, quantifiers. Anything else throws Unsupported, so callers fall back to plain scanning
// rather than trust a tree that might misread the source.

/** A parsed regex item (the node kinds trigger extraction needs to tell apart). */
export type Node =
  | { t: 'char'; code: number }
  /** A class or class escape. `word`: admits a word character; `other`: admits a non-word character; `chars`: its word characters when few. */
  | { t: 'class'; word: boolean; other: boolean; chars: string | null }
  | { t: 'assert'; kind: 'boundary' | 'start' | 'other' }
  | { t: 'group'; alts: Node[][]; capture: boolean }
  | { t: 'quant'; node: Node; min: number; max: number };

/** Thrown for syntax the parser does not model; callers treat it as "no triggers". */
class Unsupported extends Error {}

/** Whether a char code is a regex word character ([A-Za-z0-9_]). */
export const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);

/** What a class escape (\d, \w, \s and negations) admits; null for other escapes. */
function classOf(escape: string): { word: boolean; other: boolean; chars: string | null } | null {
  switch (escape) {
    case 'd':
      return { word: true, other: false, chars: '0123456789' };
    case 'w':
      return { word: true, other: false, chars: null };
    case 's':
      return { word: false, other: true, chars: '' };
    case 'D':
    case 'W':
    case 'S':
      return { word: true, other: true, chars: null };
    default:
      return null;
  }
}

/** Recursive-descent parser over one source; `captures` counts capturing groups seen. */
class Parser {
  private i = 0;
  captures = 0;
  constructor(private readonly src: string) {}

  parse(): Node[][] {
    const alts = this.disjunction();
    if (this.i !== this.src.length) throw new Unsupported('trailing input');
    return alts;
  }

  private disjunction(): Node[][] {
    const alts: Node[][] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts;
  }

  private sequence(): Node[] {
    const items: Node[] = [];
    for (;;) {
      const ch = this.src[this.i];
      if (ch === undefined || ch === '|' || ch === ')') return items;
      items.push(this.quantified(this.atom()));
    }
  }

  private quantified(atom: Node): Node {
    const ch = this.src[this.i];
    let min: number | null = null;
    let max = Infinity;
    if (ch === '*') {
      min = 0;
      this.i++;
    } else if (ch === '+') {
      min = 1;
      this.i++;
    } else if (ch === '?') {
      min = 0;
      max = 1;
      this.i++;
    } else if (ch === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.i, this.i + 16));
      if (m) {
        this.i += m[0].length;
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      }
    }
    if (min === null) return atom;
    if (this.src[this.i] === '?') this.i++; // lazy
    return { t: 'quant', node: atom, min, max };
  }

  private atom(): Node {
    const ch = this.src[this.i++]!;
    switch (ch) {
      case '^':
        return { t: 'assert', kind: 'start' };
      case '$':
        return { t: 'assert', kind: 'other' };
      case '.':
        return { t: 'class', word: true, other: true, chars: null };
      case '(':
        return this.group();
      case '[':
        return this.charClass();
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
      case ')':
        throw new Unsupported(`stray ${ch}`);
      default:
        return { t: 'char', code: ch.charCodeAt(0) };
    }
  }

  private group(): Node {
    let assert = false;
    let capture = false;
    if (this.src.startsWith('?:', this.i)) this.i += 2;
    else if (this.src.startsWith('?=', this.i) || this.src.startsWith('?!', this.i)) {
      this.i += 2;
      assert = true;
    } else if (this.src.startsWith('?<=', this.i) || this.src.startsWith('?<!', this.i)) {
      this.i += 3;
      assert = true;
    } else if (this.src[this.i] === '?') throw new Unsupported('group kind');
    else capture = true;
    if (capture) this.captures++;
    const alts = this.disjunction();
    if (this.src[this.i++] !== ')') throw new Unsupported('unclosed group');
    return assert ? { t: 'assert', kind: 'other' } : { t: 'group', alts, capture };
  }

  private hexEscape(kind: string): number | null {
    const len = kind === 'x' ? 2 : 4;
    const hex = this.src.slice(this.i, this.i + len);
    if (hex.length !== len || !/^[0-9a-fA-F]+$/.test(hex)) return null;
    this.i += len;
    return parseInt(hex, 16);
  }

  private escape(): Node {
    const ch = this.src[this.i++];
    if (ch === undefined) throw new Unsupported('trailing backslash');
    if (ch === 'b') return { t: 'assert', kind: 'boundary' };
    if (ch === 'B') return { t: 'assert', kind: 'other' };
    const cls = classOf(ch);
    if (cls) return { t: 'class', ...cls };
    if (/[1-9ckpP]/.test(ch)) throw new Unsupported('escape');
    if (ch === 'x' || ch === 'u') {
      const code = this.hexEscape(ch);
      if (code !== null) return { t: 'char', code };
    }
    const simple: Record<string, number> = { n: 10, r: 13, t: 9, v: 11, f: 12, '0': 0 };
    return { t: 'char', code: simple[ch] ?? ch.charCodeAt(0) };
  }

  private charClass(): Node {
    let negate = false;
    if (this.src[this.i] === '^') {
      negate = true;
      this.i++;
    }
    let word = false;
    let other = false;
    let chars: string | null = '';
    const addCode = (c: number) => {
      if (isWordCode(c)) {
        word = true;
        const lower = String.fromCharCode(c).toLowerCase();
        if (chars !== null && !chars.includes(lower)) chars += lower;
      } else other = true;
    };
    let first = true;
    let prev = -1;
    for (;;) {
      const ch = this.src[this.i++];
      if (ch === undefined) throw new Unsupported('unclosed class');
      if (ch === ']' && !first) break;
      if (ch === ']') return { t: 'class', word: negate, other: negate, chars: negate ? null : '' }; // [] or [^]
      first = false;
      let code: number;
      if (ch === '\\') {
        const e = this.src[this.i++];
        if (e === undefined) throw new Unsupported('trailing backslash');
        const cls = classOf(e);
        if (cls) {
          word ||= cls.word;
          other ||= cls.other;
          chars = cls.chars === null ? null : chars === null ? null : chars + cls.chars;
          prev = -1;
          continue;
        }
        code = e === 'b' ? 8 : e.charCodeAt(0);
        if (e === 'x' || e === 'u') code = this.hexEscape(e) ?? code;
        else if (e === 'n') code = 10;
        else if (e === 't') code = 9;
        else if (e === 'r') code = 13;
      } else if (ch === '-' && prev >= 0 && this.src[this.i] !== ']') {
        const next = this.src[this.i]!;
        let to: number;
        if (next === '\\') {
          const e = this.src[this.i + 1] ?? '';
          this.i += 2;
          to = e === 'x' || e === 'u' ? (this.hexEscape(e) ?? e.charCodeAt(0)) : e.charCodeAt(0);
        } else {
          this.i++;
          to = next.charCodeAt(0);
        }
        for (let c = prev + 1; c <= to; c++) {
          if (c > 127) {
            other = true;
            break;
          }
          addCode(c);
        }
        prev = -1;
        continue;
      } else code = ch.charCodeAt(0);
      addCode(code);
      prev = code;
    }
    if (negate) return { t: 'class', word: true, other: true, chars: null };
    return { t: 'class', word, other, chars };
  }
}

/** Parsed sources: a table's alternative is read three times when it is registered (captures, triggers, filters). */
const parsed = new Map<string, { alts: Node[][]; captures: number } | null>();

function parsedOf(source: string): { alts: Node[][]; captures: number } | null {
  let hit = parsed.get(source);
  if (hit === undefined) {
    try {
      const p = new Parser(source);
      hit = { alts: p.parse(), captures: p.captures };
    } catch {
      hit = null;
    }
    // Bounded: a language's tables hold about 700 alternatives, compiled once.
    if (parsed.size >= 4096) parsed.clear();
    parsed.set(source, hit);
  }
  return hit;
}

/** Capturing groups in a source (the engine needs to know before wrapping alternatives in groups). */
export function captureCount(source: string): number {
  return parsedOf(source)?.captures ?? -1;
}

/** The source's top-level alternatives, or null when it uses syntax the parser does not model. Shared: never mutate it. */
export function parse(source: string): Node[][] | null {
  return parsedOf(source)?.alts ?? null;
}
