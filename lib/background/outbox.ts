// Scheduled drafts: an alarm per item at sendAt; when it fires, a notification that brings the
// draft back into its conversation. Marking 'restored' is the content script's job (outbox/take),
// so an item whose restore failed stays visible as due.
import {
  addOutboxItem,
  getOutboxItem,
  listOutbox,
  transitionOutbox,
  type OutboxFilter,
} from '../db/outbox-repo';
import type { OutboxItem, OutboxStatus } from '../db/types';
import { ProtocolError } from '../protocol/responses';
import { refreshBadge } from './badge';
import { sendWithRetry } from './broadcast';
import type { BackgroundContext, Handlers } from './context';
import type { TabInfo } from '../platform/background-ports';

/** Alarm and notification ids for an item share this prefix. */
export const OUTBOX_PREFIX = 'outbox:';
/** The alarm / notification id for an item. */
export const outboxAlarmName = (id: string) => `${OUTBOX_PREFIX}${id}`;

async function settle(ctx: BackgroundContext, id: string): Promise<void> {
  await ctx.port.clearAlarm(outboxAlarmName(id));
  await ctx.port.clearNotification(outboxAlarmName(id));
  await refreshBadge(ctx);
}

async function move(ctx: BackgroundContext, id: string, to: OutboxStatus, from: OutboxStatus[]): Promise<OutboxItem> {
  const result = await transitionOutbox(ctx.db, id, to, from, ctx.now());
  if (!result) throw new ProtocolError('not-found', `No scheduled message with id '${id}'`);
  if (!result.changed && result.item.status !== to) {
    throw new ProtocolError('invalid-state', `That scheduled message is already ${result.item.status}`);
  }
  await settle(ctx, id);
  return result.item;
}

async function notifyDue(ctx: BackgroundContext, item: OutboxItem): Promise<void> {
  const where = item.conversation.title || 'your conversation';
  await ctx.port.notify(outboxAlarmName(item.id), {
    title: 'Scheduled message ready',
    message: `Your scheduled message to ${where} is ready to send`,
  });
}

/** The outbox alarm fired: mark the item due and notify (once). */
export async function onOutboxAlarm(ctx: BackgroundContext, id: string): Promise<void> {
  const result = await transitionOutbox(ctx.db, id, 'due', ['scheduled'], ctx.now());
  if (result?.changed) await notifyDue(ctx, result.item);
  await refreshBadge(ctx);
}

function sameConversation(tabUrl: string | undefined, url: string): boolean {
  if (!tabUrl) return false;
  const strip = (u: string) => u.replace(/[?#].*$/, '').replace(/\/$/, '');
  return tabUrl === url || strip(tabUrl) === strip(url);
}

/** The user clicked an item's notification: focus (or open) its conversation and restore the draft there. */
export async function openOutboxItem(ctx: BackgroundContext, id: string): Promise<boolean> {
  const item = await getOutboxItem(ctx.db, id);
  await ctx.port.clearNotification(outboxAlarmName(id));
  if (!item || (item.status !== 'due' && item.status !== 'scheduled')) return false;
  const url = item.conversation.url;
  let tab: TabInfo | undefined = (await ctx.port.queryTabs()).find((t) => sameConversation(t.url, url));
  if (tab) await ctx.port.focusTab(tab);
  else tab = await ctx.port.openTab(url);
  return sendWithRetry(ctx, tab, { type: 'outbox/restore', item });
}

/** At browser start: alarms may be lost, so recreate them; items that came due meanwhile are marked and notified. */
export async function reconcileOutbox(ctx: BackgroundContext): Promise<void> {
  const now = ctx.now();
  const scheduled = await listOutbox(ctx.db, { status: ['scheduled'] });
  const wanted = new Set<string>();
  for (const item of scheduled) {
    if (item.sendAt <= now) await onOutboxAlarm(ctx, item.id);
    else {
      wanted.add(outboxAlarmName(item.id));
      await ctx.port.createAlarm(outboxAlarmName(item.id), { when: item.sendAt });
    }
  }
  for (const alarm of await ctx.port.listAlarms()) {
    if (alarm.name.startsWith(OUTBOX_PREFIX) && !wanted.has(alarm.name)) await ctx.port.clearAlarm(alarm.name);
  }
  await refreshBadge(ctx);
}

type OutboxTypes = 'outbox/add' | 'outbox/list' | 'outbox/cancel' | 'outbox/take' | 'outbox/sent-by-host' | 'outbox/open';

/** outbox/* requests. */
export const outboxHandlers: Handlers<OutboxTypes> = {
  async 'outbox/add'(req, ctx) {
    const now = ctx.now();
    const item: OutboxItem = { ...req.item, id: ctx.newId(), createdAt: now, updatedAt: now, status: 'scheduled' };
    await addOutboxItem(ctx.db, item);
    // A sendAt in the past fires at once (browsers clamp alarms to "now").
    await ctx.port.createAlarm(outboxAlarmName(item.id), { when: item.sendAt });
    await refreshBadge(ctx);
    return item;
  },

  'outbox/list': (req, ctx) => {
    const filter: OutboxFilter = {};
    if (req.status) filter.status = req.status;
    if (req.conversationKey !== undefined) filter.conversationKey = req.conversationKey;
    return listOutbox(ctx.db, filter);
  },

  'outbox/cancel': (req, ctx) => move(ctx, req.id, 'cancelled', ['scheduled', 'due']),
  'outbox/take': (req, ctx) => move(ctx, req.id, 'restored', ['scheduled', 'due']),
  'outbox/sent-by-host': (req, ctx) => move(ctx, req.id, 'sent-by-host', ['scheduled', 'due', 'restored']),
  // The notification click's path, for the popup's "Open" and for tests (a notification cannot be clicked headless).
  'outbox/open': async (req, ctx) => ({ delivered: await openOutboxItem(ctx, req.id) }),
};
