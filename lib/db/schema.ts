// The database's schema history. APPEND VERSIONS ONLY: never edit or remove a shipped entry,
// because a user's browser may hold a database created by any of them, and Dexie replays
// the list to upgrade it. tests/db/migrations.test.ts opens a database made by every
// earlier version (with data) and checks nothing is lost.
import type { Transaction } from 'dexie';
import { normalizeEmail, normalizeHandle, tidyName } from './person-match';

/** One shipped schema: Dexie store definitions plus the data migration into it. */
export interface SchemaVersion {
  version: number;
  /** Dexie store specs; null deletes a table. Only the tables that change need listing. */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<unknown>;
  note: string;
}

/** v1 kept one handle and one email per person, not yet normalised. */
export interface PersonRowV1 {
  id: string;
  name: string;
  handle?: string;
  email?: string;
  timeZone: string;
  workingHours: Record<string, Array<{ start: string; end: string }>>;
  outOfOffice?: Array<{ start: string; end: string }>;
  createdAt: number;
  updatedAt: number;
}

/** v1 outbox rows had an unindexed `state` instead of `status`, and no updatedAt. */
export interface OutboxRowV1 {
  id: string;
  createdAt: number;
  sendAt: number;
  state: 'pending' | 'done' | 'cancelled';
  host: 'slack' | 'teams';
  conversation: { key: string; title: string; url: string };
  text: string;
  recipients: string[];
  urgency: string;
}

const V1_STATE_TO_STATUS = { pending: 'scheduled', done: 'restored', cancelled: 'cancelled' } as const;

/** Every schema ever shipped, oldest first. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    note: 'Initial schema.',
    stores: {
      settings: '&key',
      people: '&id, name, handle, email',
      outbox: '&id, sendAt, createdAt',
      focusSessions: '&id, start',
      stats: '&day',
    },
  },
  {
    version: 2,
    note: 'People get several handles/emails (multiEntry, normalised); outbox status indexed; diagnostics.',
    stores: {
      people: '&id, name, *handles, *emails',
      outbox: '&id, sendAt, createdAt, status',
      diagnostics: '++id, at',
    },
    upgrade: async (tx) => {
      await tx
        .table('people')
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          const handle = typeof row.handle === 'string' ? normalizeHandle(row.handle) : '';
          const email = typeof row.email === 'string' ? normalizeEmail(row.email) : '';
          row.handles = handle ? [handle] : [];
          row.emails = email ? [email] : [];
          row.outOfOffice ??= [];
          delete row.handle;
          delete row.email;
        });
      await tx
        .table('outbox')
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          const state = row.state as keyof typeof V1_STATE_TO_STATUS;
          // Overdue 'pending' rows become 'scheduled'; the startup pass marks them due and notifies.
          row.status = V1_STATE_TO_STATUS[state] ?? 'scheduled';
          row.updatedAt ??= row.createdAt;
          delete row.state;
        });
    },
  },
  {
    version: 3,
    note: 'People saved before names were stored with single spaces get theirs tidied, so people/match finds them by name.',
    stores: {},
    upgrade: (tx) =>
      tx
        .table('people')
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          // The name index only finds "Dana Scully" for a stored "Dana  Scully" or " Dana Scully" once it is tidied.
          if (typeof row.name === 'string' && tidyName(row.name) !== '') row.name = tidyName(row.name);
        }),
  },
];

/** The version number the current code opens the database with. */
export const CURRENT_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
