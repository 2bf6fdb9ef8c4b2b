import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HOST_MATCHES } from '../../lib/hosts/matches';
import { pickAdapter } from '../../lib/hosts';
import type { HostAdapter } from '../../lib/hosts/types';

const ATTACHED = 'data-composure-attached';

export default defineContentScript({
  matches: HOST_MATCHES,
  // Teams sometimes frames the compose box.
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    try {
      const adapter = pickAdapter(location, {
        locationChanges: (signal, onChange) =>
          ctx.addEventListener(window, 'wxt:locationchange', () => {
            if (!signal.aborted) onChange();
          }),
      });
      if (adapter) watchComposers(ctx, adapter);
    } catch (error) {
      console.debug('[composure] content script failed to start', error);
    }
  },
});

/** Until the sidebar exists, "attached" means marking the active composer; re-done on every re-render. */
function watchComposers(ctx: ContentScriptContext, adapter: HostAdapter): void {
  let lastReport = '';
  const attach = () => {
    try {
      const composer = adapter.activeComposer();
      for (const el of Array.from(document.querySelectorAll(`[${ATTACHED}]`))) {
        if (el !== composer?.editable) el.removeAttribute(ATTACHED);
      }
      if (composer) composer.editable.setAttribute(ATTACHED, 'true');
      const diagnosis = adapter.diagnose();
      const report = diagnosis.failed.join(',');
      // Said once per distinct outcome, so a broken host update is visible without flooding the console.
      if (report !== lastReport) {
        lastReport = report;
        if (report) console.debug('[composure] selectors failed:', report, diagnosis);
      }
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
      attach();
    }, 100);
  };

  const observer = new MutationObserver(schedule);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(document, 'focusin', schedule);
  adapter.observeNavigation(ctx.signal, schedule);
  attach();
}
