// Alt+Shift+C opens or folds the sidebar from anywhere on the page, and Escape inside the sidebar
// goes back to the composer. Only that exact combination is taken from the host.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Assistant } from '../../lib/assistant';

/** Physical key, so Alt's special characters on macOS layouts do not change it. */
export const TOGGLE_CODE = 'KeyC';

export function watchShortcut(ctx: ContentScriptContext, assistant: Assistant, shadow: ShadowRoot): void {
  const inOurUi = () => document.activeElement?.tagName.toLowerCase() === 'composure-sidebar';
  ctx.addEventListener(
    document,
    'keydown',
    (e) => {
      const toggle = e.code === TOGGLE_CODE && e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey;
      if (!toggle && !(e.key === 'Escape' && inOurUi())) return;
      if (!assistant.current()) return;
      e.preventDefault();
      e.stopPropagation();
      try {
        if (toggle) assistant.toggleCollapsed();
        const open = !assistant.store.get().collapsed;
        if (toggle && open) {
          // Rendering is a microtask away: move focus into the sidebar once it is there.
          queueMicrotask(() => shadow.querySelector<HTMLElement>('[data-testid="collapse"]')?.focus());
        } else {
          assistant.current()?.editable.focus();
        }
      } catch (error) {
        console.debug('[composure] shortcut failed', error);
      }
    },
    { capture: true },
  );
}
