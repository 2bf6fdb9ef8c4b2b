// Selector failures reported by content scripts, kept small: the newest entries only.
import type { ComposureDb } from './database';
import { guard } from './errors';
import type { DiagnosticEntry } from '../records/types';

/** How many entries are kept; older ones are dropped. */
export const MAX_DIAGNOSTICS = 200;

/** Appends entries and trims to MAX_DIAGNOSTICS; returns how many are stored. */
export function addDiagnostics(db: ComposureDb, entries: DiagnosticEntry[]): Promise<number> {
  return guard(() =>
    db.transaction('rw', db.diagnostics, async () => {
      await db.diagnostics.bulkAdd(entries);
      const count = await db.diagnostics.count();
      if (count > MAX_DIAGNOSTICS) {
        const old = await db.diagnostics.orderBy('id').limit(count - MAX_DIAGNOSTICS).primaryKeys();
        await db.diagnostics.bulkDelete(old);
      }
      return Math.min(count, MAX_DIAGNOSTICS);
    }),
  );
}

/** Newest first. */
export function listDiagnostics(db: ComposureDb, limit = MAX_DIAGNOSTICS): Promise<DiagnosticEntry[]> {
  return guard(() => db.diagnostics.orderBy('id').reverse().limit(limit).toArray());
}
