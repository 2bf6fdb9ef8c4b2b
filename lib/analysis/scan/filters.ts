// Filter extraction: required later words of a regex alternative.
//
// Triggers (tokens.ts) say where a match can start; filters say which words any match must also
// contain. When a message lacks them, the alternative cannot match and need not run at all, which prunes
// alternatives that start with common words ("i", "the") far better than their triggers do.
import { isWordCode, parse, type Node } from './regex-parse';
import { firstTokens, isSymbolCode, LINE_START, type Cont, type Triggers } from './tokens';

/** Zero-width: an assertion, or a group of nothing but assertions ("(?:\\b|(?=@))"). */
const isAssert = (n: Node): boolean =>
  n.t === 'assert' || (n.t === 'group' && n.alts.every((alt) => alt.every(isAssert)));
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
  "a an the i we you it is are was were be been am 's 're 'm 'd 'll 've to of in on at for by with and or not no do did does can could would will should this that these those there here my our your me us them they he she him her as if so but from up out now".split(
    ' ',
  ),
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
  t !== null &&
  t.exact.length + t.prefix.length > 0 &&
  !t.exact.includes(LINE_START) &&
  [...t.exact, ...t.prefix].every((w) => /^'?[a-z0-9_]/.test(w));

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
    const merged = unionOrNull(
      g.alts.map(
        (alt) => laterTokens(alt, after)[0] ?? usableOrNull(firstTokens({ items: alt, index: 0, next: after })),
      ),
    );
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
  const merged = unionOrNull(
    alts.map((alt) => laterTokens(alt, null)[0] ?? usableOrNull(firstTokens({ items: alt, index: 0, next: null }))),
  );
  return merged ? [merged] : [];
}
