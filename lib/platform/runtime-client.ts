// The protocol client over the real extension messaging, for the popup and content scripts.
import { browser } from 'wxt/browser';
import { createClient, type Client } from '../protocol/client';

/** A Client whose requests go to the background through runtime messaging. */
export function runtimeClient(): Client {
  return createClient((m) => browser.runtime.sendMessage(m));
}
