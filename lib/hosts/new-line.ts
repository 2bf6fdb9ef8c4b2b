// Starting a line and typing it plain in an editor written through execCommand (Slack's Quill), so
// the draft's own formatting and entities stay as they are and the new line does not take them over.
//
// execCommand('insertParagraph') splits the DOM at the caret and clones the inline element the caret
// is in into the new line: a code span, bold, or a mention pill (<ts-mention>, whose text then holds
// the inserted line while the editor's model holds a second copy of the mention). The editor's own
// new-line key splits its model instead, and so does what a person pressing it would get.
import { winOf } from './dom';

const BLOCKS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * Starts a new line at the caret with the editor's own Shift+Enter (a new line in Slack whatever the
 * Enter-to-send preference; Quill handles it from its keydown binding, which public code of 2026 shows
 * Slack's composer running for synthetic keydowns). An editor that leaves the key alone gets
 * execCommand('insertParagraph').
 */
export function startLine(editable: HTMLElement): void {
  const win = winOf(editable);
  const init = { key: 'Enter', code: 'Enter', shiftKey: true, bubbles: true, cancelable: true, composed: true };
  const target = (win.getSelection()?.anchorNode ?? editable) as Node;
  const el = target.nodeType === Node.ELEMENT_NODE ? (target as Element) : (target.parentElement ?? editable);
  const handled = !el.dispatchEvent(new win.KeyboardEvent('keydown', init));
  if (handled) el.dispatchEvent(new win.KeyboardEvent('keyup', init));
  else editable.ownerDocument.execCommand('insertParagraph');
}

/** The block (line) element holding `node`, inside `editable`. */
function blockOf(node: Node, editable: HTMLElement): Element {
  let el: Element | null = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (el && el !== editable && !BLOCKS.has(el.nodeName)) el = el.parentElement;
  return el ?? editable;
}

/** Whether a text node sits inside an inline element (bold, code, link, mention) below its line. */
function formatted(text: Text, block: Element): boolean {
  for (let el = text.parentElement; el && el !== block; el = el.parentElement)
    if (!BLOCKS.has(el.nodeName)) return true;
  return false;
}

/**
 * Takes the inline formatting the editor carried over (bold, code…) off the line just typed before
 * the caret, through the editor's own Remove Format, so the suggestion reads as plain text; the caret
 * goes back to the end of the line. Returns false when the line still sits inside an inline element.
 */
export function plainLine(editable: HTMLElement): boolean {
  const win = winOf(editable);
  const sel = win.getSelection();
  if (!sel || sel.rangeCount === 0) return true;
  const caret = sel.getRangeAt(0);
  const block = blockOf(caret.endContainer, editable);
  const line = editable.ownerDocument.createRange();
  line.selectNodeContents(block);
  line.setEnd(caret.endContainer, caret.endOffset);
  const texts: Text[] = [];
  const walker = editable.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null)
    if (line.intersectsNode(n) && n.data.replace(/[\u200B\u2060\uFEFF]/g, '') !== '') texts.push(n);
  if (!texts.some((t) => formatted(t, block))) return true;
  line.setStart(texts[0]!, 0);
  sel.removeAllRanges();
  sel.addRange(line);
  editable.ownerDocument.execCommand('removeFormat');
  const after = win.getSelection();
  if (after && after.rangeCount > 0) after.collapseToEnd();
  const now = after && after.rangeCount > 0 ? after.getRangeAt(0).endContainer : null;
  if (!now) return true;
  const nowBlock = blockOf(now, editable);
  const left = editable.ownerDocument.createTreeWalker(nowBlock, NodeFilter.SHOW_TEXT);
  for (let n = left.nextNode() as Text | null; n; n = left.nextNode() as Text | null)
    if (n.data.trim() && formatted(n, nowBlock)) return false;
  return true;
}
