// After a suggestion goes in, its first [blank] is selected in the host editor so that typing replaces
// it. The editor keeps its own model: we only move the DOM selection (as a person dragging over the
// blank would) and the editor maps it on selectionchange; then we check the selection holds the blank.
import { selectionSettled, winOf } from './dom';

/** Same bound as the engine's placeholder finder: a '[' further than this from its ']' is not a blank. */
const MAX_BLANK = 80;
const INVISIBLE = /[\u200B\u2060\uFEFF]/;

/** The first [bracketed blank] of `text` as [start, end) offsets, or null. Linear in the text. */
export function firstBlank(text: string): [number, number] | null {
  let from = 0;
  for (;;) {
    const open = text.indexOf('[', from);
    if (open < 0) return null;
    const limit = Math.min(text.length, open + MAX_BLANK);
    for (let i = open + 1; i < limit; i++) {
      const ch = text[i];
      if (ch === ']') {
        if (i > open + 1) return [open, i + 1];
        break;
      }
      if (ch === '[' || ch === '\n') break;
    }
    from = open + 1;
  }
}

/** How many times `needle` occurs in `haystack` at or after `from` (non-overlapping). */
export function occurrencesFrom(haystack: string, needle: string, from: number): number {
  let count = 0;
  for (let at = haystack.indexOf(needle, from); at !== -1; at = haystack.indexOf(needle, at + needle.length))
    count += 1;
  return count;
}

/** Start of the `nth` (1-based) occurrence of `needle` counted from the end of `haystack`, or -1. */
export function nthFromEnd(haystack: string, needle: string, nth: number): number {
  let at = haystack.length;
  for (let k = 0; k < nth; k++) {
    if (at <= 0) return -1;
    at = haystack.lastIndexOf(needle, at - 1);
    if (at < 0) return -1;
    // Non-overlapping from the end: the next search must end before this one starts.
    if (k < nth - 1) at = at - needle.length + 1;
  }
  return at;
}

interface Point {
  node: Text;
  offset: number;
}

/** The editor's visible characters in document order (invisible carets dropped, nbsp read as space), each with its DOM point. */
function visibleChars(editable: HTMLElement): { text: string; points: Point[] } {
  const walker = editable.ownerDocument.createTreeWalker(editable, NodeFilter.SHOW_TEXT);
  let text = '';
  const points: Point[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      if (INVISIBLE.test(ch)) continue;
      text += ch === '\u00A0' ? ' ' : ch;
      points.push({ node, offset: i });
    }
  }
  return { text, points };
}

/**
 * Selects the first blank of `inserted`, which was just written at the end of the editor's draft.
 * The blank has no line break, so it is found in the editor's text nodes: counting its occurrences
 * from the end skips any same blank earlier in the draft. Returns whether the selection holds it.
 */
export async function selectFirstBlank(editable: HTMLElement, inserted: string): Promise<boolean> {
  const span = firstBlank(inserted);
  if (!span) return false;
  const blank = inserted.slice(span[0], span[1]);
  const flatInserted = inserted.replace(/\n/g, '');
  const nth = occurrencesFrom(flatInserted, blank, inserted.slice(0, span[0]).replace(/\n/g, '').length);
  const { text, points } = visibleChars(editable);
  const at = nthFromEnd(text, blank, nth);
  if (at < 0) return false;
  const start = points[at]!;
  const last = points[at + blank.length - 1]!;
  const range = editable.ownerDocument.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(last.node, last.offset + 1);
  const sel = winOf(editable).getSelection();
  if (!sel) return false;
  editable.focus({ preventScroll: true });
  sel.removeAllRanges();
  sel.addRange(range);
  // Quill and CKEditor read the DOM selection on selectionchange; CKEditor may re-render it from its model.
  await selectionSettled(editable.ownerDocument);
  const now = winOf(editable).getSelection();
  return Boolean(
    now &&
      now.rangeCount > 0 &&
      now
        .toString()
        .replace(/[\u200B\u2060\uFEFF]/g, '')
        .replace(/\u00A0/g, ' ') === blank,
  );
}
