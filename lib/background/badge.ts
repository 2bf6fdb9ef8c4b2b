// The toolbar badge: minutes left while focusing, else how many scheduled drafts wait.
import { isStorageFailure } from '../db/errors';
import { countWaiting } from '../db/outbox-repo';
import { openFocusSession } from '../db/focus-repo';
import type { FocusSession } from '../records/types';
import type { BackgroundContext } from './context';

/** Colours: focus is distinct from the outbox count; due items are warmer than scheduled ones. */
export const BADGE_COLORS = { focus: '#6d28d9', due: '#b45309', scheduled: '#475569' } as const;

/** Whole minutes left, rounded up so a fresh 25-minute session reads '25m' and the last seconds '1m'. */
export function minutesLeft(session: FocusSession, now: number): number {
  return Math.max(0, Math.ceil((session.end - now) / 60_000));
}

/**
 * Computes and sets the badge; returns what was set, or undefined when storage could not be read.
 * The badge is cosmetic and is called after writes have committed, so a storage failure here is
 * logged, not thrown: the request that committed must not be reported as "nothing was changed".
 */
export async function refreshBadge(ctx: BackgroundContext): Promise<{ text: string; color: string } | undefined> {
  try {
    return await computeAndSetBadge(ctx);
  } catch (e) {
    if (!isStorageFailure(e)) throw e;
    console.warn('[composure] badge not refreshed: storage unavailable', e);
    return undefined;
  }
}

async function computeAndSetBadge(ctx: BackgroundContext): Promise<{ text: string; color: string }> {
  const now = ctx.now();
  const session = await openFocusSession(ctx.db);
  let badge: { text: string; color: string };
  if (session && session.end > now) {
    badge = { text: `${minutesLeft(session, now)}m`, color: BADGE_COLORS.focus };
  } else {
    const { due, scheduled } = await countWaiting(ctx.db);
    const total = due + scheduled;
    badge = { text: total > 0 ? String(total) : '', color: due > 0 ? BADGE_COLORS.due : BADGE_COLORS.scheduled };
  }
  await ctx.port.setBadge(badge.text, badge.color);
  return badge;
}
