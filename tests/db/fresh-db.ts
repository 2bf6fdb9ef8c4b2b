// Each test gets its own database name so tests never see each other's rows.
import { ComposureDb } from '../../lib/db/database';

let n = 0;

/** A new, empty ComposureDb with a unique name. */
export function freshDb(): ComposureDb {
  return new ComposureDb(`composure-test-${process.pid}-${++n}-${Math.random().toString(36).slice(2)}`);
}

/** Row counts of every table, to assert "nothing written" / "nothing lost". */
export async function counts(db: ComposureDb) {
  return {
    settings: await db.settings.count(),
    people: await db.people.count(),
    outbox: await db.outbox.count(),
    focusSessions: await db.focusSessions.count(),
    stats: await db.stats.count(),
    diagnostics: await db.diagnostics.count(),
  };
}
