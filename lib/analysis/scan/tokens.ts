// First-token extraction: which tokens a regex alternative's matches can start with.
//
// A rule table compiles to one alternation of a hundred or more sources, and a backtracking engine tries
// every alternative at every word boundary: the cost is positions × alternatives. Most alternatives can
// only match where a particular word starts ("because", "so that", "i'd …"). Listing those words lets the
// engine run the alternative only where one of them occurs. An alternative that may start with an open
// class such as [a-z]+ gets no triggers; the caller then scans for it as before.
import { isWordCode, parse, type Node } from './regex-parse';

import { isSymbolCode, LINE_START } from './tables';

export { isSymbolCode, LINE_START };

/** Word characters at most this many: a class start ("\d", "[45]") becomes one trigger per character. */
const MAX_CLASS_TRIGGERS = 12;

/** The tokens a match can start with (see triggersOf). */
export interface Triggers {
  /** The match starts where one of these whole tokens starts. */
  exact: string[];
  /** … or where a token starting with one of these starts. */
  prefix: string[];
}

const MAX_TRIGGERS = 200;

/** A continuation: the rest of the sequence being walked, then what follows the enclosing group. */
export type Cont = { items: Node[]; index: number; next: Cont } | null;

/** Lists the tokens a match can start with when matching begins at `cont`; null when they cannot be listed. */
export function firstTokens(start: Cont): Triggers | null {
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
        if (
          !node.other &&
          node.chars !== null &&
          node.chars.length > 0 &&
          node.chars.length <= MAX_CLASS_TRIGGERS &&
          word !== "'" &&
          (branchInside || word === '')
        ) {
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
