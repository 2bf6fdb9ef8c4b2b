// Trigger tokens for regex alternatives.
//
// A rule table compiles to one alternation of a hundred or more sources, and a backtracking engine tries
// every alternative at every word boundary: the cost is positions × alternatives. Most alternatives can
// only match where a particular word starts ("because", "so that", "i'd …"). This module reads an
// alternative's source and lists the tokens its matches can start with, so the engine runs the alternative
// only where one of them occurs in the message instead of trying it everywhere.
//
// It understands the regex syntax the rule tables use (non-unicode mode): literals, escapes, classes,
// groups, lookarounds, quantifiers. Anything else, or an alternative that may start with an open class
// such as [a-z]+, gets no triggers; the caller then scans for it as before.
//
// Tokens (cut by TriggerIndex.prepare in scan.ts): runs of [a-z0-9_]; an apostrophe with the word characters after it ("'s");
// single symbol characters that rules start with (@ # $ ! ~ ) and non-ASCII punctuation or emoji); and a
// line-start marker, since rules run line by line and `^` means the start of a line.

type Node =
  | { t: 'char'; code: number }
  /** A class or class escape. `word`: admits a word character; `other`: admits a non-word character; `chars`: its word characters when few. */
  | { t: 'class'; word: boolean; other: boolean; chars: string | null }
  | { t: 'assert'; kind: 'boundary' | 'start' | 'other' }
  | { t: 'group'; alts: Node[][]; capture: boolean }
  | { t: 'quant'; node: Node; min: number; max: number };

class Unsupported extends Error {}

const WORD_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_';
const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);

/** The line-start token (rules run per line, so `^` is the start of a line). */
export const LINE_START = '\n';
/** Characters that rules may start with and that therefore become tokens of their own. */
export function isSymbolCode(c: number): boolean {
  return c === 64 || c === 35 || c === 36 || c === 33 || c === 126 || c === 41 || c >= 0x2000;
}

/** Word characters at most this many: a class start ("\d", "[45]") becomes one trigger per character. */
const MAX_CLASS_TRIGGERS = 12;

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

export interface Triggers {
  /** The match starts where one of these whole tokens starts. */
  exact: string[];
  /** … or where a token starting with one of these starts. */
  prefix: string[];
}

const MAX_TRIGGERS = 200;

type Cont = { items: Node[]; index: number; next: Cont } | null;

/** Capturing groups in a source (the engine needs to know before wrapping alternatives in groups). */
export function captureCount(source: string): number {
  try {
    const p = new Parser(source);
    p.parse();
    return p.captures;
  } catch {
    return -1;
  }
}

/** Lists the tokens a match can start with when matching begins at `cont`; null when they cannot be listed. */
function firstTokens(start: Cont): Triggers | null {
  // Branching on small classes inside a token ("pr\\d") is more selective but can multiply the list; fall
  // back to stopping at such a class (a prefix trigger) when the list grows too long.
  return firstTokensWith(start, true) ?? firstTokensWith(start, false);
}

function firstTokensWith(start: Cont, branchInside: boolean): Triggers | null {
  const exact = new Set<string>();
  const prefix = new Set<string>();
  let failed = false;
  const emit = (word: string, isExact: boolean) => {
    if (word === '') failed = true;
    else (isExact ? exact : prefix).add(word);
    if (exact.size + prefix.size > MAX_TRIGGERS) failed = true;
  };
  // Walks the ways a match can begin, accumulating its first token until the token is known to end.
  const walk = (cont: Cont, word: string, depth: number): void => {
    if (failed) return;
    if (depth > 80) {
      failed = true;
      return;
    }
    if (cont === null) {
      emit(word, false); // the alternative may end here; what follows is unknown
      return;
    }
    if (cont.index >= cont.items.length) {
      walk(cont.next, word, depth + 1);
      return;
    }
    const node = cont.items[cont.index]!;
    const rest: Cont = { items: cont.items, index: cont.index + 1, next: cont.next };
    switch (node.t) {
      case 'assert':
        if (node.kind === 'boundary' && word !== '') emit(word, true);
        else if (node.kind === 'start' && word === '') emit(LINE_START, true);
        else walk(rest, word, depth + 1);
        return;
      case 'char': {
        const c = node.code;
        if (c === 10) return; // never inside a line
        if (isWordCode(c)) walk(rest, word + String.fromCharCode(c).toLowerCase(), depth + 1);
        else if (word === '' && c === 39) walk(rest, "'", depth + 1);
        else if (word === '' || word === "'") {
          if (word === '' && isSymbolCode(c)) emit(String.fromCharCode(c), true);
          else failed = true;
        } else emit(word, true);
        return;
      }
      case 'class':
        // A class of a few word characters ("[45]", "\\d") continues the token once per character.
        if (!node.other && node.chars !== null && node.chars.length > 0 && node.chars.length <= MAX_CLASS_TRIGGERS && word !== "'" && (branchInside || word === '')) {
          for (const ch of node.chars) walk(rest, word + ch, depth + 1);
          return;
        }
        if (word !== '' && word !== "'") {
          emit(word, !node.word);
          return;
        }
        failed = true;
        return;
      case 'group':
        for (const alt of node.alts) walk({ items: alt, index: 0, next: rest }, word, depth + 1);
        return;
      case 'quant':
        if (node.min === 0) walk(rest, word, depth + 1);
        if (node.max === 0) return;
        if (node.max === 1) {
          walk({ items: [node.node], index: 0, next: rest }, word, depth + 1);
          return;
        }
        // Repeated: follow one repetition, then stop; more may follow, so the token is only a prefix.
        walk({ items: [node.node], index: 0, next: null }, word, depth + 1);
        return;
    }
  };
  walk(start, '', 0);
  if (failed) return null;
  return { exact: [...exact], prefix: [...prefix] };
}

function parse(source: string): Node[][] | null {
  try {
    return new Parser(source).parse();
  } catch {
    return null;
  }
}

/**
 * Tokens every match of `source` starts with (lower-case sources), or null when they cannot be listed.
 * Matching runs line by line, so a newline in the pattern can never match and `^` is a line start.
 */
export function triggersOf(source: string): Triggers | null {
  const alts = parse(source);
  if (!alts) return null;
  const exact = new Set<string>();
  const prefix = new Set<string>();
  for (const alt of alts) {
    const t = firstTokens({ items: alt, index: 0, next: null });
    if (!t) return null;
    for (const w of t.exact) exact.add(w);
    for (const w of t.prefix) prefix.add(w);
  }
  return { exact: [...exact], prefix: [...prefix] };
}

/** Zero-width: an assertion, or a group of nothing but assertions ("(?:\\b|(?=@))"). */
const isAssert = (n: Node): boolean => n.t === 'assert' || (n.t === 'group' && n.alts.every((alt) => alt.every(isAssert)));
/** An item that always matches at least one character and never a word character ("\s+", " ", "[\s,]+"). */
function isSeparator(n: Node): boolean {
  if (n.t === 'quant') return n.min >= 1 && isSeparator(n.node);
  if (n.t === 'class') return !n.word;
  if (n.t === 'char') return !isWordCode(n.code) && n.code !== 39 && !isSymbolCode(n.code) && n.code !== 10;
  return false;
}
const isRequired = (n: Node) => n.t !== 'assert' && !(n.t === 'quant' && n.min === 0);

/** Whether every way through `n` ends with a separator (so what follows starts a token). */
function endsWithSeparator(n: Node): boolean {
  if (isSeparator(n)) return true;
  if (n.t === 'group') return n.alts.every((alt) => alt.length > 0 && endsWithSeparator(alt[alt.length - 1]!));
  if (n.t === 'quant') return n.min >= 1 && endsWithSeparator(n.node);
  return false;
}

/** Whether item k always starts at a token start: after a separator, possibly behind optional items ending in one. */
function startsToken(items: Node[], k: number, first: number): boolean {
  for (let j = k - 1; j >= first; j--) {
    const n = items[j]!;
    // A separator, or a word boundary right before an item that starts with a word character.
    if (isSeparator(n) || (n.t === 'assert' && n.kind === 'boundary')) return true;
    if (isAssert(n)) continue; // other zero-width items change nothing
    if (n.t === 'quant' && n.min === 0 && endsWithSeparator(n.node)) continue;
    return false;
  }
  return true; // only optional items before it: it may be the match start, which is a token start
}

/** Words in almost every message: a filter made of them rules out nothing. */
const COMMON = new Set(
  "a an the i we you it is are was were be been am 's 're 'm 'd 'll 've to of in on at for by with and or not no do did does can could would will should this that these those there here my our your me us them they he she him her as if so but from up out now".split(' '),
);

/** How selective a filter is: common words and short words occur everywhere. Higher is better. */
function selectivity(t: Triggers): number {
  let common = 0;
  let min = Infinity;
  for (const w of t.exact) {
    if (COMMON.has(w)) common++;
    min = Math.min(min, w.length);
  }
  // A short prefix ("d" for digits) matches many tokens.
  for (const w of t.prefix) {
    if (w.length < 3) common++;
    min = Math.min(min, w.length);
  }
  return -100 * common + Math.min(min, 12);
}

/** Filters usable by the index: word tokens (the line-start marker and symbols occur in every message or are too rare to matter). */
const usable = (t: Triggers | null): t is Triggers =>
  t !== null && t.exact.length + t.prefix.length > 0 && !t.exact.includes(LINE_START) && [...t.exact, ...t.prefix].every((w) => /^'?[a-z0-9_]/.test(w));

const usableOrNull = (t: Triggers | null): Triggers | null => (usable(t) ? t : null);

/** Candidate filters for one sequence (followed by `next`), best first: required items that start a token after the first item. */
function laterTokens(items: Node[], next: Cont): Triggers[] {
  let first = 0;
  while (first < items.length && isAssert(items[first]!)) first++;
  let last = items.length - 1;
  while (last > first && isAssert(items[last]!)) last--;
  // "\b(?:…)\b" wrappers: look inside a lone group, keeping what follows it.
  if (first === last && items[first]?.t === 'group') {
    const g = items[first] as { t: 'group'; alts: Node[][] };
    const after: Cont = { items, index: first + 1, next };
    if (g.alts.length === 1) return laterTokens(g.alts[0]!, after);
    // Each alternative contributes its best later token set, or else its own first tokens (also required).
    const merged = unionOrNull(g.alts.map((alt) => laterTokens(alt, after)[0] ?? usableOrNull(firstTokens({ items: alt, index: 0, next: after }))));
    return merged ? [merged] : [];
  }
  const found: Triggers[] = [];
  for (let k = first + 1; k < items.length; k++) {
    if (!isRequired(items[k]!) || !startsToken(items, k, first)) continue;
    const t = firstTokens({ items, index: k, next });
    if (usable(t)) found.push(t);
  }
  return found.sort((x, y) => selectivity(y) - selectivity(x));
}

function unionOrNull(list: Array<Triggers | null>): Triggers | null {
  const exact = new Set<string>();
  const prefix = new Set<string>();
  for (const t of list) {
    if (!t) return null;
    for (const w of t.exact) exact.add(w);
    for (const w of t.prefix) prefix.add(w);
  }
  return { exact: [...exact], prefix: [...prefix] };
}

/**
 * Filters for `source`: sets of tokens of which every match contains at least one (besides its first token).
 * When any filter has none of its tokens in a message, the source cannot match there and its triggers need
 * not run. At most two, the most selective first.
 */
export function filtersOf(source: string): Triggers[] {
  const alts = parse(source);
  if (!alts) return [];
  if (alts.length === 1) return laterTokens(alts[0]!, null).slice(0, 2);
  const merged = unionOrNull(alts.map((alt) => laterTokens(alt, null)[0] ?? usableOrNull(firstTokens({ items: alt, index: 0, next: null }))));
  return merged ? [merged] : [];
}
