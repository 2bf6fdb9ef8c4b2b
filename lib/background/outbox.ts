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
import type { OutboxItem, OutboxStatus } from '../records/types';
import { ProtocolError } from '../protocol/responses';
import { refreshBadge } from './badge';
import { isHostUrl, requestWithRetry } from './broadcast';
import type { RestoreOutcome } from '../protocol/content-messages';
import type { BackgroundContext, Handlers } from './context';
import type { TabInfo } from '../platform/background-ports';
import { hostOriginOf } from '../hosts/matches';
import { accountOf, type Caller } from './access';

/** The origin a draft belongs to: recorded when it was written, else its link's (rows from before origins were kept). */
export function itemOrigin(item: Pick<OutboxItem, 'origin' | 'conversation'>): string | null {
  return item.origin ?? hostOriginOf(item.conversation.url);
}

/**
 * True when a content script may see `item`: same host origin (teams.live.com never sees
 * teams.microsoft.com's drafts), and not another workspace or tenant when both are known.
 */
export function inScope(item: OutboxItem, caller: Caller): boolean {
  if (caller.kind === 'extension') return true;
  if (itemOrigin(item) !== caller.origin) return false;
  const account = item.account ?? accountOf(item.conversation.url);
  return account === null || caller.account === null || account === caller.account;
}

/** Loads an item the caller may act on; another origin's draft is reported as not found. */
async function scopedItem(ctx: BackgroundContext, id: string, caller: Caller): Promise<OutboxItem> {
  const item = await getOutboxItem(ctx.db, id);
  if (!item || !inScope(item, caller)) throw new ProtocolError('not-found', `No scheduled message with id '${id}'`);
  return item;
}

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

const OUTCOMES: readonly RestoreOutcome[] = ['restored', 'asked', 'elsewhere', 'failed'];

/** A content script's answer to outbox/restore, or null (no answer yet, or one from an older build). */
function outcomeOf(response: unknown): RestoreOutcome | null {
  const outcome = (response as { outcome?: unknown } | null | undefined)?.outcome;
  return OUTCOMES.includes(outcome as RestoreOutcome) ? (outcome as RestoreOutcome) : null;
}

/** What Open did: delivered only when the draft is verifiably back in a composer. */
export interface OpenReport {
  delivered: boolean;
  /** 'unreachable': no Composure page answered; 'gone': the draft is no longer waiting. */
  outcome: RestoreOutcome | 'unreachable' | 'gone';
}

/**
 * The user clicked an item's notification (or Open in the popup): focus the tab showing its
 * conversation, else a tab of the same origin and workspace (its page switches conversation through
 * the host's own entry), else open the conversation's link; then have the draft put back there.
 */
export async function openOutboxItem(ctx: BackgroundContext, id: string): Promise<OpenReport> {
  const item = await getOutboxItem(ctx.db, id);
  await ctx.port.clearNotification(outboxAlarmName(id));
  if (!item || (item.status !== 'due' && item.status !== 'scheduled')) return { delivered: false, outcome: 'gone' };
  const url = item.conversation.url;
  // Old rows and restored backups were checked on the way in; check again before opening anything.
  if (!hostOriginOf(url)) return { delivered: false, outcome: 'unreachable' };
  const origin = itemOrigin(item);
  const account = item.account ?? accountOf(url);
  const tabs = (await ctx.port.queryTabs()).filter((t) => isHostUrl(t.url));
  const sameAccount = (t: TabInfo) => {
    if (!t.url || hostOriginOf(t.url) !== origin) return false;
    const theirs = accountOf(t.url);
    return account === null || theirs === null || theirs === account;
  };
  let tab: TabInfo | undefined = tabs.find((t) => sameConversation(t.url, url)) ?? tabs.find(sameAccount);
  if (tab) await ctx.port.focusTab(tab);
  else tab = await ctx.port.openTab(url);
  const outcome = await requestWithRetry(ctx, tab, { type: 'outbox/restore', item }, outcomeOf);
  return { delivered: outcome === 'restored', outcome: outcome ?? 'unreachable' };
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
  async 'outbox/add'(req, ctx, caller) {
    const now = ctx.now();
    const urlOrigin = hostOriginOf(req.item.conversation.url);
    if (!urlOrigin) throw new ProtocolError('invalid-request', 'The conversation link is not on a host Composure runs on');
    // A content script schedules for its own page only: the origin is the browser's word, not the message's.
    if (caller.kind === 'content' && (urlOrigin !== caller.origin || req.item.host !== caller.host)) {
      throw new ProtocolError('forbidden', `A content script on ${caller.origin} may only schedule drafts for its own page`);
    }
    const scope = caller.kind === 'content' ? { origin: caller.origin, account: caller.account } : { origin: urlOrigin, account: accountOf(req.item.conversation.url) };
    const item: OutboxItem = { ...req.item, ...scope, id: ctx.newId(), createdAt: now, updatedAt: now, status: 'scheduled' };
    await addOutboxItem(ctx.db, item);
    // A sendAt in the past fires at once (browsers clamp alarms to "now").
    await ctx.port.createAlarm(outboxAlarmName(item.id), { when: item.sendAt });
    await refreshBadge(ctx);
    return item;
  },

  async 'outbox/list'(req, ctx, caller) {
    // The page sees its own conversation's drafts, never the whole outbox.
    if (caller.kind === 'content' && req.conversationKey === undefined) {
      throw new ProtocolError('forbidden', 'A content script may only list the drafts of its own conversation (give conversationKey)');
    }
    const filter: OutboxFilter = {};
    if (req.status) filter.status = req.status;
    if (req.conversationKey !== undefined) filter.conversationKey = req.conversationKey;
    return (await listOutbox(ctx.db, filter)).filter((item) => inScope(item, caller));
  },

  async 'outbox/cancel'(req, ctx, caller) {
    await scopedItem(ctx, req.id, caller);
    return move(ctx, req.id, 'cancelled', ['scheduled', 'due']);
  },
  async 'outbox/take'(req, ctx, caller) {
    await scopedItem(ctx, req.id, caller);
    return move(ctx, req.id, 'restored', ['scheduled', 'due']);
  },
  async 'outbox/sent-by-host'(req, ctx, caller) {
    await scopedItem(ctx, req.id, caller);
    return move(ctx, req.id, 'sent-by-host', ['scheduled', 'due', 'restored']);
  },
  // The notification click's path, for the popup's "Open" and for tests (a notification cannot be clicked headless).
  'outbox/open': (req, ctx) => openOutboxItem(ctx, req.id),
};
