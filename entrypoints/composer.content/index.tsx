import '../../components/sidebar/sidebar.css';
import './shell.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { analyzeMessage } from '../../lib/analysis';
import { createAssistant, type Assistant } from '../../lib/assistant';
import { browserAssistantPort } from '../../lib/assistant/port';
import { detectTimeZone } from '../../lib/db/defaults';
import { pickAdapter } from '../../lib/hosts';
import { HOST_MATCHES } from '../../lib/hosts/matches';
import type { HostAdapter } from '../../lib/hosts/types';
import { mountUi } from './mount';
import { watchShortcut } from './shortcut';
import { pageTimers } from './timers';

const ATTACHED = 'data-composure-attached';

export default defineContentScript({
  matches: HOST_MATCHES,
  // Teams sometimes frames the compose box.
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    try {
      const adapter = pickAdapter(location, {
        locationChanges: (signal, onChange) =>
          ctx.addEventListener(window, 'wxt:locationchange', () => {
            if (!signal.aborted) onChange();
          }),
      });
      if (!adapter) return;
      const port = browserAssistantPort();
      const assistant = createAssistant({ adapter, client: port.client, timers: pageTimers(), analyze: analyzeMessage, defaultTimeZone: detectTimeZone() });
      port.onMessage(ctx.signal, (message) => assistant.handleMessage(message));
      assistant.start(ctx.signal);
      const ui = await mountUi(ctx, assistant);
      follow(ctx, adapter, assistant, () => {
        if (!ui.host.isConnected) ui.remount();
      });
      watchShortcut(ctx, assistant, ui.shadow);
    } catch (error) {
      console.debug('[composure] content script failed to start', error);
    }
  },
});

/** Re-checks the composer when the host re-renders, focus moves or the conversation changes. */
function follow(ctx: ContentScriptContext, adapter: HostAdapter, assistant: Assistant, keepMounted: () => void): void {
  const mark = () => {
    const editable = assistant.current()?.editable;
    for (const el of Array.from(document.querySelectorAll(`[${ATTACHED}]`))) if (el !== editable) el.removeAttribute(ATTACHED);
    if (editable && editable.ownerDocument === document) editable.setAttribute(ATTACHED, 'true');
  };
  const check = (focused: boolean) => {
    try {
      assistant.sync({ focused });
      keepMounted();
      mark();
    } catch (error) {
      console.debug('[composure] attach failed', error);
    }
  };
  // Throttled rather than debounced: a busy host mutates constantly and must not starve the re-check.
  let pending = false;
  const schedule = () => {
    if (pending) return;
    pending = true;
    ctx.setTimeout(() => {
      pending = false;
      check(false);
    }, 100);
  };
  const observer = new MutationObserver(schedule);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(document, 'focusin', (e) => {
    // Focus moving into another composer switches to it; focus moving into our own UI must not.
    const target = e.target as Node | null;
    if (target && adapter.findComposers().some((c) => c.editable.contains(target))) check(true);
  });
  adapter.observeNavigation(ctx.signal, () => {
    try {
      assistant.navigated();
      mark();
    } catch (error) {
      console.debug('[composure] navigation failed', error);
    }
  });
  mark();
}
