// Registration side of trigger scanning: collects every table's alternatives, their trigger words and
// filters into one index per language, then freezes it into the tables scan-prepare.ts reads per message.
import { prepareText } from './scan-prepare';
import { APOSTROPHE_SLOT, type Frozen, NO_FILTER, pack, SLOTS, slotOf } from './scan-tables';
import type { Fallback, ScanState, Scanner } from './scan-types';
import { captureCount, filtersOf, LINE_START, triggersOf } from './triggers';

const BOUNDARY = '\\b';

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
      if (s.startsWith(BOUNDARY)) bounded.push(s.slice(BOUNDARY.length));
      else other.push(s);
    }
    const ordered = [...bounded.map((s) => `${BOUNDARY}(?:${s})`), ...other.map((s) => `(?:${s})`)];
    // Wrapping adds no capturing group; counted on the wrapped form, whose parse the trigger and filter
    // readers below reuse (regex-parse.ts keeps it).
    if (ordered.some((s) => captureCount(s) !== 0)) return null;
    this.frozen = null;
    const id = this.scanners++;
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
    // The tokenizing pass lives in scan-prepare.ts; this method only guarantees it gets clean scratch.
    return prepareText(f, text);
  }
}
