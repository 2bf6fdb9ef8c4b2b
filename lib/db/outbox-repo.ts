// Drafts scheduled for later. Status moves: scheduled → due → restored | sent-by-host; any open → cancelled.
import type { ComposureDb } from './database';
import { guard } from './errors';
import type { OutboxItem, OutboxStatus } from '../records/types';

/** Stores a new item. */
export function addOutboxItem(db: ComposureDb, item: OutboxItem): Promise<OutboxItem> {
  return guard(async () => {
    await db.outbox.add(item);
    return item;
  });
}

/** Filter for listOutbox. */
export interface OutboxFilter {
  status?: OutboxStatus[];
  conversationKey?: string;
}

/** Items ordered by sendAt, optionally filtered. */
export function listOutbox(db: ComposureDb, filter: OutboxFilter = {}): Promise<OutboxItem[]> {
  return guard(async () => {
    const rows = filter.status
      ? await db.outbox.where('status').anyOf(filter.status).toArray()
      : await db.outbox.toArray();
    return rows
      .filter((r) => filter.conversationKey === undefined || r.conversation.key === filter.conversationKey)
      .sort((a, b) => a.sendAt - b.sendAt);
  });
}

/** One item by id. */
export function getOutboxItem(db: ComposureDb, id: string): Promise<OutboxItem | undefined> {
  return guard(() => db.outbox.get(id));
}

/** Moves an item to `status` if it is currently in one of `from`; returns the item after, or undefined if missing. */
export function transitionOutbox(
  db: ComposureDb,
  id: string,
  status: OutboxStatus,
  from: readonly OutboxStatus[],
  now: number,
): Promise<{ item: OutboxItem; changed: boolean } | undefined> {
  return guard(() =>
    db.transaction('rw', db.outbox, async () => {
      const item = await db.outbox.get(id);
      if (!item) return undefined;
      if (!from.includes(item.status)) return { item, changed: false };
      const next = { ...item, status, updatedAt: now };
      await db.outbox.put(next);
      return { item: next, changed: true };
    }),
  );
}

/** How many items wait, by status. */
export function countWaiting(db: ComposureDb): Promise<{ due: number; scheduled: number }> {
  return guard(async () => ({
    due: await db.outbox.where('status').equals('due').count(),
    scheduled: await db.outbox.where('status').equals('scheduled').count(),
  }));
}
