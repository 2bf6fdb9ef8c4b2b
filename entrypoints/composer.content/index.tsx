import '../../components/sidebar/sidebar.css';
import './shell.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createAssistant } from '../../lib/assistant';
import { browserAssistantPort } from '../../lib/platform/content-port';
import { detectTimeZone } from '../../lib/db/defaults';
import { pickAdapter } from '../../lib/hosts';
import { HOST_MATCHES } from '../../lib/hosts/matches';
import { follow } from './follow';
import { mountUi } from './mount';
import { watchShortcut } from './shortcut';
import { pageTimers } from './timers';

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
      const assistant = createAssistant({
        adapter,
        client: port.client,
        timers: pageTimers(),
        // The rule engine runs in the background, never on the host page's main thread.
        analyze: (text, options) => port.client.request({ type: 'analysis/run', text, ...options }),
        defaultTimeZone: detectTimeZone(),
      });
      port.onMessage(ctx.signal, (message) => assistant.handleMessage(message));
      assistant.start(ctx.signal);
      const ui = await mountUi(ctx, assistant, { client: port.client, host: adapter.id });
      follow(ctx, adapter, assistant, ui);
      watchShortcut(ctx, assistant, ui.shadow);
    } catch (error) {
      console.debug('[composure] content script failed to start', error);
    }
  },
});
