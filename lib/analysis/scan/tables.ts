// The frozen lookup tables of a TriggerIndex: a trie over token characters and number lists packed into
// typed arrays. Registration builds plain arrays; these flat forms are what the per-message tokenizer reads,
// because typed-array lookups keep that hot loop fast and allocation-free.

/** The line-start token (rules run per line, so `^` is the start of a line). */
export const LINE_START = '\n';
/** Characters that rules may start with and that therefore become tokens of their own. */
export function isSymbolCode(c: number): boolean {
  return c === 64 || c === 35 || c === 36 || c === 33 || c === 126 || c === 41 || c >= 0x2000;
}

/** Filter id of an alternative without a filter. */
export const NO_FILTER = -1;

/** Trie slots: a-z, 0-9, '_' and a leading apostrophe. */
export const SLOTS = 38;
/** The slot of an apostrophe that starts a token ("'s"). */
export const APOSTROPHE_SLOT = 37;

/** The trie slot of a token character (a-z, 0-9, '_'), or -1 when the character ends a token. */
export function slotOf(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 48 && c <= 57) return c - 22;
  if (c === 95) return 36;
  return -1;
}

/** Lists of numbers packed into one Int32Array: list k is data[start[k] .. start[k + 1]). */
export interface Packed {
  start: Int32Array;
  data: Int32Array;
}

/** Packs lists (null for empty) into one Packed. */
export function pack(lists: ReadonlyArray<readonly number[] | null>): Packed {
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
export interface Frozen {
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
   * position it starts at (-1: absent); per alternative 0 (unchecked) or 2 + the last position a match may start at and still contain its
   * filter words (filterLimit), so 1 caches "never" (filterLimit -1) instead of reading as unchecked.
   */
  lastAt: Int32Array;
  limit: Int32Array;
  /** Per filter word set: the last position one of its words starts at in this text, or -1. */
  setLast: Int32Array;
  /** Set while prepare() uses the scratch. */
  busy: boolean;
}

/**
 * The position up to which a match may start and still contain the filter's words: for each word set the
 * last position one of its words starts at, the smallest over the sets. -1 when a set has no word in the
 * text; the text length or more when there is no filter.
 */
export function filterLimit(f: Frozen, filter: number): number {
  if (filter === NO_FILTER) return 0x3fffffff;
  const sets = f.filterSets;
  let limit = 0x3fffffff;
  for (let s = sets.start[filter]!; s < sets.start[filter + 1]!; s++) {
    const last = f.setLast[sets.data[s]!]!;
    if (last < limit) limit = last;
  }
  return limit;
}
