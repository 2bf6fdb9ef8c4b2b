// Focus sessions. At most one is open (no endedAt) at a time.
import type { ComposureDb } from './database';
import { guard } from './errors';
import type { FocusSession } from '../records/types';

/** The open session, if any (it may be past its planned end if an alarm was lost). */
export function openFocusSession(db: ComposureDb): Promise<FocusSession | undefined> {
  return guard(() =>
    db.focusSessions
      .orderBy('start')
      .reverse()
      .filter((s) => s.endedAt === undefined)
      .first(),
  );
}

/** Closes any open session at `now` and stores `session`, atomically. */
export function startFocusSession(db: ComposureDb, session: FocusSession, now: number): Promise<FocusSession> {
  return guard(() =>
    db.transaction('rw', db.focusSessions, async () => {
      await db.focusSessions.filter((s) => s.endedAt === undefined).modify({ endedAt: now });
      await db.focusSessions.add(session);
      return session;
    }),
  );
}

/** Closes the open session at `endedAt`; returns it, or undefined when none was open. */
export function endFocusSession(db: ComposureDb, endedAt: number): Promise<FocusSession | undefined> {
  return guard(() =>
    db.transaction('rw', db.focusSessions, async () => {
      const open = await openFocusSession(db);
      if (!open) return undefined;
      // A session stopped early ends now; one whose alarm was lost ends at its planned end.
      const ended = { ...open, endedAt: Math.min(endedAt, open.end) };
      await db.focusSessions.put(ended);
      return ended;
    }),
  );
}
