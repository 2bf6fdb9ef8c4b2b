// Focus mode: a session with a planned end, an end alarm, and a 1-minute tick for the badge.
import { countWaiting } from '../db/outbox-repo';
import { endFocusSession, openFocusSession, startFocusSession } from '../db/focus-repo';
import { getSettings } from '../db/settings-repo';
import type { FocusSession } from '../db/types';
import { ProtocolError, type FocusState } from '../protocol/responses';
import { minutesLeft, refreshBadge } from './badge';
import { broadcastToHosts } from './broadcast';
import type { BackgroundContext, Handlers } from './context';

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

async function scheduleAlarms(ctx: BackgroundContext, session: FocusSession): Promise<void> {
  await ctx.port.createAlarm(FOCUS_END_ALARM, { when: session.end });
  await ctx.port.createAlarm(FOCUS_TICK_ALARM, { delayInMinutes: 1, periodInMinutes: 1 });
}

async function clearAlarms(ctx: BackgroundContext): Promise<void> {
  await ctx.port.clearAlarm(FOCUS_END_ALARM);
  await ctx.port.clearAlarm(FOCUS_TICK_ALARM);
}

async function announce(ctx: BackgroundContext): Promise<FocusState> {
  const state = await focusState(ctx);
  await refreshBadge(ctx);
  await broadcastToHosts(ctx, { type: 'focus/changed', state });
  return state;
}

/** Ends an open session (alarm fired or tick found it over): notify, badge, tell the tabs. */
export async function finishFocus(ctx: BackgroundContext): Promise<void> {
  const ended = await endFocusSession(ctx.db, ctx.now());
  await clearAlarms(ctx);
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
  await announce(ctx);
}

/** On the 1-minute tick: refresh the badge, or finish a session whose end alarm was lost. */
export async function tickFocus(ctx: BackgroundContext): Promise<void> {
  const open = await openFocusSession(ctx.db);
  if (open && open.end <= ctx.now()) await finishFocus(ctx);
  else if (!open) await ctx.port.clearAlarm(FOCUS_TICK_ALARM);
  await refreshBadge(ctx);
}

/** At browser start: recreate alarms for a running session, or close one that ended while closed. */
export async function restoreFocus(ctx: BackgroundContext): Promise<void> {
  const open = await openFocusSession(ctx.db);
  if (!open) return clearAlarms(ctx);
  // Quietly: a notification about a session that ended hours ago is noise.
  if (open.end <= ctx.now()) {
    await endFocusSession(ctx.db, ctx.now());
    await clearAlarms(ctx);
  } else {
    await scheduleAlarms(ctx, open);
  }
}

/** focus/get, focus/start, focus/stop. */
export const focusHandlers: Handlers<'focus/get' | 'focus/start' | 'focus/stop'> = {
  'focus/get': (_req, ctx) => focusState(ctx),

  async 'focus/start'(req, ctx) {
    const now = ctx.now();
    let end: number;
    if (req.until !== undefined) end = req.until;
    else end = now + (req.minutes ?? (await getSettings(ctx.db)).focus.presets[0] ?? 25) * 60_000;
    if (end <= now) throw new ProtocolError('invalid-request', 'Focus end time is in the past');
    const session = await startFocusSession(ctx.db, { id: ctx.newId(), start: now, end, kind: 'manual' }, now);
    await scheduleAlarms(ctx, session);
    return announce(ctx);
  },

  async 'focus/stop'(_req, ctx) {
    await endFocusSession(ctx.db, ctx.now());
    await clearAlarms(ctx);
    await ctx.port.clearNotification(FOCUS_NOTIFICATION);
    return announce(ctx);
  },
};
