// The assistant's only contact with the extension APIs: a protocol client to the background and the
// background's messages to this tab. Kept apart so the controller runs in tests without `browser`.
import { browser } from 'wxt/browser';
import type { Client } from '../protocol/client';
import { runtimeClient } from './runtime-client';

export interface AssistantPort {
  client: Client;
  /** Delivers background → content messages until signal aborts; a handler's promise is the reply. */
  onMessage(signal: AbortSignal, handler: (message: unknown) => Promise<unknown> | undefined): void;
}

/** The port over the real extension APIs. */
export function browserAssistantPort(): AssistantPort {
  return {
    client: runtimeClient(),
    onMessage(signal, handler) {
      // Returning undefined leaves the reply to another frame of this tab (the one with the composer).
      const listener = (message: unknown) => handler(message);
      browser.runtime.onMessage.addListener(listener);
      signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
    },
  };
}
