// Browser events the background reacts to besides messages: alarms, notification clicks, startup, commands.
import type { BackgroundContext } from './context';
import {
  FOCUS_BLOCK_ALARM,
  FOCUS_END_ALARM,
  FOCUS_NOTIFICATION,
  FOCUS_TICK_ALARM,
  TOGGLE_FOCUS_COMMAND,
  finishFocus,
  restoreFocus,
  tickFocus,
  toggleFocus,
} from './focus';
import { syncBlocks } from './focus-blocks';
import { OUTBOX_PREFIX, onOutboxAlarm, openOutboxItem, reconcileOutbox } from './outbox';
import { refreshBadge } from './badge';
import { isHostUrl } from './broadcast';

/** Routes an alarm by name. */
export async function handleAlarm(ctx: BackgroundContext, alarm: { name: string }): Promise<void> {
  if (alarm.name.startsWith(OUTBOX_PREFIX)) await onOutboxAlarm(ctx, alarm.name.slice(OUTBOX_PREFIX.length));
  else if (alarm.name === FOCUS_END_ALARM) await finishFocus(ctx);
  else if (alarm.name === FOCUS_TICK_ALARM) await tickFocus(ctx);
  else if (alarm.name === FOCUS_BLOCK_ALARM) await syncBlocks(ctx, { startRunning: true });
}

/** Routes a notification click by id. */
export async function handleNotificationClick(ctx: BackgroundContext, notificationId: string): Promise<void> {
  if (notificationId.startsWith(OUTBOX_PREFIX)) await openOutboxItem(ctx, notificationId.slice(OUTBOX_PREFIX.length));
  else if (notificationId === FOCUS_NOTIFICATION) await ctx.port.clearNotification(notificationId);
}

/** The keyboard command (manifest `commands`) that opens or folds the sidebar in the active tab. */
export const TOGGLE_SIDEBAR_COMMAND = 'toggle-sidebar';

/** Routes a keyboard command (manifest `commands`) by name. */
export async function handleCommand(ctx: BackgroundContext, command: string): Promise<void> {
  if (command === TOGGLE_FOCUS_COMMAND) await toggleFocus(ctx);
  else if (command === TOGGLE_SIDEBAR_COMMAND) {
    const tab = await ctx.port.activeTab();
    // A tab without our content script (or one that is off) simply does not answer.
    if (tab && isHostUrl(tab.url)) await ctx.port.sendToTab(tab.id, { type: 'sidebar/toggle' }).catch(() => undefined);
  }
}

/** Browser start / install / update: alarms may have been lost, so rebuild them from the database. */
export async function handleStartup(ctx: BackgroundContext): Promise<void> {
  await reconcileOutbox(ctx);
  await restoreFocus(ctx, { startRunningBlock: true });
  await refreshBadge(ctx);
}
