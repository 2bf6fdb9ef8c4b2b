// Which language the draft is in (lib/analysis/README.md, "Languages"): the engine reads English; anything else is
// not applicable rather than confidently wrong. franc-min (a well-kept trigram identifier) decides
// between languages, but on short, typo-laden chat English it guesses wildly, so it is only asked when
// the text has too few English function words to be English, and only among languages people write
// chat in. Short text, code, links and @mentions are not judged: a terse English draft stays English.
import { franc } from 'franc-min';
import { CANDIDATES } from './language-data';

export { CANDIDATES };

/** Function words and chat staples of English: their share says "English" whatever the topic. */
export const ENGLISH = new Set(
  ('a an the and or but if so to of in on at by for from with about as into than then this that these those it its is are was were be been ' +
    'being am do does did done have has had can could will would should shall may might must not no yes i me my we our us you your he she ' +
    'they them their his her who what when where why how which there here all any some just also still only very too more most ' +
    'please pls plz thanks thank thx ty hi hey hello ok okay asap fyi eod lgtm btw imo let lets up out over now today tomorrow ' +
    'need needs get got make want know think see look check fix review send ship merge deploy build test team')
    .split(' '),
);

/** The longest word in ENGLISH: a longer word is not looked up. */
const LONGEST = Math.max(...[...ENGLISH].map((w) => w.length));
/** Fewer letters than this (code, links and mentions aside) are not judged: English. */
export const MIN_LETTERS = 12;
/** Fewer Latin-script words than this are not judged: English. */
export const MIN_WORDS = 5;
/** At or above this share of English words the text is English, whatever franc says. */
export const ENGLISH_SHARE = 0.1;
/** Below this share of Latin-script letters the text is not English. */
export const LATIN_SHARE = 0.5;

// The counts below are what `plain.match(/\p{L}/gu).length`, `plain.match(/\p{Script=Latin}/gu).length` and
// `plain.toLowerCase().match(/\p{Script=Latin}[\p{Script=Latin}']*/gu)` give, counted in one pass each without
// building those arrays (on 100,000 characters they were 80,000 one-letter strings each, ~18 ms of the ~75 ms
// analysis; counted, ~1.3 ms). ASCII is decided by its code; any other code point (a surrogate pair is one) by a
// sticky test of the same property at its index. Same verdict on every text (tests/analysis/language.test.ts
// compares it with the regex form).
const LETTER = /\p{L}/uy;
const LATIN = /\p{Script=Latin}/uy;

/** Whether the code point at `i` of `s` has the property `re` tests. */
function has(re: RegExp, s: string, i: number): boolean {
  re.lastIndex = i;
  return re.test(s);
}

/** Code units of the code point at `i` whose first code unit is `c`: 2 for a surrogate pair. */
function width(s: string, i: number, c: number): number {
  if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) return 1;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

function isAsciiLetter(c: number): boolean {
  const l = c | 32;
  return l >= 97 && l <= 122;
}

/** Latin-script code point at `i` (ASCII letters are the only Latin ASCII). */
function isLatinAt(s: string, i: number, c: number): boolean {
  return c < 128 ? isAsciiLetter(c) : has(LATIN, s, i);
}

/** Letters and Latin-script code points in `s`. */
function scriptCounts(s: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if (isAsciiLetter(c)) {
        letters++;
        latin++;
      }
      i++;
      continue;
    }
    if (has(LETTER, s, i)) letters++;
    if (has(LATIN, s, i)) latin++;
    i += width(s, i, c);
  }
  return { letters, latin };
}

/** Latin-script words (a Latin code point, then Latin code points and apostrophes) in `lower`, and how many are in ENGLISH (up to the first apostrophe). */
function wordCounts(lower: string): { words: number; english: number } {
  const n = lower.length;
  let words = 0;
  let english = 0;
  for (let i = 0; i < n; ) {
    const c = lower.charCodeAt(i);
    if (!isLatinAt(lower, i, c)) {
      i += c < 128 ? 1 : width(lower, i, c);
      continue;
    }
    let keyEnd = -1;
    let j = i + width(lower, i, c);
    while (j < n) {
      const d = lower.charCodeAt(j);
      if (d === 39) {
        if (keyEnd < 0) keyEnd = j;
        j++;
      } else if (isLatinAt(lower, j, d)) j += d < 128 ? 1 : width(lower, j, d);
      else break;
    }
    if (keyEnd < 0) keyEnd = j;
    words++;
    if (keyEnd - i <= LONGEST && ENGLISH.has(lower.slice(i, keyEnd))) english++;
    i = j;
  }
  return { words, english };
}

/** `text` without what says nothing of its language: code, links, @mentions, #channels and ticket ids. */
export function proseOf(text: string): string {
  return text.replace(/```[\s\S]*?```|`[^`\n]*`/g, ' ').replace(/\bhttps?:\/\/\S+|\bwww\.\S+|@[\w.-]+|#\w+|\b[A-Z]+-\d+\b/g, ' ');
}

/** True when the engine should read `text` as English. Linear; never throws. */
export function readsAsEnglish(text: string): boolean {
  const plain = proseOf(text);
  const { letters, latin } = scriptCounts(plain);
  if (letters < MIN_LETTERS) return true;
  if (latin / letters < LATIN_SHARE) return false;
  const { words, english } = wordCounts(plain.toLowerCase());
  if (words < MIN_WORDS) return true;
  if (english / words >= ENGLISH_SHARE) return true;
  return franc(plain, { only: CANDIDATES, minLength: 10 }) === 'eng';
}
