// Scheduled focus blocks: one alarm at the next block start (in the user's zone), which starts a
// 'block' session ending at the block's end. Re-armed at startup, after restores and settings changes.
import { openFocusSession } from '../db/focus-repo';
import { guard } from '../db/errors';
import { getSettings } from '../db/settings-repo';
import { blockSchedule } from '../focus/blocks';
import type { BackgroundContext } from './context';
import type { Router } from './router';
import { beginFocus } from './focus-session';

/** The alarm that fires at the next block start. */
export const FOCUS_BLOCK_ALARM = 'focus:block';

/** Whether a 'block' session already began inside [start, end) (it may have been stopped by hand). */
function blockAlreadyRan(ctx: BackgroundContext, start: number, end: number): Promise<boolean> {
  return guard(async () => {
    const since = await ctx.db.focusSessions.where('start').between(start, end, true, false).toArray();
    return since.some((s) => s.kind === 'block');
  });
}

/** Starts the block running at `now`, once per block; a longer open session is left alone. */
async function startRunningBlock(ctx: BackgroundContext, block: { start: number; end: number }): Promise<boolean> {
  if (await blockAlreadyRan(ctx, block.start, block.end)) return false;
  const open = await openFocusSession(ctx.db);
  if (open && open.end >= block.end) return false;
  await beginFocus(ctx, block.end, 'block');
  return true;
}

/**
 * Arms FOCUS_BLOCK_ALARM for the next block start (or clears it). With `startRunning`, a block that
 * is running now gets its session (the alarm fired, or the browser was closed when it should have).
 */
export async function syncBlocks(ctx: BackgroundContext, opts: { startRunning: boolean }): Promise<{ started: boolean; nextStart: number | null }> {
  const { me, focus } = await getSettings(ctx.db);
  const { current, nextStart } = blockSchedule(focus.blocks, me.timeZone, ctx.now());
  const started = opts.startRunning && current !== null ? await startRunningBlock(ctx, current) : false;
  if (nextStart === null) await ctx.port.clearAlarm(FOCUS_BLOCK_ALARM);
  else await ctx.port.createAlarm(FOCUS_BLOCK_ALARM, { when: nextStart });
  return { started, nextStart };
}

/** Wraps a router so a successful settings/update re-arms the block alarm (blocks or zone may have changed). */
export function syncBlocksOnSettings(route: Router, ctx: BackgroundContext): Router {
  return async (raw, caller) => {
    const response = await route(raw, caller);
    if (response.ok && (raw as { type?: unknown } | null)?.type === 'settings/update') {
      await syncBlocks(ctx, { startRunning: false }).catch((e: unknown) => console.error('[composure] focus blocks', e));
    }
    return response;
  };
}
