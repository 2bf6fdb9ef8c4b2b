// Per-message preparation: one tokenizing pass over the text against the frozen trigger tables, filing the
// (alternative, position) pairs each scanner should try. This is the hot path of trigger scanning, so it
// works on typed arrays and reusable scratch rather than allocating per token.
import * as tables from './tables';
import type { Frozen } from './tables';
import type { ScanState } from './types';

// Imports bound to locals: under module transforms (Vitest/Vite SSR) an imported name is a property read
// on the module object, and the tokenizer loop below uses these for every character.
/** isSymbolCode, bound locally: the tokenizer loop calls it for every non-word character. */
const isSymbolCode: (c: number) => boolean = tables.isSymbolCode;
const slotOf: (c: number) => number = tables.slotOf;
const filterLimit: (f: Frozen, filter: number) => number = tables.filterLimit;
const SLOTS = tables.SLOTS;
const APOSTROPHE_SLOT = tables.APOSTROPHE_SLOT;

/**
 * Tokenizes a lower-cased text once against `f` (see triggers.ts for what a token is) and files every
 * triggered (alternative, position) under its scanner. Marks `f` busy while it uses its scratch.
 */
export function prepareText(f: Frozen, text: string): ScanState {
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
  for (let k = 0; k < lineStarts.length; k++)
    lines.push(text.slice(lineStarts[k]!, k + 1 < lineStarts.length ? lineStarts[k + 1]! - 1 : n));

  // Pass 2: file the triggered alternatives whose filters pass, in position order (word tokens and prefix
  // hits merged; each list is already in order), so scan() walks them without sorting.
  const pending: number[][] = [];
  for (let k = 0; k < f.scanners; k++) pending.push([]);
  const touched: number[] = [];
  const file = (list: Int32Array, from: number, to: number, at: number) => {
    for (let h = from; h < to; h++) {
      const a = list[h]!;
      let end = limit[a]!;
      if (end === 0) {
        // Cached as 2 + filterLimit, so a filter that fails (-1) is cached too, as 1. Stored as 1 + it, a failing
        // filter read back as unchecked: on 100,000 characters of prose, 100,000 of the 173,000 alternatives
        // triggered recomputed their filter and grew `touched`, for nothing filed.
        end = 2 + filterLimit(f, f.altFilter[a]!);
        limit[a] = end;
        touched.push(a);
      }
      // A filter word must still start at or after this position (any match contains one).
      if (at <= end - 2) pending[f.altScanner[a]!]!.push(a, at);
    }
  };
  const trig = f.triggered;
  const prefixData = f.prefixAlts.data;
  let w = 0;
  let p = 0;
  while (w < found.length || p < prefixHits.length) {
    if (p >= prefixHits.length || (w < found.length && found[w]! <= prefixHits[p]!)) {
      const id = found[w + 1]!;
      file(trig.data, trig.start[id]!, trig.start[id + 1]!, found[w]!);
      w += 2;
    } else {
      const node = prefixHits[p + 1]!;
      file(prefixData, prefixStart[node]!, prefixStart[node + 1]!, prefixHits[p]!);
      p += 2;
    }
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
