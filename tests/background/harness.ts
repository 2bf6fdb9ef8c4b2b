// A background context over fake-indexeddb and WXT's fake browser. The fake lacks
// tabs.sendMessage, so that one port method records instead; everything else is the real port.
import { fakeBrowser } from 'wxt/testing';
import { createContext, type BackgroundContext } from '../../lib/background/context';
import { browserPort } from '../../lib/platform/background-ports';
import { EXTENSION_CALLER, type Caller } from '../../lib/background/access';
import { createRouter } from '../../lib/background/router';
import type { ContentMessage } from '../../lib/protocol/content-messages';
import type { RequestInputOf, RequestType } from '../../lib/protocol/messages';
import type { ErrorBody, ResponseOf } from '../../lib/protocol/responses';
import { freshDb } from '../db/fresh-db';

/** Monday 2 March 2026, 09:00 UTC. */
export const MONDAY_9 = Date.UTC(2026, 2, 2, 9, 0);

export function setup() {
  fakeBrowser.reset();
  const db = freshDb();
  const clock = { now: MONDAY_9 };
  const sent: Array<{ tabId: number; message: ContentMessage }> = [];
  /** Tab ids whose content script is not (yet) listening: sendToTab rejects this many more times. */
  const notReady = new Map<number, number>();
  /** What a content script answers to a message (default: the draft went back into its composer). */
  const replies: { answer: (tabId: number, message: ContentMessage) => unknown } = {
    answer: (_tabId, message) => (message.type === 'outbox/restore' ? { outcome: 'restored' } : undefined),
  };
  let ids = 0;
  const port = {
    ...browserPort(),
    async sendToTab(tabId: number, message: ContentMessage) {
      const left = notReady.get(tabId) ?? 0;
      if (left > 0) {
        notReady.set(tabId, left - 1);
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }
      sent.push({ tabId, message });
      return replies.answer(tabId, message);
    },
  };
  const ctx: BackgroundContext = createContext(db, {
    port,
    now: () => clock.now,
    newId: () => `id${++ids}`,
    sleep: async () => {},
  });
  const router = createRouter(ctx);
  /** Routes as the extension's own page unless another caller is given. */
  const route = (raw: unknown, caller: Caller | null = EXTENSION_CALLER) => router(raw, caller);

  /** Sends a request through the router; resolves data or rejects with the error body. */
  async function call<T extends RequestType>(msg: RequestInputOf<T> & { type: T }): Promise<ResponseOf<T>> {
    const r = await route(msg);
    if (!r.ok) throw Object.assign(new Error(r.error.message), { body: r.error });
    return r.data as ResponseOf<T>;
  }
  /** Sends a request expected to fail; resolves the error body. */
  async function fail(msg: unknown): Promise<ErrorBody> {
    const r = await route(msg);
    if (r.ok) throw new Error(`expected failure, got ${JSON.stringify(r.data)}`);
    return r.error;
  }
  const badge = async () => ({
    text: await fakeBrowser.action.getBadgeText({}),
    color: await fakeBrowser.action.getBadgeBackgroundColor({}),
  });
  return { db, ctx, route, call, fail, sent, notReady, replies, clock, badge, browser: fakeBrowser };
}

/** '#6d28d9' → the RGBA array the fake browser stores. */
export function rgba(hex: string): number[] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 255];
}
