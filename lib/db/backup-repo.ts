// Whole-database operations: snapshot for backup, restore, erase.
import { allTables, type ComposureDb } from './database';
import { guard } from './errors';
import { getSettings, writeSettings } from './settings-repo';
import type { Snapshot } from '../records/types';

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

/** The settings rows a backup carries; the others (what is turned off, where the sidebar docks) stay on a restore. */
const BACKED_UP_SETTINGS = ['me', 'norms', 'focus'] as const;

/** How many rows each table holds now, and what a restore keeps: counted in one read transaction. */
export function countTables(db: ComposureDb): Promise<StoredCounts> {
  return guard(() =>
    db.transaction('r', allTables(db), async () => {
      const rows = await db.settings.toArray();
      const off = rows.find((r) => r.key === 'off');
      const placement = rows.find((r) => r.key === 'placement');
      return {
        settings: rows.filter((r) => (BACKED_UP_SETTINGS as readonly string[]).includes(r.key)).length,
        people: await db.people.count(),
        outbox: await db.outbox.count(),
        waiting: await db.outbox.where('status').anyOf('scheduled', 'due').count(),
        focusSessions: await db.focusSessions.count(),
        stats: await db.stats.count(),
        offRules: off?.key === 'off' ? off.value.length : 0,
        placement: placement?.key === 'placement' ? Object.keys(placement.value).length : 0,
        diagnostics: await db.diagnostics.count(),
      };
    }),
  );
}

/** Row counts per table (`waiting`: outbox rows still scheduled or due; `placement`: hosts with a docked side). */
export interface StoredCounts {
  settings: number;
  people: number;
  outbox: number;
  waiting: number;
  focusSessions: number;
  stats: number;
  offRules: number;
  placement: number;
  diagnostics: number;
}

/**
 * Replaces what a backup holds with a snapshot in ONE transaction: on any failure the old data stays.
 * What a backup does not hold (the off switch, the sidebar's side, diagnostics) is kept.
 */
export function replaceWithSnapshot(db: ComposureDb, s: Snapshot): Promise<void> {
  return guard(() =>
    db.transaction('rw', [db.settings, db.people, db.outbox, db.focusSessions, db.stats], async () => {
      await Promise.all([
        db.settings.bulkDelete([...BACKED_UP_SETTINGS]),
        db.people.clear(),
        db.outbox.clear(),
        db.focusSessions.clear(),
        db.stats.clear(),
      ]);
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
