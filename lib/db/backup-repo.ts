// Whole-database operations: snapshot for backup, restore, erase.
import { allTables, type ComposureDb } from './database';
import { guard } from './errors';
import { getSettings, writeSettings } from './settings-repo';
import type { Snapshot } from './types';

/** Reads everything a backup holds, in one read transaction (a consistent view). */
export function readSnapshot(db: ComposureDb): Promise<Snapshot> {
  return guard(() =>
    db.transaction('r', [db.settings, db.people, db.outbox, db.focusSessions, db.stats], async () => ({
      settings: await getSettings(db),
      people: await db.people.toArray(),
      outbox: await db.outbox.toArray(),
      focusSessions: await db.focusSessions.toArray(),
      stats: await db.stats.toArray(),
    })),
  );
}

/** Replaces all data with a snapshot in ONE transaction: on any failure the old data stays. */
export function replaceWithSnapshot(db: ComposureDb, s: Snapshot): Promise<void> {
  return guard(() =>
    db.transaction('rw', [db.settings, db.people, db.outbox, db.focusSessions, db.stats], async () => {
      await Promise.all([db.settings.clear(), db.people.clear(), db.outbox.clear(), db.focusSessions.clear(), db.stats.clear()]);
      await writeSettings(db, s.settings);
      await db.people.bulkPut(s.people);
      await db.outbox.bulkPut(s.outbox);
      await db.focusSessions.bulkPut(s.focusSessions);
      await db.stats.bulkPut(s.stats);
    }),
  );
}

/** Deletes every row of every table (the database itself stays, at the current version). */
export function eraseAll(db: ComposureDb): Promise<void> {
  return guard(() =>
    db.transaction('rw', allTables(db), async () => {
      await Promise.all(allTables(db).map((t) => t.clear()));
    }),
  );
}
