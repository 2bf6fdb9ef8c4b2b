import '../../components/sidebar/sidebar.css';
import './shell.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { createAssistant } from '../../lib/assistant';
import { browserAssistantPort, type AssistantPort } from '../../lib/platform/content-port';
import { detectTimeZone } from '../../lib/records/defaults';
import { hostOf, pickAdapter } from '../../lib/hosts';
import { analyzedPart } from '../../lib/analysis/limits';
import { HOST_MATCHES } from '../../lib/hosts/matches';
import { isSwitchMessage } from '../../lib/protocol/content-messages';
import { follow } from './follow';
import { createLifecycle, type Running, type SwitchControls } from './lifecycle';
import { mountUi } from './mount';
import { toggleSidebar, watchEscape } from './shortcut';
import { pageTimers } from './timers';
import { acceptOnlyTrusted, ignoreForgedRestarts } from './trust';

export default defineContentScript({
  matches: HOST_MATCHES,
  // Teams sometimes frames the compose box.
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  // The postMessage copy of WXT's start event tells every page script our extension id; the
  // document event is enough for a newer copy of this script to find an orphaned one.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    try {
      // For the page's whole life, not one context's: a page script cannot end any of them.
      ignoreForgedRestarts(ctx);
      const host = hostOf(location);
      const reader = pickAdapter(location);
      if (!host || !reader) return;
      const port = browserAssistantPort();
      let life: Awaited<ReturnType<typeof createLifecycle>> | null = null;
      // The extension's own channel, kept while Composure is off here (it is how it comes back on).
      port.onMessage(new AbortController().signal, (message) => {
        if (isSwitchMessage(message)) return life?.handle(message);
        return life?.running()?.assistant.handleMessage(message);
      });
      life = await createLifecycle({
        first: ctx,
        host,
        client: port.client,
        reader,
        alive: () => browser.runtime?.id != null,
        start: (run, controls) => start(run, port, controls),
      });
    } catch (error) {
      console.debug('[composure] content script failed to start', error);
    }
  },
});

/** Everything Composure does on a page, bound to `ctx`: aborting it turns all of it off. */
async function start(ctx: ContentScriptContext, port: AssistantPort, controls: SwitchControls): Promise<Running> {
  const adapter = pickAdapter(location, {
    locationChanges: (signal, onChange) =>
      ctx.addEventListener(window, 'wxt:locationchange', () => {
        if (!signal.aborted) onChange();
      }),
  })!;
  const assistant = createAssistant({
    adapter,
    client: port.client,
    timers: pageTimers(),
    // The rule engine runs in the background, never on the host page's main thread.
    // Only the part the engine reads crosses to the background.
    analyze: (text, options) => port.client.request({ type: 'analysis/run', text: analyzedPart(text), ...options }),
    defaultTimeZone: detectTimeZone(),
    // An empty draft: the answer is dropped, and the worker (stopped after ~30 s idle) is loaded and its
    // storage open by the time the debounced request for the real draft arrives.
    wake: () =>
      void port.client
        .request({ type: 'analysis/run', text: '', now: Date.now(), senderTimeZone: detectTimeZone() })
        .catch(() => {}),
  });
  assistant.start(ctx.signal);
  const ui = await mountUi(ctx, assistant, { client: port.client, host: adapter.id, menu: controls.menu });
  // Only the user's own hand acts on the sidebar: a page script's synthetic events stop at its host.
  acceptOnlyTrusted(ui.host, ctx.signal);
  if (ctx.signal.aborted) ui.remove();
  else {
    follow(ctx, adapter, assistant, ui);
    watchEscape(ctx, assistant, ui.shadow);
  }
  return { assistant, toggle: () => toggleSidebar(assistant, ui.shadow) };
}
