// Listening to a composer the way the assistant needs: "the draft may have changed" and "the user
// just sent". Both are on the keystroke path, so the listeners only check a few properties and call
// back; nothing here reads the draft, and nothing ever prevents the host's own handling.
import { winOf } from './dom';
import type { Composer } from './types';
import { contained } from '../contained';

/** Editors with an input-method composition open (compositionstart … compositionend). */
const composing = new WeakSet<Element>();

/** True while an input method composes in `editable`: nothing may analyse, insert or move focus then. */
export function isComposing(editable: Element): boolean {
  return composing.has(editable);
}

/**
 * Calls onChange after typing, IME composition and programmatic edits (the host clearing the box
 * after a send, our own inserts), until signal aborts. Callers debounce. While a composition is open
 * nothing is reported: the draft is not what the user means yet, and its end reports once.
 */
export function watchDraft(composer: Composer, signal: AbortSignal, onChange: () => void): void {
  const { editable } = composer;
  if (signal.aborted) return;
  const notify = () => {
    if (!signal.aborted && !composing.has(editable)) onChange();
  };
  // Every edit, typed or host-made (setText, setData fire no input event), changes the DOM: one
  // observer sees them all, batched per task. compositionend covers an IME commit that changes nothing.
  // Listened in the capture phase so the state is right before the host's own handlers run.
  editable.addEventListener('compositionstart', () => composing.add(editable), { signal, capture: true });
  editable.addEventListener(
    'compositionend',
    () => {
      composing.delete(editable);
      notify();
    },
    { signal, capture: true },
  );
  signal.addEventListener('abort', () => composing.delete(editable), { once: true });
  const observer = new (winOf(editable).MutationObserver)(notify);
  observer.observe(editable, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}

/** Enter alone sends in both hosts; Shift+Enter is a new line and IME Enter commits a composition. */
function isSendKey(e: KeyboardEvent): boolean {
  return e.key === 'Enter' && !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey && !e.isComposing && e.keyCode !== 229;
}

/**
 * Calls onSend when the user presses Enter in the composer or clicks its (enabled) Send button,
 * observed in the capture phase before the host clears the draft. Whether a send really happened
 * is for the caller to confirm (the host empties the composer).
 */
export function watchSend(
  composer: Composer,
  signal: AbortSignal,
  sendButton: () => HTMLElement | null,
  onSend: (via: 'enter' | 'click') => void,
): void {
  const doc = composer.editable.ownerDocument;
  if (signal.aborted) return;
  const safely = contained('send listener', onSend);
  doc.addEventListener(
    'keydown',
    (e) => {
      if (isSendKey(e) && composer.editable.contains(e.target as Node)) safely('enter');
    },
    { capture: true, signal },
  );
  doc.addEventListener(
    'click',
    (e) => {
      const send = sendButton();
      if (send && send.getAttribute('aria-disabled') !== 'true' && send.contains(e.target as Node)) safely('click');
    },
    { capture: true, signal },
  );
}
