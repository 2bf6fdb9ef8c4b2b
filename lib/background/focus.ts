// Focus mode: focus/* requests, restoring after a browser restart, and the keyboard toggle.
import { endFocusSession, openFocusSession } from '../db/focus-repo';
import { getSettings } from '../db/settings-repo';
import type { FocusState } from '../protocol/responses';
import type { BackgroundContext, Handlers } from './context';
import { syncBlocks } from './focus-blocks';
import {
  beginFocus,
  clearFocusAlarms,
  focusState,
  scheduleFocusAlarms,
  stopFocus,
} from './focus-session';

export {
  FOCUS_END_ALARM,
  FOCUS_NOTIFICATION,
  FOCUS_TICK_ALARM,
  finishFocus,
  focusState,
  tickFocus,
} from './focus-session';
export { FOCUS_BLOCK_ALARM } from './focus-blocks';

/** The keyboard command (manifest `commands`) that starts or stops focus. */
export const TOGGLE_FOCUS_COMMAND = 'toggle-focus';

/**
 * At browser start or after a restore: recreate alarms for a running session, close one that ended
 * while closed, and re-arm the block alarm (starting a block that is running, when asked).
 */
export async function restoreFocus(ctx: BackgroundContext, opts: { startRunningBlock?: boolean } = {}): Promise<void> {
  const open = await openFocusSession(ctx.db);
  if (!open) await clearFocusAlarms(ctx);
  // Quietly: a notification about a session that ended hours ago is noise.
  else if (open.end <= ctx.now()) {
    await endFocusSession(ctx.db, ctx.now());
    await clearFocusAlarms(ctx);
  } else {
    await scheduleFocusAlarms(ctx, open);
  }
  await syncBlocks(ctx, { startRunning: opts.startRunningBlock ?? false });
}

/** Minutes for a start without a length: the first preset. */
async function defaultMinutes(ctx: BackgroundContext): Promise<number> {
  return (await getSettings(ctx.db)).focus.presets[0] ?? 25;
}

/** The keyboard toggle: stop a running session, else start one of the first preset's length. */
export async function toggleFocus(ctx: BackgroundContext): Promise<FocusState> {
  if ((await focusState(ctx)).active) return stopFocus(ctx);
  return beginFocus(ctx, ctx.now() + (await defaultMinutes(ctx)) * 60_000, 'manual');
}

/** focus/get, focus/start, focus/stop. */
export const focusHandlers: Handlers<'focus/get' | 'focus/start' | 'focus/stop'> = {
  'focus/get': (_req, ctx) => focusState(ctx),

  async 'focus/start'(req, ctx) {
    const end = req.until ?? ctx.now() + (req.minutes ?? (await defaultMinutes(ctx))) * 60_000;
    return beginFocus(ctx, end, 'manual');
  },

  'focus/stop': (_req, ctx) => stopFocus(ctx),
};
