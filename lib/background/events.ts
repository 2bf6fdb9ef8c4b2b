// Browser events the background reacts to besides messages: alarms, notification clicks, startup.
import type { BackgroundContext } from './context';
import { FOCUS_END_ALARM, FOCUS_NOTIFICATION, FOCUS_TICK_ALARM, finishFocus, restoreFocus, tickFocus } from './focus';
import { OUTBOX_PREFIX, onOutboxAlarm, openOutboxItem, reconcileOutbox } from './outbox';
import { refreshBadge } from './badge';

/** Routes an alarm by name. */
export async function handleAlarm(ctx: BackgroundContext, alarm: { name: string }): Promise<void> {
  if (alarm.name.startsWith(OUTBOX_PREFIX)) await onOutboxAlarm(ctx, alarm.name.slice(OUTBOX_PREFIX.length));
  else if (alarm.name === FOCUS_END_ALARM) await finishFocus(ctx);
  else if (alarm.name === FOCUS_TICK_ALARM) await tickFocus(ctx);
}

/** Routes a notification click by id. */
export async function handleNotificationClick(ctx: BackgroundContext, notificationId: string): Promise<void> {
  if (notificationId.startsWith(OUTBOX_PREFIX)) await openOutboxItem(ctx, notificationId.slice(OUTBOX_PREFIX.length));
  else if (notificationId === FOCUS_NOTIFICATION) await ctx.port.clearNotification(notificationId);
}

/** Browser start / install / update: alarms may have been lost, so rebuild them from the database. */
export async function handleStartup(ctx: BackgroundContext): Promise<void> {
  await reconcileOutbox(ctx);
  await restoreFocus(ctx);
  await refreshBadge(ctx);
}
