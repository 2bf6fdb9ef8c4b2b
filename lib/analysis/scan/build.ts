// Builds a language's trigger index from its rule sources: parses every alternative's regex (regex-parse.ts),
// lists the tokens its matches start with (tokens.ts) and the words they must contain
// (filters.ts), and lays them out as the tables prepare.ts reads. This runs when the index is
// generated (`npm run triggers`) and in tests, never in the extension: the engine loads the result
// (data.ts, trigger-index.ts), so a worker's first analysis parses no regex.
import { APOSTROPHE_SLOT, NO_FILTER, SLOTS, slotOf } from './tables';
import { hashSources, orderedSources, type IndexData } from './data';
import { captureCount, filtersOf, LINE_START, triggersOf } from './triggers';

/** Registration state: plain growing arrays, turned into IndexData by build(). */
class Builder {
  readonly alternatives: Array<[number, number]> = [];
  readonly altFilter: number[] = [];
  /** A trie over the trigger and filter words. Node 0 is the root; `next[node * SLOTS + slot]`. */
  private readonly next: number[] = new Array<number>(SLOTS).fill(-1);
  readonly trie: number[] = [];
  /** Per node: the word id of a whole token ending there, or -1. */
  private readonly wordAt: number[] = [-1];
  /** Per node: the word id of a filter prefix ending there (any token through the node starts with it), or -1. */
  private readonly prefixWordAt: number[] = [-1];
  /** Per node: alternatives triggered by any token starting with the path to it. */
  private readonly prefixAlts: Array<number[] | null> = [null];
  /** Symbol and line-start tokens (single characters outside the trie) to word ids. */
  private readonly symbolWord = new Map<number, number>();
  /** Per word id: the alternatives it triggers as a whole token. */
  readonly triggered: number[][] = [];
  /** Per filter id: its word sets; per word set: its word ids. */
  readonly filterSets: number[][] = [];
  private readonly setWords: number[][] = [];
  readonly fallbackFilter: number[] = [];
  readonly fallbacks: Array<Array<[number, number]>> = [];

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
        this.trie.push(node * SLOTS + slot);
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
      this.setWords.push([
        ...filter.exact.map((w) => this.wordId(w)),
        ...filter.prefix.map((w) => this.prefixWordId(w)),
      ]);
    }
    this.filterSets.push(sets);
    return this.filterSets.length - 1;
  }

  /**
   * Registers an alternation (orderedSources of a table's sources, already expanded and lower-cased) and
   * returns its scanner id, or -1 when the sources use capturing groups (their callers read the groups from
   * the combined regex, so it is matched whole).
   */
  add(ordered: readonly string[]): number {
    // Wrapping adds no capturing group; counted on the wrapped form, whose parse the trigger and filter
    // readers below reuse (regex-parse.ts keeps it).
    if (ordered.some((s) => captureCount(s) !== 0)) return -1;
    const id = this.fallbacks.length;
    const fallbacks: Array<[number, number]> = [];
    this.fallbacks.push(fallbacks);
    ordered.forEach((source, priority) => {
      const triggers = triggersOf(source);
      const prefixNodes = triggers ? triggers.prefix.map((w) => this.node(w)) : [];
      const filter = this.addFilter(source);
      if (!triggers || prefixNodes.some((n) => n < 0)) {
        fallbacks.push([priority, this.fallbackFilter.length]);
        this.fallbackFilter.push(filter);
        return;
      }
      const alt = this.alternatives.length;
      this.alternatives.push([id, priority]);
      this.altFilter.push(filter);
      for (const word of triggers.exact) this.triggered[this.wordId(word)]!.push(alt);
      for (const node of prefixNodes) (this.prefixAlts[node] ??= []).push(alt);
    });
    return id;
  }

  /** Inverts setWords: for each word id, the sets that contain it. */
  setsOfWords(): number[][] {
    const out: number[][] = Array.from({ length: this.triggered.length }, () => []);
    this.setWords.forEach((list, set) => {
      for (const w of new Set(list)) out[w]!.push(set);
    });
    return out;
  }

  /** [index, value] of the entries of `list` that are set. */
  static pairs<T>(list: readonly T[], isSet: (v: T) => boolean): Array<[number, T]> {
    const out: Array<[number, T]> = [];
    list.forEach((v, k) => isSet(v) && out.push([k, v]));
    return out;
  }

  data(sources: string, scannerOf: number[]): IndexData {
    return {
      sources,
      scannerOf,
      alternatives: this.alternatives,
      fallbacks: this.fallbacks,
      trie: this.trie,
      wordAt: Builder.pairs(this.wordAt, (w) => w >= 0),
      prefixWordAt: Builder.pairs(this.prefixWordAt, (w) => w >= 0),
      prefixAlts: Builder.pairs(this.prefixAlts, (l) => l !== null) as Array<[number, number[]]>,
      triggered: this.triggered,
      altFilter: this.altFilter,
      filterSets: this.filterSets,
      setsOfWord: this.setsOfWords(),
      fallbackFilter: this.fallbackFilter,
      symbolWord: [...this.symbolWord],
    };
  }
}

/** The trigger index of a language's registrations: each a table's sources (expanded, lower-cased) as compile.ts registers them. */
export function buildIndex(registrations: ReadonlyArray<readonly string[]>): IndexData {
  const builder = new Builder();
  const ordered = registrations.map(orderedSources);
  const scannerOf = ordered.map((o) => builder.add(o));
  return builder.data(hashSources(registrations), scannerOf);
}
