// Listening to a composer the way the assistant needs: "the draft may have changed" and "the user
// just sent". Both are on the keystroke path, so the listeners only check a few properties and call
// back; nothing here reads the draft, and nothing ever prevents the host's own handling.
import { winOf } from './dom';
import type { Composer } from './types';

/**
 * Calls onChange after typing, IME composition and programmatic edits (the host clearing the box
 * after a send, our own inserts), until signal aborts. Callers debounce.
 */
export function watchDraft(composer: Composer, signal: AbortSignal, onChange: () => void): void {
  const { editable } = composer;
  if (signal.aborted) return;
  const notify = () => {
    if (!signal.aborted) onChange();
  };
  // Every edit, typed or host-made (setText, setData fire no input event), changes the DOM: one
  // observer sees them all, batched per task. compositionend covers an IME commit that changes nothing.
  editable.addEventListener('compositionend', notify, { signal });
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
  const safely = (via: 'enter' | 'click') => {
    try {
      onSend(via);
    } catch (error) {
      console.debug('[composure] send listener failed', error);
    }
  };
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
