// The one Composure database. Open it only in the background or extension pages: from a
// content script IndexedDB would belong to slack.com, not to the extension.
import { Dexie, type Table } from 'dexie';
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema';
import type {
  DailyStats,
  DiagnosticEntry,
  FocusSession,
  OutboxItem,
  PersonRecord,
  SettingsRow,
} from './types';

/** Default database name; tests pass their own to stay isolated. */
export const DB_NAME = 'composure';

/** Applies a schema history to a Dexie instance; used by ComposureDb and by migration tests. */
export function applySchemaVersions(db: Dexie, versions: readonly SchemaVersion[]): void {
  for (const v of versions) {
    const dv = db.version(v.version).stores(v.stores);
    if (v.upgrade) dv.upgrade(v.upgrade);
  }
}

/** Typed Dexie database with every table of the current schema. */
export class ComposureDb extends Dexie {
  settings!: Table<SettingsRow, SettingsRow['key']>;
  people!: Table<PersonRecord, string>;
  outbox!: Table<OutboxItem, string>;
  focusSessions!: Table<FocusSession, string>;
  stats!: Table<DailyStats, string>;
  diagnostics!: Table<DiagnosticEntry, number>;

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    applySchemaVersions(this, SCHEMA_VERSIONS);
  }
}

/** Every table, for whole-database operations (erase, backup). */
export function allTables(db: ComposureDb) {
  return [db.settings, db.people, db.outbox, db.focusSessions, db.stats, db.diagnostics];
}
