// Focus sessions: start with an end alarm and a 1-minute tick for the badge; finish with a notification.
import { endFocusSession, openFocusSession, startFocusSession } from '../db/focus-repo';
import { countWaiting } from '../db/outbox-repo';
import type { FocusSession } from '../records/types';
import { ProtocolError, type FocusState } from '../protocol/responses';
import { minutesLeft, refreshBadge } from './badge';
import { broadcastToHosts } from './broadcast';
import type { BackgroundContext } from './context';

/** Alarm names owned by focus mode. */
export const FOCUS_END_ALARM = 'focus:end';
export const FOCUS_TICK_ALARM = 'focus:tick';
/** Notification id for "focus session over". */
export const FOCUS_NOTIFICATION = 'focus:end';

function stateOf(session: FocusSession | undefined, now: number): FocusState {
  if (!session || session.endedAt !== undefined || session.end <= now) {
    return { active: false, session: null, endsAt: null, minutesLeft: null };
  }
  return { active: true, session, endsAt: session.end, minutesLeft: minutesLeft(session, now) };
}

/** The current focus state. */
export async function focusState(ctx: BackgroundContext): Promise<FocusState> {
  return stateOf(await openFocusSession(ctx.db), ctx.now());
}

/** Arms the end alarm and the badge tick for a running session. */
export async function scheduleFocusAlarms(ctx: BackgroundContext, session: FocusSession): Promise<void> {
  await ctx.port.createAlarm(FOCUS_END_ALARM, { when: session.end });
  await ctx.port.createAlarm(FOCUS_TICK_ALARM, { delayInMinutes: 1, periodInMinutes: 1 });
}

/** Clears the end alarm and the tick. */
export async function clearFocusAlarms(ctx: BackgroundContext): Promise<void> {
  await ctx.port.clearAlarm(FOCUS_END_ALARM);
  await ctx.port.clearAlarm(FOCUS_TICK_ALARM);
}

/**
 * Refreshes the badge and tells the host tabs; returns the new state. Callers that just committed
 * a change pass the state it produced, so a failing read afterwards cannot turn a done change
 * into a reported failure.
 */
export async function announceFocus(ctx: BackgroundContext, known?: FocusState): Promise<FocusState> {
  const state = known ?? (await focusState(ctx));
  await refreshBadge(ctx);
  await broadcastToHosts(ctx, { type: 'focus/changed', state });
  return state;
}

/** Starts a session from now until `end` (closing any open one), arms its alarms and announces it. */
export async function beginFocus(ctx: BackgroundContext, end: number, kind: FocusSession['kind']): Promise<FocusState> {
  const now = ctx.now();
  if (end <= now) throw new ProtocolError('invalid-request', 'Focus end time is in the past');
  const session = await startFocusSession(ctx.db, { id: ctx.newId(), start: now, end, kind }, now);
  await scheduleFocusAlarms(ctx, session);
  return announceFocus(ctx, stateOf(session, now));
}

/** Ends an open session (alarm fired or tick found it over): notify, badge, tell the tabs. */
export async function finishFocus(ctx: BackgroundContext): Promise<void> {
  const ended = await endFocusSession(ctx.db, ctx.now());
  await clearFocusAlarms(ctx);
  if (ended) {
    const minutes = Math.round(((ended.endedAt ?? ended.end) - ended.start) / 60_000);
    const { due, scheduled } = await countWaiting(ctx.db);
    const waiting = due + scheduled;
    await ctx.port.notify(FOCUS_NOTIFICATION, {
      title: 'Focus session over',
      message:
        `You focused for ${minutes} minute${minutes === 1 ? '' : 's'}.` +
        (waiting ? ` ${waiting} scheduled message${waiting === 1 ? ' is' : 's are'} waiting.` : ''),
    });
  }
  await announceFocus(ctx);
}

/** On the 1-minute tick: refresh the badge, or finish a session whose end alarm was lost. */
export async function tickFocus(ctx: BackgroundContext): Promise<void> {
  const open = await openFocusSession(ctx.db);
  if (open && open.end <= ctx.now()) await finishFocus(ctx);
  else if (!open) await ctx.port.clearAlarm(FOCUS_TICK_ALARM);
  await refreshBadge(ctx);
}

/** Stops the open session early, without the end notification. */
export async function stopFocus(ctx: BackgroundContext): Promise<FocusState> {
  await endFocusSession(ctx.db, ctx.now());
  await clearFocusAlarms(ctx);
  await ctx.port.clearNotification(FOCUS_NOTIFICATION);
  return announceFocus(ctx, stateOf(undefined, ctx.now()));
}
