// Writing into a host editor the way a person would, so the editor's own model, undo history and
// send-button state follow. Each host lists the input paths its editor accepts, in order; every
// attempt is verified by reading the draft back after the editor had a task to re-render.
import { nextTask, placeCaretAtEnd, selectionInside, selectionSettled, waitFor, winOf } from './dom';
import { plainLine, startLine } from './new-line';
import { isComposing } from './page-events';
import { selectFirstBlank } from './select';
import { normalizeForCompare } from './text';
import type { ClearResult, InsertOptions, InsertResult, InsertVia } from './types';
import { errorMessage } from '../contained';

export type WritePath = Exclude<InsertVia, 'none'>;
/** How a draft can be emptied: delete through execCommand, a synthetic cut, or a delete beforeinput. */
export type ClearPath = 'execCommand' | 'cut' | 'beforeinput';

/** How long a write may take to show up in the editor before the next path is tried. */
const settleMs = 400;

function countOf(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count += 1;
  return count;
}

/** Focuses the editor and puts the caret where the text should go. */
async function prepareCaret(editable: HTMLElement, atEnd: boolean): Promise<void> {
  editable.focus({ preventScroll: true });
  if (atEnd || !selectionInside(editable)) placeCaretAtEnd(editable);
  // CKEditor maps the DOM selection to its model on selectionchange; let it run before writing.
  await selectionSettled(editable.ownerDocument);
}

// Writers report nothing: only reading the draft back says whether the editor took the text.
function execCommandWrite(editable: HTMLElement, text: string, newLine: boolean): void {
  const doc = editable.ownerDocument;
  // One insertText per line, each new line started by the editor's own new-line key and typed plain:
  // the draft's bold, code spans, lists and mentions stay as they were, and none of them spills into it.
  text.split('\n').forEach((line, i) => {
    const fresh = newLine || i > 0;
    if (fresh) startLine(editable);
    if (line) doc.execCommand('insertText', false, line);
    if (fresh && line) plainLine(editable);
  });
}

/** Firefox's ClipboardEvent constructor takes the text as its own non-standard `dataType` and `data`. */
type GeckoClipboardEventInit = ClipboardEventInit & { dataType: string; data: string };

/**
 * A synthetic paste of `text`. Firefox (ESR 153, measured) ignores `clipboardData` in the constructor and
 * gives the event an empty DataTransfer, so CKEditor pastes nothing and the write fell back to
 * beforeinput, two undo steps. Filling that DataTransfer from the content script does not help: the
 * page sees the type but reads "" (the data belongs to the content script). When the event did not
 * keep our text, it is built again with Firefox's `dataType`/`data`, which the page can read.
 */
export function pasteEvent(win: ReturnType<typeof winOf>, text: string): ClipboardEvent {
  const init = { bubbles: true, cancelable: true, composed: true };
  const data = new win.DataTransfer();
  data.setData('text/plain', text);
  const event = new win.ClipboardEvent('paste', { ...init, clipboardData: data });
  if (event.clipboardData?.getData('text/plain') === text) return event;
  const gecko: GeckoClipboardEventInit = { ...init, dataType: 'text/plain', data: text };
  return new win.ClipboardEvent('paste', gecko);
}

function pasteWrite(editable: HTMLElement, text: string, newLine: boolean): void {
  editable.dispatchEvent(pasteEvent(winOf(editable), newLine ? `\n${text}` : text));
}

function beforeInputWrite(editable: HTMLElement, text: string, newLine: boolean): void {
  const win = winOf(editable);
  const fire = (inputType: string, data: string | null) =>
    editable.dispatchEvent(new win.InputEvent('beforeinput', { inputType, data, bubbles: true, cancelable: true, composed: true }));
  if (newLine) fire('insertLineBreak', null);
  text.split('\n').forEach((line, i) => {
    if (i > 0) fire('insertLineBreak', null);
    if (line) fire('insertText', line);
  });
}

const WRITERS: Record<WritePath, (editable: HTMLElement, text: string, newLine: boolean) => void> = {
  execCommand: execCommandWrite,
  paste: pasteWrite,
  beforeinput: beforeInputWrite,
};

/** Inserts `text` trying `paths` in order; stops at the first verified one or when a try left a partial change. */
export async function insertVerified(
  editable: HTMLElement,
  read: () => string,
  text: string,
  opts: InsertOptions,
  paths: readonly WritePath[],
): Promise<InsertResult> {
  if (!text) return { ok: true, via: 'none' };
  // Writing into an open composition would break the character being composed (and the host's model).
  if (isComposing(editable)) return { ok: false, via: 'none', error: 'you are composing a character: finish it first' };
  const wanted = normalizeForCompare(text);
  let via: InsertVia = 'none';
  try {
    for (const path of paths) {
      via = path;
      const before = read();
      const beforeNorm = normalizeForCompare(before);
      await prepareCaret(editable, opts.atEnd ?? true);
      const already = countOf(beforeNorm, wanted);
      const arrived = () => (countOf(normalizeForCompare(read()), wanted) > already ? true : null);
      WRITERS[path](editable, text, Boolean(opts.newLine) && before.trim() !== '');
      // CKEditor queues beforeinput typing and flushes it up to ~50 ms later; wait for the text to show,
      // then give the editor one more task: a write it reverts on render must not count.
      if (await waitFor(editable.ownerDocument, arrived, { timeoutMs: settleMs })) {
        await nextTask(winOf(editable));
        if (arrived()) {
          if (!opts.selectBlank || opts.atEnd === false) return { ok: true, via };
          return { ok: true, via, selected: await selectFirstBlank(editable, text) };
        }
      }
      const after = normalizeForCompare(read());
      // The editor reverted or ignored the write; only try the next path if the draft is untouched.
      if (after !== beforeNorm) return { ok: false, via, error: `${path} changed the draft without the full text arriving` };
    }
    return { ok: false, via, error: `the editor did not accept the text (tried ${paths.join(', ')})` };
  } catch (error) {
    return { ok: false, via, error: errorMessage(error) };
  }
}

const CLEARERS: Record<ClearPath, (editable: HTMLElement) => void> = {
  execCommand: (editable) => void editable.ownerDocument.execCommand('delete'),
  cut: (editable) => {
    const win = winOf(editable);
    const event = new win.ClipboardEvent('cut', { clipboardData: new win.DataTransfer(), bubbles: true, cancelable: true, composed: true });
    editable.dispatchEvent(event);
  },
  beforeinput: (editable) => {
    const win = winOf(editable);
    editable.dispatchEvent(new win.InputEvent('beforeinput', { inputType: 'deleteContentBackward', bubbles: true, cancelable: true, composed: true }));
  },
};

/**
 * How the draft is selected before deleting: a DOM range over the editable, or the editor's own
 * Select All (Quill does not honour a programmatic range spanning several of its nodes).
 */
export type SelectPath = 'range' | 'selectAll';

function selectDraft(editable: HTMLElement, how: SelectPath): void {
  if (how === 'selectAll') {
    // With focus inside a contenteditable, selectAll selects the editable's content only, as Ctrl+A does.
    editable.ownerDocument.execCommand('selectAll');
    if (selectionInside(editable)) return;
  }
  const range = editable.ownerDocument.createRange();
  range.selectNodeContents(editable);
  const sel = winOf(editable).getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
}

/** Empties the draft like a person would (select all, delete) trying `paths` in order; verified by reading back. */
export async function clearVerified(editable: HTMLElement, read: () => string, paths: readonly ClearPath[], select: SelectPath = 'range'): Promise<ClearResult> {
  if (read().trim() === '') return { ok: true };
  try {
    for (const path of paths) {
      const before = normalizeForCompare(read());
      editable.focus({ preventScroll: true });
      selectDraft(editable, select);
      await selectionSettled(editable.ownerDocument);
      CLEARERS[path](editable);
      const empty = () => (read().trim() === '' ? true : null);
      if (await waitFor(editable.ownerDocument, empty, { timeoutMs: settleMs })) {
        await nextTask(winOf(editable));
        if (empty()) return { ok: true };
      }
      if (normalizeForCompare(read()) !== before) return { ok: false, error: `${path} changed the draft without emptying it` };
    }
    return { ok: false, error: `the editor did not let the draft be cleared (tried ${paths.join(', ')})` };
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
}
