// The trigger index as data: what build.ts computes from a language's rule sources (parsing every
// regex), and what trigger-index.ts loads at the first analysis instead of parsing them again. Committed per
// language (rules/en/trigger-index.json, `npm run triggers`); a test checks it equals a fresh build.

/** A language's trigger index, serialisable as JSON (lists of numbers; see build.ts for how each is made). */
export interface IndexData {
  /** hashSources() of the registrations it was built from: when the rules change, the data is stale and unused. */
  sources: string;
  /** Per registration (a table's match or unless list, in registration order): its scanner id, or -1 when it is not scanned (capturing groups). */
  scannerOf: number[];
  /** Per alternative: [scanner id, priority]. */
  alternatives: Array<[number, number]>;
  /** Per scanner: its fallbacks (alternatives without triggers) as [priority, fallback id]. */
  fallbacks: Array<Array<[number, number]>>;
  /** The trie: node k (from 1) hangs under parent p at slot s, stored as p * SLOTS + s. */
  trie: number[];
  /** [node, word id] of whole-token words. */
  wordAt: Array<[number, number]>;
  /** [node, word id] of filter prefixes. */
  prefixWordAt: Array<[number, number]>;
  /** [node, alternatives] triggered by any token starting with the node's path. */
  prefixAlts: Array<[number, number[]]>;
  /** Per word id: the alternatives it triggers as a whole token. */
  triggered: number[][];
  /** Per alternative: its filter id, or -1. */
  altFilter: number[];
  /** Per filter id: its word sets. */
  filterSets: number[][];
  /** Per word id: the filter word sets it belongs to. */
  setsOfWord: number[][];
  /** Per fallback: its filter id, or -1. */
  fallbackFilter: number[];
  /** [char code, word id] of symbol and line-start tokens. */
  symbolWord: Array<[number, number]>;
}

/** A digest of registered sources (each registration's alternatives in priority order): cyrb53, in hex. */
export function hashSources(registrations: ReadonlyArray<readonly string[]>): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const feed = (c: number) => {
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  };
  for (const sources of registrations) {
    for (const s of sources) {
      for (let i = 0; i < s.length; i++) feed(s.charCodeAt(i));
      feed(0x10000); // between sources
    }
    feed(0x10001); // between registrations
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}

/** The committed file's text: one JSON line per field, so a rule change shows as a readable diff. */
export function serializeIndex(data: IndexData): string {
  const lines = Object.entries(data).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

const BOUNDARY = '\\b';

/** A table's sources in scanning order: those starting with \b first, each wrapped in a group (as compile.ts's alternation orders them). */
export function orderedSources(sources: readonly string[]): string[] {
  const bounded: string[] = [];
  const other: string[] = [];
  for (const s of sources) {
    if (s.startsWith(BOUNDARY)) bounded.push(s.slice(BOUNDARY.length));
    else other.push(s);
  }
  return [...bounded.map((s) => `${BOUNDARY}(?:${s})`), ...other.map((s) => `(?:${s})`)];
}
