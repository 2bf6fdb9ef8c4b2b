// Opening a database made by EVERY earlier schema version, with data in every table, loses nothing.
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { applySchemaVersions, ComposureDb } from '../../lib/db/database';
import { matchRecipients } from '../../lib/db/people-repo';
import { CURRENT_VERSION, SCHEMA_VERSIONS, type OutboxRowV1, type PersonRowV1 } from '../../lib/db/schema';

const NINE_TO_FIVE = { mon: [{ start: '09:00', end: '17:00' }] };

// One seed per earlier version: writes rows into every table that version has.
// Adding a schema version means adding a seed (and checks) for the version before it.
const SEEDS: Record<number, (db: Dexie) => Promise<void>> = {
  1: async (db) => {
    await db.table('settings').bulkPut([
      { key: 'me', value: { name: 'Me', timeZone: 'Europe/Lisbon', workingHours: NINE_TO_FIVE, outOfOffice: [] } },
      { key: 'focus', value: { presets: [30], batchWindows: ['10:00'], hideUnreadBadges: false } },
    ]);
    const people: PersonRowV1[] = [
      { id: 'p1', name: 'Ana', handle: '@Ana', email: 'Ana@Example.com', timeZone: 'Europe/Berlin', workingHours: NINE_TO_FIVE, createdAt: 1, updatedAt: 1 },
      { id: 'p2', name: 'Bo', handle: 'bo', timeZone: 'Asia/Tokyo', workingHours: NINE_TO_FIVE, outOfOffice: [{ start: '2026-01-01', end: '2026-01-02' }], createdAt: 2, updatedAt: 3 },
      { id: 'p3', name: 'Cy', email: 'cy@example.com', timeZone: 'UTC', workingHours: NINE_TO_FIVE, createdAt: 4, updatedAt: 4 },
    ];
    await db.table('people').bulkPut(people);
    const base = { host: 'slack' as const, conversation: { key: 'C1', title: '#design', url: 'https://app.slack.com/client/T1/C1' }, text: 'hello', recipients: ['p1'], urgency: 'normal' };
    const outbox: OutboxRowV1[] = [
      { ...base, id: 'o1', createdAt: 10, sendAt: 100, state: 'pending' },
      { ...base, id: 'o2', createdAt: 11, sendAt: 101, state: 'done' },
      { ...base, id: 'o3', createdAt: 12, sendAt: 102, state: 'cancelled' },
    ];
    await db.table('outbox').bulkPut(outbox);
    await db.table('focusSessions').bulkPut([{ id: 'f1', start: 1000, end: 2000, endedAt: 2000, kind: 'manual' }]);
    await db.table('stats').bulkPut([{ day: '2026-01-05', messagesAssisted: 2, scoreSum: 150, scoreCount: 2, missingParts: { ask: 1 }, urgencyMix: { normal: 2 }, sendsMovedIntoHours: 1, insertedSuggestions: 0 }]);
  },
  2: async (db) => {
    await db.table('settings').bulkPut([{ key: 'me', value: { name: 'Me', timeZone: 'UTC', workingHours: NINE_TO_FIVE, outOfOffice: [] } }]);
    const person = { timeZone: 'Europe/Berlin', workingHours: NINE_TO_FIVE, outOfOffice: [], createdAt: 1, updatedAt: 2 };
    await db.table('people').bulkPut([
      // Saved before names were stored with single spaces (imported from a file, or typed with a double space).
      { ...person, id: 'p1', name: 'Dana  Scully', handles: ['dana'], emails: [] },
      { ...person, id: 'p2', name: ' Raj\tIyer ', handles: [], emails: ['raj@example.com'] },
      { ...person, id: 'p3', name: 'Ana Weber', handles: ['ana'], emails: [] },
    ]);
    const base = { host: 'slack', conversation: { key: 'C1', title: '#design', url: 'https://app.slack.com/client/T1/C1' }, text: 'hello', recipients: ['p1'], urgency: 'normal' };
    await db.table('outbox').bulkPut([{ ...base, id: 'o1', createdAt: 10, updatedAt: 10, sendAt: 100, status: 'scheduled' }]);
    await db.table('focusSessions').bulkPut([{ id: 'f1', start: 1000, end: 2000, endedAt: 2000, kind: 'manual' }]);
    await db.table('stats').bulkPut([{ day: '2026-01-05', messagesAssisted: 1, scoreSum: 70, scoreCount: 1, missingParts: {}, urgencyMix: { normal: 1 }, sendsMovedIntoHours: 0, insertedSuggestions: 0 }]);
    await db.table('diagnostics').bulkPut([{ at: 5, kind: 'selector', detail: 'x' }]);
  },
};

// What the upgrade from each earlier version must have done, beyond keeping every row.
const CHECKS: Record<number, (db: ComposureDb) => Promise<void>> = {
  1: async (db) => {
    const ana = await db.people.get('p1');
    expect(ana).toMatchObject({ handles: ['ana'], emails: ['ana@example.com'], outOfOffice: [] });
    expect(ana).not.toHaveProperty('handle');
    expect(ana).not.toHaveProperty('email');
    expect(await db.people.get('p2')).toMatchObject({ handles: ['bo'], emails: [], outOfOffice: [{ start: '2026-01-01', end: '2026-01-02' }], updatedAt: 3 });
    expect(await db.people.get('p3')).toMatchObject({ handles: [], emails: ['cy@example.com'] });
    // The new multiEntry indexes answer queries.
    expect((await db.people.where('handles').equals('ana').toArray()).map((p) => p.id)).toEqual(['p1']);
    expect((await db.people.where('emails').equals('cy@example.com').toArray()).map((p) => p.id)).toEqual(['p3']);
    // Outbox state → indexed status.
    expect((await db.outbox.get('o1'))?.status).toBe('scheduled');
    expect((await db.outbox.get('o2'))?.status).toBe('restored');
    expect((await db.outbox.get('o3'))?.status).toBe('cancelled');
    expect(await db.outbox.get('o1')).not.toHaveProperty('state');
    expect((await db.outbox.get('o1'))?.updatedAt).toBe(10);
    expect(await db.outbox.where('status').equals('scheduled').primaryKeys()).toEqual(['o1']);
    // Untouched tables keep their values exactly.
    expect(await db.settings.get('focus')).toEqual({ key: 'focus', value: { presets: [30], batchWindows: ['10:00'], hideUnreadBadges: false } });
    expect((await db.stats.get('2026-01-05'))?.scoreSum).toBe(150);
    expect(await db.diagnostics.count()).toBe(0);
  },
  2: async (db) => {
    expect((await db.people.get('p1'))?.name).toBe('Dana Scully');
    expect((await db.people.get('p2'))?.name).toBe('Raj Iyer');
    expect(await db.people.get('p3')).toMatchObject({ name: 'Ana Weber', handles: ['ana'], updatedAt: 2 });
    // Found by name now, as people/match looks names up (the name index, case-insensitive).
    const found = await matchRecipients(db, ['dana scully', 'Raj Iyer'], []);
    expect(found.matches).toEqual([
      { query: 'dana scully', personId: 'p1' },
      { query: 'Raj Iyer', personId: 'p2' },
    ]);
    expect((await db.outbox.get('o1'))?.status).toBe('scheduled');
  },
};

function tablesAt(index: number): string[] {
  const tables = new Map<string, string | null>();
  for (const v of SCHEMA_VERSIONS.slice(0, index + 1)) for (const [t, spec] of Object.entries(v.stores)) tables.set(t, spec);
  return [...tables].filter(([, spec]) => spec !== null).map(([t]) => t);
}

describe('schema versions', () => {
  it('are appended in increasing order, and the database opens at the newest', async () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    const db = new ComposureDb(`fresh-${Math.random()}`);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    db.close();
  });

  it('every earlier version has a seed and checks', () => {
    const earlier = SCHEMA_VERSIONS.slice(0, -1).map((v) => v.version);
    expect(Object.keys(SEEDS).map(Number)).toEqual(earlier);
    expect(Object.keys(CHECKS).map(Number)).toEqual(earlier);
  });

  SCHEMA_VERSIONS.slice(0, -1).forEach((earlier, index) => {
    it(`upgrades a v${earlier.version} database with data in every table and loses nothing`, async () => {
      const name = `migrate-from-v${earlier.version}-${Math.random()}`;
      const old = new Dexie(name);
      applySchemaVersions(old, SCHEMA_VERSIONS.slice(0, index + 1));
      await SEEDS[earlier.version]!(old);
      const before: Record<string, unknown[]> = {};
      for (const t of tablesAt(index)) {
        before[t] = await old.table(t).toCollection().primaryKeys();
        expect(before[t], `seed for v${earlier.version} leaves table ${t} empty`).not.toHaveLength(0);
      }
      old.close();

      const db = new ComposureDb(name);
      await db.open();
      expect(db.verno).toBe(CURRENT_VERSION);
      for (const t of tablesAt(index)) {
        if (!tablesAt(SCHEMA_VERSIONS.length - 1).includes(t)) continue; // a deliberately dropped table
        expect(await db.table(t).toCollection().primaryKeys(), `table ${t}`).toEqual(before[t]);
      }
      await CHECKS[earlier.version]!(db);
      db.close();
    });
  });
});
