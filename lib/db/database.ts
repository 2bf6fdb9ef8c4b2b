// The one Composure database. Open it only in the background or extension pages: from a
// content script IndexedDB would belong to slack.com, not to the extension.
import { Dexie, type Table } from 'dexie';
import { StorageError, toStorageError, upgradeBlocked } from './errors';
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema';
import type {
  DailyStats,
  DiagnosticEntry,
  FocusSession,
  OutboxItem,
  PersonRecord,
  SettingsRow,
} from '../records/types';

/** Default database name; tests pass their own to stay isolated. */
export const DB_NAME = 'composure';

/** How long a request waits for the database to open before it is answered with an error. */
export const OPEN_TIMEOUT_MS = 10_000;

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

  /** True while our upgrade waits for an older connection (a Composure page of the old version) to close. */
  private upgradeBlocked = false;
  private readonly blockedListeners = new Set<() => void>();

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    applySchemaVersions(this, SCHEMA_VERSIONS);
    // Dexie keeps waiting for the old connection (and queues every operation behind it); whenOpen
    // turns that wait into an immediate, clear answer while the upgrade carries on in the background.
    this.on('blocked', () => {
      this.upgradeBlocked = true;
      for (const listener of this.blockedListeners) listener();
    });
    this.on('ready', () => void (this.upgradeBlocked = false), true);
    this.on('close', () => void (this.upgradeBlocked = false));
  }

  /**
   * Resolves once the database is open (opening it if needed). Rejects with a StorageError, and
   * without queueing any work, when the database was closed, when its upgrade is blocked by an older
   * Composure page, or when opening takes longer than `timeoutMs`. A blocked upgrade carries on and
   * completes, data intact, as soon as the old connection closes.
   */
  whenOpen(timeoutMs: number = OPEN_TIMEOUT_MS): Promise<void> {
    if (this.isOpen()) return Promise.resolve();
    if (this.hasBeenClosed()) return Promise.reject(toStorageError(new Dexie.DatabaseClosedError()));
    if (this.upgradeBlocked) return Promise.reject(upgradeBlocked());
    return new Promise<void>((resolve, reject) => {
      const settle = (fn: () => void) => {
        clearTimeout(timer);
        this.blockedListeners.delete(onBlocked);
        fn();
      };
      const onBlocked = () => settle(() => reject(upgradeBlocked()));
      const timer = setTimeout(() => settle(() => reject(openTimeoutError(timeoutMs))), timeoutMs);
      this.blockedListeners.add(onBlocked);
      this.open().then(
        () => settle(resolve),
        (e: unknown) => settle(() => reject(toStorageError(e))),
      );
    });
  }
}

function openTimeoutError(ms: number): StorageError {
  return new StorageError(
    'storage-unavailable',
    `Composure's storage did not open within ${Math.round(ms / 1000)} seconds, so nothing was changed. ` +
      'Try again; if this keeps happening, restart the browser.',
  );
}

/** Every table, for whole-database operations (erase, backup). */
export function allTables(db: ComposureDb) {
  return [db.settings, db.people, db.outbox, db.focusSessions, db.stats, db.diagnostics];
}
