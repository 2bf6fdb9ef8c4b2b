// Bringing a due outbox draft back into its conversation's composer. Never sends: the user reviews
// and presses Send. The item is marked taken only after the text is verifiably in the editor.
import type { OutboxItem } from '../db/types';
import { normalizeForCompare } from '../hosts/text';
import type { World } from './world';

/** Restores `item` if this page shows its conversation; true when the draft is in the composer. */
export async function restoreItem(w: World, item: OutboxItem, restoring: Set<string>): Promise<boolean> {
  const s = w.session;
  if (!s || s.conversation.key !== item.conversation.key) return false;
  if (restoring.has(item.id)) return true;
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
  w.store.set({ outboxItem: null, schedule: { state: 'outbox', message: 'Your scheduled message is back in the composer: review it and press Send.' } });
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
