// The keyboard: the manifest command `toggle-sidebar` (Alt+Shift+C unless the user rebinds it in the
// browser's shortcut settings) opens or folds the sidebar, and Escape inside the sidebar goes back to
// the composer. Nothing is taken from the host page's own keys.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Assistant } from '../../lib/assistant';
import { contained } from '../../lib/contained';

/** Opens or folds the sidebar and moves focus with it; false when this frame has no composer. */
export function toggleSidebar(assistant: Assistant, shadow: ShadowRoot): boolean {
  if (!assistant.current()) return false;
  contained('toggle', () => {
    assistant.toggleCollapsed();
    if (!assistant.store.get().collapsed) {
      // Rendering is a microtask away: move focus into the sidebar once it is there.
      queueMicrotask(() => shadow.querySelector<HTMLElement>('[data-testid="collapse"]')?.focus());
    } else {
      assistant.current()?.editable.focus();
    }
  })();
  return true;
}

/**
 * Escape inside our UI gives focus back to the composer. Listened on our own UI's body (where
 * isolateEvents stops keys from reaching the page), after anything inside that handles Escape itself.
 */
export function watchEscape(ctx: ContentScriptContext, assistant: Assistant, shadow: ShadowRoot): void {
  const body = shadow.querySelector('body');
  if (!body) return;
  ctx.addEventListener(body, 'keydown', (e) => {
    if ((e as KeyboardEvent).key !== 'Escape' || e.defaultPrevented || !assistant.current()) return;
    e.preventDefault();
    contained('escape', () => assistant.current()?.editable.focus())();
  });
}
