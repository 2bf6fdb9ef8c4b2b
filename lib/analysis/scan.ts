// Whole-message scanning of rule tables through trigger tokens (see triggers.ts).
//
// Each case-insensitive table's alternatives are split in two: those whose first token can be listed run
// as sticky regexes only where such a token starts; the rest are scanned over each line as before. The
// matches of both are then reduced exactly as a single global alternation would reduce them: leftmost
// first, the earlier alternative first at the same position, no overlaps. So a table matches the same spans
// as before, but a message pays only for the rules whose words it contains.
//
// Filters (triggers.ts, filtersOf) prune further: an alternative whose required later words do not occur in
// the message is never run at all.
import { captureCount, filtersOf, isSymbolCode as symbolCode, LINE_START, triggersOf } from './triggers';
import type { Span } from './types';

/** An alternative without triggers: scanned over every line, unless its filter rules it out. */
interface Fallback {
  re: RegExp;
  priority: number;
  /** Index into ScanState.fallbackOk. */
  id: number;
}

/** One alternation (a table's `match` or `unless` list) prepared for trigger scanning. */
export interface Scanner {
  id: number;
  index: TriggerIndex;
  fallbacks: Fallback[];
}

/** Per-message state: the lines of the text and, per scanner, the (alternative, position) pairs to try. */
export interface ScanState {
  text: string;
  lineStarts: number[];
  lines: string[];
  /** Flat [alternative, line, offset in line] triples per scanner id. */
  pending: number[][];
  /** Per fallback id: 1 when its filter lets it run on this text. */
  fallbackOk: Uint8Array;
}

const BOUNDARY = '\\b';
const NO_FILTER = -1;

/** Trie slots: a-z, 0-9, '_' and a leading apostrophe. */
const SLOTS = 38;
const APOSTROPHE_SLOT = 37;
/** triggers.ts's isSymbolCode, bound locally: the tokenizer loop calls it for every non-word character. */
const isSymbolCode: (c: number) => boolean = symbolCode;

function slotOf(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 48 && c <= 57) return c - 22;
  if (c === 95) return 36;
  return -1;
}

/** Lists of numbers packed into one Int32Array: list k is data[start[k] .. start[k + 1]). */
interface Packed {
  start: Int32Array;
  data: Int32Array;
}

function pack(lists: ReadonlyArray<readonly number[] | null>): Packed {
  const start = new Int32Array(lists.length + 1);
  let total = 0;
  lists.forEach((l, k) => {
    start[k] = total;
    total += l ? l.length : 0;
  });
  start[lists.length] = total;
  const data = new Int32Array(total);
  lists.forEach((l, k) => l && data.set(l, start[k]!));
  return { start, data };
}

/** The read-only tables prepare() runs on, built from the registration lists on first use. */
interface Frozen {
  next: Int32Array;
  wordAt: Int32Array;
  prefixWordAt: Int32Array;
  prefixAlts: Packed;
  triggered: Packed;
  altScanner: Int32Array;
  altFilter: Int32Array;
  /** Filter id → its word sets (ranges in `filterWords`), each of which must have a word in the text. */
  filterSets: Packed;
  /** Per word id: the filter word sets it belongs to. */
  setsOfWord: Packed;
  fallbackFilter: Int32Array;
  symbolWord: Map<number, number>;
  lineWord: number;
  scanners: number;
  /**
   * Scratch reused across messages (prepare is synchronous), cleared after each use: per word id the last
   * position it starts at (-1: absent); per alternative 0 (unchecked) or 1 + the position its filter words
   * last occur at (a match starting at or after it cannot contain them), 1 meaning never.
   */
  lastAt: Int32Array;
  limit: Int32Array;
  /** Per filter word set: the last position one of its words starts at in this text, or -1. */
  setLast: Int32Array;
  /** Set while prepare() uses the scratch. */
  busy: boolean;
}

/** All trigger tokens of a language's tables, built once when the language is compiled. */
export class TriggerIndex {
  /** Per alternative: its scanner, priority and sticky regex. */
  readonly alternatives: Array<{ scanner: number; priority: number; sticky: RegExp }> = [];
  private readonly altFilter: number[] = [];
  /**
   * A trie over the trigger and filter words, so the message is tokenized and looked up in one pass over
   * its characters without cutting out substrings. Node 0 is the root; `next[node * SLOTS + slot]`.
   */
  private readonly next: number[] = new Array<number>(SLOTS).fill(-1);
  /** Per node: the word id of a whole token ending there, or -1. */
  private readonly wordAt: number[] = [-1];
  /** Per node: the word id of a filter prefix ending there (any token through the node starts with it), or -1. */
  private readonly prefixWordAt: number[] = [-1];
  /** Per node: alternatives triggered by any token starting with the path to it. */
  private readonly prefixAlts: Array<number[] | null> = [null];
  /** Symbol and line-start tokens (single characters outside the trie) to word ids. */
  private readonly symbolWord = new Map<number, number>();
  /** Per word id: the alternatives it triggers as a whole token. */
  private readonly triggered: number[][] = [];
  /** Per filter id: its word sets; per word set: its word ids. */
  private readonly filterSets: number[][] = [];
  private readonly setWords: number[][] = [];
  private readonly fallbackFilter: number[] = [];
  private scanners = 0;
  private frozen: Frozen | null = null;

  /** The trie node for a word, created on demand; -1 for words the trie cannot hold (symbols, line start). */
  private node(word: string): number {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      const slot = i === 0 && c === 39 ? APOSTROPHE_SLOT : slotOf(c);
      if (slot < 0) return -1;
      let child = this.next[node * SLOTS + slot]!;
      if (child < 0) {
        child = this.wordAt.length;
        this.wordAt.push(-1);
        this.prefixWordAt.push(-1);
        this.prefixAlts.push(null);
        for (let k = 0; k < SLOTS; k++) this.next.push(-1);
        this.next[node * SLOTS + slot] = child;
      }
      node = child;
    }
    return node;
  }

  private newWord(): number {
    this.triggered.push([]);
    return this.triggered.length - 1;
  }

  /** The id of a whole-token word (or symbol / line start). */
  private wordId(word: string): number {
    const node = this.node(word);
    if (node < 0) {
      const code = word === LINE_START ? 10 : word.charCodeAt(0);
      let id = this.symbolWord.get(code);
      if (id === undefined) {
        id = this.newWord();
        this.symbolWord.set(code, id);
      }
      return id;
    }
    if (this.wordAt[node]! < 0) this.wordAt[node] = this.newWord();
    return this.wordAt[node]!;
  }

  /** The id of a word that counts as present when any token starts with `prefix`. */
  private prefixWordId(prefix: string): number {
    const node = this.node(prefix);
    if (this.prefixWordAt[node]! < 0) this.prefixWordAt[node] = this.newWord();
    return this.prefixWordAt[node]!;
  }

  /** Registers the filters of a source (see filtersOf) as one filter id, or NO_FILTER. */
  private addFilter(source: string): number {
    const filters = filtersOf(source);
    if (filters.length === 0) return NO_FILTER;
    const sets: number[] = [];
    for (const filter of filters) {
      sets.push(this.setWords.length);
      this.setWords.push([...filter.exact.map((w) => this.wordId(w)), ...filter.prefix.map((w) => this.prefixWordId(w))]);
    }
    this.filterSets.push(sets);
    return this.filterSets.length - 1;
  }

  /**
   * Registers an alternation (sources already expanded and lower-cased, in priority order; the ones
   * starting with \b form a leading group as in compile.ts) and returns its scanner, or null when the
   * sources use capturing groups (their callers read the groups from the combined regex).
   */
  add(sources: readonly string[]): Scanner | null {
    const bounded: string[] = [];
    const other: string[] = [];
    for (const s of sources) {
      if (captureCount(s) !== 0) return null;
      if (s.startsWith(BOUNDARY)) bounded.push(s.slice(BOUNDARY.length));
      else other.push(s);
    }
    this.frozen = null;
    const id = this.scanners++;
    const ordered = [...bounded.map((s) => `${BOUNDARY}(?:${s})`), ...other.map((s) => `(?:${s})`)];
    const fallbacks: Fallback[] = [];
    ordered.forEach((source, priority) => {
      const triggers = triggersOf(source);
      const prefixNodes = triggers ? triggers.prefix.map((w) => this.node(w)) : [];
      const filter = this.addFilter(source);
      if (!triggers || prefixNodes.some((n) => n < 0)) {
        fallbacks.push({ re: new RegExp(source, 'g'), priority, id: this.fallbackFilter.length });
        this.fallbackFilter.push(filter);
        return;
      }
      const alt = this.alternatives.length;
      this.alternatives.push({ scanner: id, priority, sticky: new RegExp(source, 'y') });
      this.altFilter.push(filter);
      for (const word of triggers.exact) this.triggered[this.wordId(word)]!.push(alt);
      for (const node of prefixNodes) (this.prefixAlts[node] ??= []).push(alt);
    });
    return { id, index: this, fallbacks };
  }

  /** Inverts setWords: for each word id, the sets that contain it. */
  private setsOfWords(words: number): number[][] {
    const out: number[][] = Array.from({ length: words }, () => []);
    this.setWords.forEach((list, set) => {
      for (const w of new Set(list)) out[w]!.push(set);
    });
    return out;
  }

  private freeze(): Frozen {
    const words = this.triggered.length;
    return {
      next: Int32Array.from(this.next),
      wordAt: Int32Array.from(this.wordAt),
      prefixWordAt: Int32Array.from(this.prefixWordAt),
      prefixAlts: pack(this.prefixAlts),
      triggered: pack(this.triggered),
      altScanner: Int32Array.from(this.alternatives.map((a) => a.scanner)),
      altFilter: Int32Array.from(this.altFilter),
      filterSets: pack(this.filterSets),
      setsOfWord: pack(this.setsOfWords(words)),
      fallbackFilter: Int32Array.from(this.fallbackFilter),
      symbolWord: new Map(this.symbolWord),
      lineWord: this.symbolWord.get(10) ?? -1,
      scanners: this.scanners,
      lastAt: new Int32Array(words).fill(-1),
      limit: new Int32Array(this.alternatives.length),
      setLast: new Int32Array(this.setWords.length).fill(-1),
      busy: false,
    };
  }

  /**
   * Tokenizes a lower-cased text once (see triggers.ts for what a token is) and files every triggered
   * (alternative, position) under its scanner. Linear in the text: each character is read once, plus one
   * trie step per character of a token while the token is still a known prefix.
   */
  prepare(text: string): ScanState {
    let f = (this.frozen ??= this.freeze());
    // A previous call that did not finish (it cannot throw on strings, but be safe) left the scratch dirty.
    if (f.busy) f = this.frozen = this.freeze();
    f.busy = true;
    const { next, wordAt, prefixWordAt, lastAt, limit } = f;
    const prefixStart = f.prefixAlts.start;
    const n = text.length;
    // Pass 1: [position, word id] of tokens that are known words, [position, node] of prefix triggers.
    const found: number[] = [];
    const prefixHits: number[] = [];
    const seenIds: number[] = [];
    const lineStarts = [0];
    let atLineStart = true;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (atLineStart && f.lineWord >= 0) {
        found.push(i, f.lineWord);
        if (lastAt[f.lineWord]! < 0) seenIds.push(f.lineWord);
        lastAt[f.lineWord] = i;
      }
      atLineStart = false;
      if (c === 10) {
        lineStarts.push(i + 1);
        atLineStart = true;
        i++;
        continue;
      }
      let slot = slotOf(c);
      if (slot >= 0 || (c === 39 && i + 1 < n && slotOf(text.charCodeAt(i + 1)) >= 0)) {
        // A word token, or an apostrophe suffix ("'s"), which does not consume the word after it.
        const apostrophe = slot < 0;
        let node = next[apostrophe ? APOSTROPHE_SLOT : slot]!;
        let j = i + 1;
        for (;;) {
          if (node >= 0) {
            if (prefixStart[node + 1]! > prefixStart[node]!) prefixHits.push(i, node);
            const pw = prefixWordAt[node]!;
            if (pw >= 0) {
              if (lastAt[pw]! < 0) seenIds.push(pw);
              lastAt[pw] = i;
            }
          }
          if (j >= n) break;
          slot = slotOf(text.charCodeAt(j));
          if (slot < 0) break;
          if (node >= 0) node = next[node * SLOTS + slot]!;
          j++;
        }
        if (node >= 0) {
          const id = wordAt[node]!;
          if (id >= 0) {
            found.push(i, id);
            if (lastAt[id]! < 0) seenIds.push(id);
            lastAt[id] = i;
          }
        }
        i = apostrophe ? i + 1 : j;
        continue;
      }
      if (isSymbolCode(c)) {
        const id = f.symbolWord.get(c);
        if (id !== undefined) {
          found.push(i, id);
          if (lastAt[id]! < 0) seenIds.push(id);
          lastAt[id] = i;
        }
      }
      i++;
    }
    // Each filter word set's last occurrence, from the words that occur (linear in what the text contains).
    const { setLast, setsOfWord } = f;
    const touchedSets: number[] = [];
    for (const id of seenIds) {
      const at = lastAt[id]!;
      for (let k = setsOfWord.start[id]!; k < setsOfWord.start[id + 1]!; k++) {
        const set = setsOfWord.data[k]!;
        if (setLast[set]! < 0) touchedSets.push(set);
        if (at > setLast[set]!) setLast[set] = at;
      }
    }
    const lines: string[] = [];
    for (let k = 0; k < lineStarts.length; k++) lines.push(text.slice(lineStarts[k]!, k + 1 < lineStarts.length ? lineStarts[k + 1]! - 1 : n));

    // Pass 2: file the triggered alternatives whose filters pass.
    const pending: number[][] = [];
    for (let k = 0; k < f.scanners; k++) pending.push([]);
    const touched: number[] = [];
    let line = 0;
    const file = (list: Int32Array, from: number, to: number, at: number) => {
      while (line > 0 && lineStarts[line]! > at) line--;
      while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= at) line++;
      const offset = at - lineStarts[line]!;
      for (let h = from; h < to; h++) {
        const a = list[h]!;
        let end = limit[a]!;
        if (end === 0) {
          end = 1 + filterLimit(f, f.altFilter[a]!);
          limit[a] = end;
          touched.push(a);
        }
        // A filter word must still start at or after this position (any match contains one).
        if (at <= end - 1) pending[f.altScanner[a]!]!.push(a, line, offset);
      }
    };
    const trig = f.triggered;
    for (let k = 0; k < found.length; k += 2) {
      const id = found[k + 1]!;
      file(trig.data, trig.start[id]!, trig.start[id + 1]!, found[k]!);
    }
    for (let k = 0; k < prefixHits.length; k += 2) {
      const node = prefixHits[k + 1]!;
      file(f.prefixAlts.data, prefixStart[node]!, prefixStart[node + 1]!, prefixHits[k]!);
    }
    const fallbackOk = new Uint8Array(f.fallbackFilter.length);
    for (let k = 0; k < fallbackOk.length; k++) fallbackOk[k] = filterLimit(f, f.fallbackFilter[k]!) >= 0 ? 1 : 0;
    // Leave the scratch clean for the next message.
    for (const id of seenIds) lastAt[id] = -1;
    for (const a of touched) limit[a] = 0;
    for (const set of touchedSets) setLast[set] = -1;
    f.busy = false;
    return { text, lineStarts, lines, pending, fallbackOk };
  }
}

/**
 * The position up to which a match may start and still contain the filter's words: for each word set the
 * last position one of its words starts at, the smallest over the sets. -1 when a set has no word in the
 * text; the text length or more when there is no filter.
 */
function filterLimit(f: Frozen, filter: number): number {
  if (filter === NO_FILTER) return 0x3fffffff;
  const sets = f.filterSets;
  let limit = 0x3fffffff;
  for (let s = sets.start[filter]!; s < sets.start[filter + 1]!; s++) {
    const last = f.setLast[sets.data[s]!]!;
    if (last < limit) limit = last;
  }
  return limit;
}

/** Candidate matches as flat [start, end, priority] triples. */
function candidates(scanner: Scanner, state: ScanState): number[] {
  const out: number[] = [];
  const alts = scanner.index.alternatives;
  const pend = state.pending[scanner.id]!;
  for (let k = 0; k < pend.length; k += 3) {
    const alt = alts[pend[k]!]!;
    const line = pend[k + 1]!;
    const offset = pend[k + 2]!;
    const re = alt.sticky;
    re.lastIndex = offset;
    // test() leaves lastIndex at the end of a sticky match and allocates no result array.
    if (re.test(state.lines[line]!) && re.lastIndex > offset) {
      const base = state.lineStarts[line]!;
      out.push(base + offset, base + re.lastIndex, alt.priority);
    }
  }
  for (const fb of scanner.fallbacks) {
    if (!state.fallbackOk[fb.id]) continue;
    const re = fb.re;
    for (let line = 0; line < state.lines.length; line++) {
      const text = state.lines[line]!;
      if (text.length === 0) continue;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      // Every start where the alternative matches (not only non-overlapping ones): the reduction in
      // scan() decides which survive, as the combined alternation would.
      while ((m = re.exec(text)) !== null) {
        re.lastIndex = m.index + 1;
        if (m[0].length === 0) continue;
        const start = state.lineStarts[line]! + m.index;
        out.push(start, start + m[0].length, fb.priority);
      }
    }
  }
  return out;
}

/**
 * The spans a global scan of the whole alternation would return: at each position the first alternative
 * (by priority) that matches there wins, and the scan resumes at the end of that match.
 */
export function scan(scanner: Scanner, state: ScanState): Span[] {
  const flat = candidates(scanner, state);
  const n = flat.length / 3;
  if (n === 0) return [];
  const order: number[] = [];
  for (let i = 0; i < n; i++) order.push(i);
  if (n > 1) order.sort((a, b) => flat[a * 3]! - flat[b * 3]! || flat[a * 3 + 2]! - flat[b * 3 + 2]!);
  const out: Span[] = [];
  let resume = 0;
  for (const i of order) {
    const start = flat[i * 3]!;
    if (start < resume) continue;
    const end = flat[i * 3 + 1]!;
    out.push([start, end]);
    resume = end;
  }
  return out;
}
