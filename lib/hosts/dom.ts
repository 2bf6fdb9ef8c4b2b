// Host-agnostic DOM helpers for the adapters: visibility, caret, person-like events, waiting.
// Constructors come from the element's own window so the code also works on nodes inside iframes.

type Win = Window & typeof globalThis;

/** The window that owns a node (its frame), falling back to the global one. */
export function winOf(node: Node): Win {
  return ((node.ownerDocument ?? (node as Document)).defaultView ?? window) as Win;
}

/** Rendered, non-zero size, not visibility:hidden: what a person could type into. */
export function isShown(el: HTMLElement): boolean {
  if (!el.isConnected) return false;
  const style = winOf(el).getComputedStyle(el);
  if (style.visibility === 'hidden' || style.display === 'none') return false;
  if (el.offsetParent === null && style.position !== 'fixed') return false;
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

/** True when the document's selection sits inside `el`. */
export function selectionInside(el: HTMLElement): boolean {
  const sel = winOf(el).getSelection();
  if (!sel || sel.rangeCount === 0) return false;
  return el.contains(sel.getRangeAt(0).commonAncestorContainer);
}

/** Puts a collapsed caret at the last editable position (inside the last block, before a trailing <br>). */
export function placeCaretAtEnd(el: HTMLElement): void {
  let node: Node = el;
  let offset = el.childNodes.length;
  for (;;) {
    const last: Node | null = node.lastChild;
    if (!last) break;
    if (last.nodeType === Node.TEXT_NODE) {
      node = last;
      offset = (last.textContent ?? '').length;
      break;
    }
    if (last.nodeName === 'BR') {
      offset = Array.prototype.indexOf.call(node.childNodes, last);
      break;
    }
    if (last.nodeType !== Node.ELEMENT_NODE || (last as HTMLElement).isContentEditable === false) break;
    node = last;
    offset = node.childNodes.length;
  }
  const doc = el.ownerDocument;
  const range = doc.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  const sel = winOf(el).getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
}

/** Resolves after the current task, letting mutation observers and queued renders run. */
export function nextTask(win: Window = window): Promise<void> {
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}

/** Resolves on the next selectionchange (editors sync their model from it) or after `ms`. */
export function selectionSettled(doc: Document, ms = 60): Promise<void> {
  return new Promise((resolve) => {
    const win = doc.defaultView ?? window;
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      win.clearTimeout(timer);
      win.setTimeout(resolve, 0);
    };
    const timer = win.setTimeout(done, ms);
    doc.addEventListener('selectionchange', done);
  });
}

export interface WaitOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** Re-evaluates `probe` on every DOM change until it returns a value, the timeout passes or signal aborts. */
export function waitFor<T>(doc: Document, probe: () => T | null | undefined, opts: WaitOptions = {}): Promise<T | null> {
  const { timeoutMs = 3000, signal } = opts;
  const win = doc.defaultView ?? window;
  return new Promise((resolve) => {
    const check = (): boolean => {
      let value: T | null | undefined = null;
      try {
        value = probe();
      } catch {
        value = null;
      }
      if (value === null || value === undefined) return false;
      finish(value);
      return true;
    };
    const observer = new (win as Win).MutationObserver(() => void check());
    const timer = win.setTimeout(() => finish(null), timeoutMs);
    const onAbort = () => finish(null);
    function finish(value: T | null) {
      observer.disconnect();
      win.clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(value);
    }
    if (signal?.aborted) return finish(null);
    if (check()) return;
    signal?.addEventListener('abort', onAbort, { once: true });
    observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, characterData: true });
  });
}

/** A person's click: pointer and mouse events around click(), at the element's centre. */
export function press(el: HTMLElement): void {
  const win = winOf(el);
  const rect = el.getBoundingClientRect();
  const at = { bubbles: true, cancelable: true, composed: true, clientX: rect.x + rect.width / 2, clientY: rect.y + rect.height / 2, button: 0 };
  el.dispatchEvent(new win.PointerEvent('pointerdown', { ...at, pointerType: 'mouse', isPrimary: true }));
  el.dispatchEvent(new win.MouseEvent('mousedown', at));
  el.focus?.();
  el.dispatchEvent(new win.PointerEvent('pointerup', { ...at, pointerType: 'mouse', isPrimary: true }));
  el.dispatchEvent(new win.MouseEvent('mouseup', at));
  el.click();
}

/** A right-click that opens a host's context menu. */
export function openContextMenu(el: HTMLElement): void {
  const win = winOf(el);
  const rect = el.getBoundingClientRect();
  const at = { bubbles: true, cancelable: true, composed: true, clientX: rect.x + rect.width / 2, clientY: rect.y + rect.height / 2, button: 2, buttons: 2 };
  el.dispatchEvent(new win.PointerEvent('pointerdown', { ...at, pointerType: 'mouse', isPrimary: true }));
  el.dispatchEvent(new win.MouseEvent('mousedown', at));
  el.dispatchEvent(new win.PointerEvent('pointerup', { ...at, pointerType: 'mouse', isPrimary: true }));
  el.dispatchEvent(new win.MouseEvent('mouseup', at));
  el.dispatchEvent(new win.MouseEvent('contextmenu', at));
}

/** Sets an input's value through the native setter so framework-controlled inputs see the change. */
export function setInputValue(input: HTMLInputElement, value: string): void {
  const proto = Object.getPrototypeOf(input) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  input.focus();
  if (setter) setter.call(input, value);
  else input.value = value;
  const win = winOf(input);
  input.dispatchEvent(new win.Event('input', { bubbles: true }));
  input.dispatchEvent(new win.Event('change', { bubbles: true }));
}

/** Sends Escape to `el` (closes host menus/dialogs we opened and abandoned). */
export function pressEscape(el: HTMLElement): void {
  const win = winOf(el);
  const init = { key: 'Escape', code: 'Escape', keyCode: 27, bubbles: true, cancelable: true, composed: true };
  el.dispatchEvent(new win.KeyboardEvent('keydown', init));
  el.dispatchEvent(new win.KeyboardEvent('keyup', init));
}

/** Visible elements with `role` (or the native equivalent) whose accessible text matches `text`. */
export function byRoleAndText(root: Document | Element, role: string, text: RegExp): HTMLElement | null {
  const native: Record<string, string> = { button: 'button', dialog: 'dialog' };
  const selector = `[role="${role}"]${native[role] ? `, ${native[role]}` : ''}`;
  for (const node of Array.from(root.querySelectorAll<HTMLElement>(selector))) {
    const label = `${node.getAttribute('aria-label') ?? ''} ${node.textContent ?? ''}`;
    if (text.test(label) && isShown(node)) return node;
  }
  return null;
}

/** Local wall-clock date and time strings for <input type=date|time>. */
export function localDateTime(at: Date): { date: string; time: string } {
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`,
    time: `${pad(at.getHours())}:${pad(at.getMinutes())}`,
  };
}
