// An upgrade blocked by a page of the previous version that keeps its connection open: requests
// get a clear answer at once (not a hang), nothing they asked for is queued behind the block, and
// once the old page lets go the upgrade completes with every row kept.
import { Dexie } from 'dexie';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createContext } from '../../lib/background/context';
import { EXTENSION_CALLER } from '../../lib/background/access';
import { createRouter } from '../../lib/background/router';
import { applySchemaVersions, ComposureDb } from '../../lib/db/database';
import { CURRENT_VERSION, SCHEMA_VERSIONS, type OutboxRowV1, type PersonRowV1 } from '../../lib/db/schema';
import type { Response } from '../../lib/protocol/responses';

const HOURS = { mon: [{ start: '09:00', end: '17:00' }] };
const PEOPLE: PersonRowV1[] = [
  { id: 'p1', name: 'Ana', handle: '@Ana', timeZone: 'Europe/Berlin', workingHours: HOURS, createdAt: 1, updatedAt: 1 },
  { id: 'p2', name: 'Bo', email: 'Bo@X.io', timeZone: 'UTC', workingHours: HOURS, createdAt: 2, updatedAt: 2 },
];
const OUTBOX: OutboxRowV1[] = [
  { id: 'o1', createdAt: 10, sendAt: 4_000_000_000_000, state: 'pending', host: 'slack', conversation: { key: 'C1', title: '#a', url: 'https://app.slack.com/client/T/C1' }, text: 'later', recipients: ['p1'], urgency: 'normal' },
];
const BLOCKED = /^Composure is upgrading its storage, but a Composure page or window from before the update still has it open\..*nothing was changed\.$/;

/** A database written by the first schema, with rows in every table it had. */
async function oldDatabase(name: string): Promise<void> {
  const db = new Dexie(name);
  applySchemaVersions(db, SCHEMA_VERSIONS.slice(0, 1));
  await db.table('settings').put({ key: 'me', value: { name: 'Kim', timeZone: 'Asia/Tokyo', workingHours: HOURS, outOfOffice: [] } });
  await db.table('people').bulkPut(PEOPLE);
  await db.table('outbox').bulkPut(OUTBOX);
  await db.table('focusSessions').put({ id: 'f1', start: 1, end: 2, endedAt: 2, kind: 'manual' });
  await db.table('stats').put({ day: '2026-01-05', messagesAssisted: 2, scoreSum: 150, scoreCount: 2, missingParts: {}, urgencyMix: {}, sendsMovedIntoHours: 0, insertedSuggestions: 0 });
  db.close();
}

/** Two ways an old page can hold on: Dexie told not to close, or raw IndexedDB with no handler at all. */
const HOLDERS: Array<[string, (name: string) => Promise<() => void>]> = [
  ['a Dexie page ignoring versionchange', async (name) => {
    const db = new Dexie(name);
    applySchemaVersions(db, SCHEMA_VERSIONS.slice(0, 1));
    db.on('versionchange', () => false);
    await db.open();
    return () => db.close();
  }],
  ['a raw IndexedDB connection', (name) => new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => resolve(() => req.result.close());
    req.onerror = () => reject(req.error);
  })],
];

let db: ComposureDb | undefined;
let route: (raw: unknown) => Promise<Response>;
beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => {}); // Dexie's own "Upgrade … blocked" warning
});
afterEach(() => {
  db?.close();
  vi.restoreAllMocks();
});

/** Routes a message, failing the test if no answer comes within `ms` (a hang). */
async function answerWithin(msg: unknown, ms = 1_000): Promise<Response> {
  const started = performance.now();
  const r = await Promise.race([route(msg), new Promise<'hang'>((res) => setTimeout(() => res('hang'), ms))]);
  expect(r, `no answer within ${ms} ms`).not.toBe('hang');
  expect(performance.now() - started).toBeLessThan(ms);
  return r as Response;
}

async function until(check: () => boolean, ms = 2_000): Promise<void> {
  for (const end = Date.now() + ms; !check(); ) {
    if (Date.now() > end) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe.each(HOLDERS)('an upgrade blocked by %s', (_what, hold) => {
  it('answers at once with a clear message, queues nothing, and completes with every row once the old page closes', async () => {
    const name = `blocked-${Math.random()}`;
    await oldDatabase(name);
    const release = await hold(name);
    db = new ComposureDb(name);
    const router = createRouter(createContext(db, { now: () => Date.UTC(2026, 2, 2, 9), newId: () => 'new1' }));
    route = (raw) => router(raw, EXTENSION_CALLER);

    for (const msg of [
      { type: 'settings/get' },
      { type: 'people/upsert', person: { name: 'Cy', handles: ['cy'], timeZone: 'UTC', workingHours: HOURS } },
      { type: 'outbox/cancel', id: 'o1' },
    ]) {
      expect(await answerWithin(msg)).toEqual({ ok: false, error: { code: 'storage-unavailable', message: expect.stringMatching(BLOCKED) } });
    }
    expect(db.isOpen()).toBe(false);

    release();
    await until(() => db!.isOpen());
    expect(db.verno).toBe(CURRENT_VERSION);
    // Every row survived the upgrade, migrated; the refused write and cancel never ran later.
    expect(await db.people.toCollection().primaryKeys()).toEqual(['p1', 'p2']);
    expect(await db.people.get('p1')).toMatchObject({ handles: ['ana'], emails: [] });
    expect(await db.people.get('p2')).toMatchObject({ handles: [], emails: ['bo@x.io'] });
    expect(await db.outbox.get('o1')).toMatchObject({ status: 'scheduled', text: 'later', updatedAt: 10 });
    expect(await db.focusSessions.count()).toBe(1);
    expect((await db.stats.get('2026-01-05'))?.scoreSum).toBe(150);

    expect(await answerWithin({ type: 'settings/get' })).toMatchObject({ ok: true, data: { me: { name: 'Kim', timeZone: 'Asia/Tokyo' } } });
    expect(await answerWithin({ type: 'outbox/cancel', id: 'o1' })).toMatchObject({ ok: true, data: { status: 'cancelled' } });
  });
});

describe('opening storage is bounded', () => {
  it('an open that never completes is answered with a clear error after the timeout', async () => {
    // An IndexedDB whose open request never fires (a wedged browser profile).
    const stalled = { open: () => ({}), deleteDatabase: () => ({}), cmp: indexedDB.cmp.bind(indexedDB) } as unknown as IDBFactory;
    db = new ComposureDb(`stalled-${Math.random()}`, { indexedDB: stalled, IDBKeyRange });
    const started = performance.now();
    const error = await db.whenOpen(50).catch((e: unknown) => e);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(error).toMatchObject({ code: 'storage-unavailable', message: expect.stringMatching(/^Composure's storage did not open within 0 seconds, so nothing was changed\./) });
  });

  it('a closed database is refused without reopening it', async () => {
    db = new ComposureDb(`closed-${Math.random()}`);
    await db.open();
    db.close();
    await expect(db.whenOpen()).rejects.toMatchObject({ code: 'storage-unavailable' });
    expect(db.isOpen()).toBe(false);
  });
});
