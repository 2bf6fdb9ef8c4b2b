// Bringing a due outbox draft back into its conversation's composer. Never sends: the user reviews
// and presses Send. The item is marked taken only after the text is verifiably in the editor.
import type { OutboxItem } from '../db/types';
import { normalizeForCompare } from '../hosts/text';
import type { World } from './world';

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

/**
 * Restores `item` if this page shows its conversation; true when the draft is in the composer, or
 * when the user was asked whether it belongs here (`confirmed`: they said it does).
 */
export async function restoreItem(w: World, item: OutboxItem, restoring: Set<string>, confirmed = false): Promise<boolean> {
  const s = w.session;
  if (!s) return false;
  const match = restoreMatch(item, s.conversation);
  if (match === 'never') return false;
  if (restoring.has(item.id)) return true;
  if (match === 'ask' && !confirmed) {
    w.store.set({ restoreOffer: { item, title: item.conversation.title || 'a conversation' }, collapsed: false });
    return true;
  }
  restoring.add(item.id);
  const { adapter, client } = w.deps;
  const current = normalizeForCompare(adapter.readDraft(s.composer));
  // Already there (restored by another path a moment ago): only the bookkeeping is left.
  if (!current.includes(normalizeForCompare(item.text))) {
    const result = await adapter.insertText(s.composer, item.text, { newLine: true });
    if (!result.ok) {
      restoring.delete(item.id);
      w.store.set({
        schedule: { state: 'error', message: `Your scheduled message is ready but could not be put back (${result.error ?? 'the editor refused it'}); it is still in the outbox.` },
      });
      return false;
    }
  }
  try {
    await client.request({ type: 'outbox/take', id: item.id });
  } catch (error) {
    // Still in the composer; the item stays 'due' and the id stays remembered so it is not inserted twice.
    console.debug('[composure] outbox/take failed', error);
  }
  w.store.set({ outboxItem: null, restoreOffer: null, schedule: { state: 'outbox', message: 'Your scheduled message is back in the composer: review it and press Send.' } });
  w.refresh();
  return true;
}

/** On attach: drafts of this conversation that came due while nobody was looking. */
export async function restoreDue(w: World, restoring: Set<string>): Promise<void> {
  const s = w.session;
  if (!s) return;
  try {
    const due = await w.deps.client.request({ type: 'outbox/list', status: ['due'], conversationKey: s.conversation.key });
    for (const item of due) {
      if (s.signal.aborted) return;
      await restoreItem(w, item, restoring);
    }
  } catch (error) {
    console.debug('[composure] outbox/list failed', error);
  }
}
