// Words for the model: the draft lower-cased with links, code, mentions, tickets, numbers and times
// replaced by class tokens (so "PR #4411" and "PR #12" are the same evidence), then a small suffix
// lemmatiser ("failing", "failed", "fails" → "fail"). Hand-written and linear; a full NLP library
// (compromise, wink-nlp) costs 200+ KB and a slower cold start for what this model needs.

/** Replacements, in order; each pattern is linear (no nested quantifiers). */
const CLASSES: ReadonlyArray<[RegExp, string]> = [
  [/```[\s\S]*?```/g, ' zcodeblock '],
  [/`[^`\n]{1,300}`/g, ' zcode '],
  [/\bhttps?:\/\/[^\s<>]+|\bwww\.[^\s<>]+/g, ' zlink '],
  [/@(here|channel|everyone|all)\b/g, ' zbroadcast '],
  [/@[\w.-]+/g, ' zmention '],
  [/\b[a-z][a-z0-9]{1,9}-\d+\b|#\d+\b/g, ' zticket '],
  [/\b\d{1,2}(:\d\d)?\s?(am|pm)\b|\b\d{1,2}:\d\d\b/g, ' ztime '],
  [/\b\d+(\.\d+)?\s?(%|ms|s|m|h|k|kb|mb|gb|x)\b/g, ' zmetric '],
  [/\b\d[\d,.]*\b/g, ' znum '],
];

const WORD = /[a-z][a-z']*|[\p{Extended_Pictographic}]/gu;

/** The class-tokenised, lower-cased text. */
export function normalizeForModel(text: string): string {
  let t = text.toLowerCase();
  for (const [re, token] of CLASSES) t = t.replace(re, token);
  return t;
}

const KEEP = new Set(['is', 'was', 'has', 'does', 'this', 'its', 'us', 'as', 'yes', 'status', 'bus', 'plus', 'access', 'process', 'less', 'always', 'series', 'news', 'during', 'thing', 'nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'ping', 'bring', 'king', 'string', 'need', 'feed', 'speed', 'red', 'bed', 'shed']);

/** A light lemma: plural and verb suffixes off, doubled consonants undone. */
export function lemma(word: string): string {
  let w = word.replace(/'s$|'$/, '').replace(/n't$/, '');
  if (w.length <= 3 || KEEP.has(w)) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('ied') && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  const stem = w.endsWith('ing') && w.length > 5 ? w.slice(0, -3) : w.endsWith('ed') && w.length > 4 ? w.slice(0, -2) : null;
  if (stem === null) return w;
  w = stem;
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|ff|zz)$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** Words already lemmatised (a draft repeats its words), bounded: emptied when full. */
const seenLemmas = new Map<string, string>();
const SEEN_LEMMAS_MAX = 4096;

/**
 * The lemmas of a piece of normalised text, in order. A word seen before gets the same lemma string back,
 * so the features built from it (features.ts) are looked up without hashing a new string each time.
 */
export function lemmas(normalized: string): string[] {
  const out: string[] = [];
  for (const m of normalized.matchAll(WORD)) {
    const word = m[0];
    if (word.length <= 1) {
      out.push(word);
      continue;
    }
    let l = seenLemmas.get(word);
    if (l === undefined) {
      if (seenLemmas.size >= SEEN_LEMMAS_MAX) seenLemmas.clear();
      l = lemma(word);
      seenLemmas.set(word, l);
    }
    out.push(l);
  }
  return out;
}
