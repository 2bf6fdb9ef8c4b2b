// The runtime side of trigger scanning: the tables registered while a language compiles, loaded from the
// language's prebuilt index (IndexData, made by build.ts at build time) on the first scan, so no
// regex source is parsed when a worker wakes. When the rules no longer match the prebuilt data (an edited
// rule, not yet `npm run triggers`), nothing is scanned by triggers: every table falls back to its plain
// alternation, which finds the same spans (tests/analysis/scan.test.ts), and a test fails until the data
// is rebuilt.
import { prepareText } from './prepare';
import { type Frozen, pack, SLOTS } from './tables';
import type { Fallback, ScanState, Scanner } from './types';
import { hashSources, orderedSources, type IndexData } from './data';

/** An alternative of a scanned table: its scanner, its priority, its source and (once run) its sticky regex. */
export interface Alternative {
  scanner: number;
  priority: number;
  source: string;
  sticky: RegExp | null;
}

/** All trigger tokens of a language's tables: registered when the language compiles, loaded on first use. */
export class TriggerIndex {
  /** Every registered table's sources (expanded, lower-cased), in registration order. */
  readonly registrations: string[][] = [];
  /** Per alternative: its scanner, priority and (lazily) sticky regex. Filled when loaded. */
  readonly alternatives: Alternative[] = [];
  private scanners: Array<Scanner | null> | null = null;
  private frozen: Frozen | null = null;
  private data: IndexData | null;

  constructor(data?: IndexData) {
    this.data = data ?? null;
  }

  /**
   * Registers an alternation (a table's sources, expanded and lower-cased, in priority order; those starting
   * with \b form a leading group as in compile.ts) and returns its registration number for scanner().
   */
  register(sources: readonly string[]): number {
    if (this.scanners) throw new Error('TriggerIndex: registration after the index was loaded');
    this.registrations.push([...sources]);
    return this.registrations.length - 1;
  }

  /** The scanner of a registration, or null when that table is matched by its plain alternation. */
  scanner(registration: number): Scanner | null {
    return (this.scanners ?? this.load())[registration] ?? null;
  }

  /** Whether the prebuilt data matched the registered rules (false: every table runs its plain alternation). */
  get loaded(): boolean {
    this.scanners ?? this.load();
    return this.frozen !== null;
  }

  private load(): Array<Scanner | null> {
    const data = this.data;
    this.data = null;
    if (!data || data.sources !== hashSources(this.registrations)) return (this.scanners = []);
    const sourcesOf: string[][] = [];
    data.scannerOf.forEach((id, reg) => {
      if (id >= 0) sourcesOf[id] = orderedSources(this.registrations[reg]!);
    });
    for (const [scanner, priority] of data.alternatives) {
      this.alternatives.push({ scanner, priority, source: sourcesOf[scanner]![priority]!, sticky: null });
    }
    const byId: Scanner[] = data.fallbacks.map((list, id) => ({
      id,
      index: this,
      fallbacks: list.map(
        ([priority, fid]): Fallback => ({ source: sourcesOf[id]![priority]!, re: null, priority, id: fid }),
      ),
    }));
    this.frozen = hydrate(data);
    return (this.scanners = data.scannerOf.map((id) => (id >= 0 ? byId[id]! : null)));
  }

  /**
   * Tokenizes a lower-cased text once (see triggers.ts for what a token is) and files every triggered
   * (alternative, position) under its scanner. Linear in the text: each character is read once, plus one
   * trie step per character of a token while the token is still a known prefix.
   */
  prepare(text: string): ScanState {
    if (!this.loaded) throw new Error('TriggerIndex: prepare() without a loaded index');
    const f = this.frozen!;
    // A previous call that did not finish (it cannot throw on strings, but be safe) left the scratch dirty.
    if (f.busy) {
      f.lastAt.fill(-1);
      f.limit.fill(0);
      f.setLast.fill(-1);
    }
    return prepareText(f, text);
  }
}

/** The tables prepareText reads, from the prebuilt data. */
function hydrate(d: IndexData): Frozen {
  const nodes = d.trie.length + 1;
  const next = new Int32Array(nodes * SLOTS).fill(-1);
  d.trie.forEach((at, k) => {
    next[at] = k + 1;
  });
  const at = (pairs: Array<[number, number]>) => {
    const out = new Int32Array(nodes).fill(-1);
    for (const [node, id] of pairs) out[node] = id;
    return out;
  };
  const prefixAlts: Array<number[] | null> = new Array<number[] | null>(nodes).fill(null);
  for (const [node, alts] of d.prefixAlts) prefixAlts[node] = alts;
  const words = d.triggered.length;
  const symbolWord = new Map(d.symbolWord);
  return {
    next,
    wordAt: at(d.wordAt),
    prefixWordAt: at(d.prefixWordAt),
    prefixAlts: pack(prefixAlts),
    triggered: pack(d.triggered),
    altScanner: Int32Array.from(d.alternatives, ([scanner]) => scanner),
    altFilter: Int32Array.from(d.altFilter),
    filterSets: pack(d.filterSets),
    setsOfWord: pack(d.setsOfWord),
    fallbackFilter: Int32Array.from(d.fallbackFilter),
    symbolWord,
    lineWord: symbolWord.get(10) ?? -1,
    scanners: d.fallbacks.length,
    lastAt: new Int32Array(words).fill(-1),
    limit: new Int32Array(d.alternatives.length),
    setLast: new Int32Array(d.filterSets.reduce((n, sets) => n + sets.length, 0)).fill(-1),
    busy: false,
  };
}
