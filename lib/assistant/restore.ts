// Bringing a due outbox draft back into its conversation's composer. Never sends: the user reviews
// and presses Send. The item is marked taken only after the text is verifiably in the editor.
import type { OutboxItem } from '../records/types';
import type { RestoreOutcome } from '../protocol/content-messages';
import { normalizeForCompare } from '../hosts/text';
import type { World } from './world';

/** What putting a draft back uses of the world. */
type RestoreWorld = Pick<World, 'deps' | 'refresh' | 'root' | 'session' | 'store'>;

/** How sure we are that a draft belongs in the conversation this page shows. */
export type RestoreMatch = 'same' | 'ask' | 'never';

/** Keys the adapters fall back to when the page shows no conversation id: the title alone. */
const TITLE_KEY = /^[a-z]+:title:/;

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * 'same': the draft's origin and conversation id are this page's. 'ask': only the title matches
 * ("Board prep" exists in many accounts), so the user decides. 'never': another origin or conversation.
 */
export function restoreMatch(item: Pick<OutboxItem, 'origin' | 'conversation'>, here: { key: string; url: string }): RestoreMatch {
  const origin = originOf(here.url);
  if (origin === null || origin !== (item.origin ?? originOf(item.conversation.url))) return 'never';
  if (item.conversation.key !== here.key) return 'never';
  return TITLE_KEY.test(here.key) ? 'ask' : 'same';
}

/** Drafts being put back (or put back) by this page, so two paths never insert the same draft twice. */
export type Restoring = Map<string, Promise<RestoreOutcome>>;

/**
 * Restores `item` if this page shows its conversation: 'restored' only when the text is verifiably in
 * the composer; 'asked' when the user was asked whether it belongs here (`confirmed`: they said it
 * does); 'elsewhere' when this page shows another conversation; 'failed' when the editor refused.
 */
export function restoreItem(world: RestoreWorld, item: OutboxItem, restoring: Restoring, confirmed = false): Promise<RestoreOutcome> {
  const session = world.session;
  if (!session) return Promise.resolve('elsewhere');
  const match = restoreMatch(item, session.conversation);
  if (match === 'never') return Promise.resolve('elsewhere');
  const running = restoring.get(item.id);
  if (running) return running;
  if (match === 'ask' && !confirmed) {
    world.store.set({ restoreOffer: { item, title: item.conversation.title || 'a conversation' }, collapsed: false });
    return Promise.resolve('asked');
  }
  const work = putBack(world, item);
  restoring.set(item.id, work);
  // A failed write may be tried again (the next notification click, the next attach).
  void work.then((outcome) => outcome === 'restored' || restoring.delete(item.id));
  return work;
}

async function putBack(world: RestoreWorld, item: OutboxItem): Promise<RestoreOutcome> {
  const session = world.session;
  if (!session) return 'elsewhere';
  const { adapter, client } = world.deps;
  const current = normalizeForCompare(adapter.readDraft(session.composer));
  // Already there (restored by another path a moment ago): only the bookkeeping is left.
  if (!current.includes(normalizeForCompare(item.text))) {
    const result = await adapter.insertText(session.composer, item.text, { newLine: true });
    if (!result.ok) {
      world.store.set({
        schedule: { state: 'error', message: `Your scheduled message is ready but could not be put back (${result.error ?? 'the editor refused it'}); it is still in the outbox.` },
      });
      return 'failed';
    }
  }
  try {
    await client.request({ type: 'outbox/take', id: item.id });
  } catch (error) {
    // Still in the composer; the item stays 'due' and the id stays remembered so it is not inserted twice.
    console.debug('[composure] outbox/take failed', error);
  }
  world.store.set({ outboxItem: null, restoreOffer: null, outboxElsewhere: null, schedule: { state: 'outbox', message: 'Your scheduled message is back in the composer: review it and press Send.' } });
  world.refresh();
  return 'restored';
}

/**
 * The user opened `item` (popup Open, notification click) while this page may show another
 * conversation: switch to it through the host's own entry, re-attach, then put it back. When the page
 * cannot be switched, the sidebar says where the draft belongs and it keeps waiting in the outbox.
 */
export async function deliverItem(world: RestoreWorld, item: OutboxItem, restoring: Restoring, reattach: () => void): Promise<RestoreOutcome> {
  const session = world.session;
  if (!session) return 'elsewhere';
  const origin = originOf(session.conversation.url);
  // Another account's or origin's draft is never opened here (the background does not send one either).
  if (origin === null || origin !== (item.origin ?? originOf(item.conversation.url))) return 'elsewhere';
  if (item.conversation.key !== session.conversation.key) {
    const title = item.conversation.title || 'its conversation';
    const opened = world.deps.adapter.openConversation
      ? await world.deps.adapter.openConversation({ key: item.conversation.key, title: item.conversation.title }, world.root)
      : { ok: false, reason: 'this host cannot be switched from here' };
    if (!opened.ok) {
      if (world.session) world.store.set({ outboxElsewhere: { id: item.id, title, reason: opened.reason ?? 'could not switch there' } });
      return 'elsewhere';
    }
    reattach();
  }
  return restoreItem(world, item, restoring);
}

/** On attach: drafts of this conversation that came due while nobody was looking. */
export async function restoreDue(world: RestoreWorld, restoring: Restoring): Promise<void> {
  const session = world.session;
  if (!session) return;
  try {
    const due = await world.deps.client.request({ type: 'outbox/list', status: ['due'], conversationKey: session.conversation.key });
    for (const item of due) {
      if (session.signal.aborted) return;
      await restoreItem(world, item, restoring);
    }
  } catch (error) {
    console.debug('[composure] outbox/list failed', error);
  }
}
