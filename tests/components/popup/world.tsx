// A popup test world: the REAL background router over a fresh fake-indexeddb database and WXT's
// fake browser, reached through the real protocol client (messages cloned as if sent between contexts).
import { render } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing';
import { Popup } from '../../../components/popup/Popup';
import type { TabId } from '../../../components/popup/types';
import { createContext } from '../../../lib/background/context';
import { browserPort } from '../../../lib/platform/background-ports';
import { EXTENSION_CALLER } from '../../../lib/background/access';
import { createRouter } from '../../../lib/background/router';
import { createClient, type Client } from '../../../lib/protocol/client';
import { freshDb } from '../../db/fresh-db';

/** The popup's own request counter in tests, where the popup page makes none. */
export const noOwnRequests = () => ({ count: 0, urls: [] as string[] });

/** Monday 2 March 2026, 09:00 UTC: 10:00 in Berlin (CET). */
export const MONDAY_9 = Date.UTC(2026, 2, 2, 9, 0);

export async function world(opts: { timeZone?: string } = {}) {
  fakeBrowser.reset();
  const db = freshDb();
  const clock = { now: MONDAY_9 };
  let ids = 0;
  const ctx = createContext(db, { port: browserPort(), now: () => clock.now, newId: () => `id${++ids}`, sleep: async () => {} });
  const route = createRouter(ctx);
  /** Every request the UI sent, in order. */
  const calls: Array<{ type: string } & Record<string, unknown>> = [];
  const client: Client = createClient(async (message) => {
    calls.push(structuredClone(message) as never);
    return structuredClone(await route(structuredClone(message), EXTENSION_CALLER));
  });
  const now = () => clock.now;
  await client.request({ type: 'settings/update', patch: { me: { timeZone: opts.timeZone ?? 'Europe/Berlin' } } });
  calls.length = 0;
  const show = (tab: TabId) => render(<Popup client={client} now={now} initialTab={tab} ownRequests={noOwnRequests} />);
  const sent = (type: string) => calls.filter((c) => c.type === type);
  return { db, ctx, client, calls, sent, clock, now, show };
}

export type World = Awaited<ReturnType<typeof world>>;
