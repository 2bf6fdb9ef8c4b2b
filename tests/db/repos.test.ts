import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ComposureDb } from '../../lib/db/database';
import { addDiagnostics, listDiagnostics, MAX_DIAGNOSTICS } from '../../lib/db/diagnostics-repo';
import { endFocusSession, openFocusSession, startFocusSession } from '../../lib/db/focus-repo';
import { addOutboxItem, countWaiting, transitionOutbox } from '../../lib/db/outbox-repo';
import { listPeople, matchRecipients, writePeople } from '../../lib/db/people-repo';
import { getSettings, updateSettings } from '../../lib/db/settings-repo';
import { recordStatsEvent } from '../../lib/db/stats-repo';
import { StorageError, toStorageError } from '../../lib/db/errors';
import type { OutboxItem, PersonRecord } from '../../lib/records/types';
import { counts, freshDb } from './fresh-db';

const HOURS = { mon: [{ start: '09:00', end: '17:00' }] };
const person = (id: string, name: string, handles: string[], emails: string[] = []): PersonRecord => ({
  id, name, handles, emails, timeZone: 'UTC', workingHours: HOURS, outOfOffice: [], createdAt: 1, updatedAt: 1,
});
const item = (id: string, over: Partial<OutboxItem> = {}): OutboxItem => ({
  id, createdAt: 1, updatedAt: 1, sendAt: 1000, status: 'scheduled', host: 'slack', text: 't', recipients: [], urgency: 'normal',
  conversation: { key: 'C1', title: '#design', url: 'https://app.slack.com/client/T/C1' }, ...over,
});

let db: ComposureDb;
afterEach(() => db?.close());

describe('settings repo', () => {
  it('returns defaults before anything is saved, then merges patches per section', async () => {
    db = freshDb();
    const s = await getSettings(db);
    expect(s.me.workingHours.mon).toEqual([{ start: '09:00', end: '17:00' }]);
    expect(s.me.workingHours.sat).toBeUndefined();
    expect(s.norms.urgent.targetMinutes).toBe(15);
    expect(s.norms.fyi.targetMinutes).toBeNull();
    expect(s.focus).toEqual({ presets: [25, 50, 90], batchWindows: ['09:00', '13:00', '16:30'], hideUnreadBadges: true, blocks: [] });

    const next = await updateSettings(db, { me: { name: 'Kim' }, norms: { normal: { targetMinutes: 600 } }, focus: { presets: [15] } });
    expect(next.me.name).toBe('Kim');
    expect(next.me.timeZone).toBe(s.me.timeZone);
    expect(next.norms.normal).toEqual({ ...s.norms.normal, targetMinutes: 600 });
    expect(next.focus.batchWindows).toEqual(s.focus.batchWindows);
    expect(await getSettings(db)).toEqual(next);
  });
});

describe('people repo', () => {
  it('matches handles and emails case-insensitively, with or without @, and names only when unique', async () => {
    db = freshDb();
    await writePeople(db, [
      person('a', 'Ana Souza', ['ana'], ['ana@example.com']),
      person('b', 'Alex', ['alex.k']),
      person('c', 'Alex', ['alex.m']),
    ]);
    const m = await matchRecipients(db, ['ana  souza', 'Alex', 'Zed'], ['@ANA', 'Ana@Example.com', 'nobody']);
    expect(m.people.map((p) => p.id)).toEqual(['a']);
    expect(m.matches).toEqual([
      { query: '@ANA', personId: 'a' },
      { query: 'Ana@Example.com', personId: 'a' },
      { query: 'ana  souza', personId: 'a' },
    ]);
    expect(m.unknown).toEqual(['nobody', 'Alex', 'Zed']);
  });

  it('lists sorted by name and filters by name, handle or email', async () => {
    db = freshDb();
    await writePeople(db, [person('b', 'Bo', ['bo']), person('a', 'Ana', ['ana'], ['ana@x.io'])]);
    expect((await listPeople(db)).map((p) => p.name)).toEqual(['Ana', 'Bo']);
    expect((await listPeople(db, '@BO')).map((p) => p.id)).toEqual(['b']);
    expect((await listPeople(db, 'x.io')).map((p) => p.id)).toEqual(['a']);
  });
});

describe('outbox, focus, stats, diagnostics repos', () => {
  it('moves outbox status only from allowed states and counts waiting items', async () => {
    db = freshDb();
    await addOutboxItem(db, item('o1'));
    await addOutboxItem(db, item('o2', { status: 'due' }));
    expect(await countWaiting(db)).toEqual({ due: 1, scheduled: 1 });
    expect(await transitionOutbox(db, 'o1', 'due', ['scheduled'], 5)).toMatchObject({ changed: true, item: { status: 'due', updatedAt: 5 } });
    expect(await transitionOutbox(db, 'o1', 'due', ['scheduled'], 6)).toMatchObject({ changed: false, item: { updatedAt: 5 } });
    expect(await transitionOutbox(db, 'missing', 'due', ['scheduled'], 6)).toBeUndefined();
  });

  it('keeps one open focus session and ends a lost one at its planned end', async () => {
    db = freshDb();
    await startFocusSession(db, { id: 's1', start: 0, end: 100, kind: 'manual' }, 0);
    await startFocusSession(db, { id: 's2', start: 50, end: 500, kind: 'manual' }, 50);
    expect((await db.focusSessions.get('s1'))?.endedAt).toBe(50);
    expect((await openFocusSession(db))?.id).toBe('s2');
    expect(await endFocusSession(db, 9999)).toMatchObject({ id: 's2', endedAt: 500 });
    expect(await openFocusSession(db)).toBeUndefined();
  });

  it('aggregates stats events into counters without storing anything else', async () => {
    db = freshDb();
    await recordStatsEvent(db, '2026-03-01', { kind: 'message', score: 80, missing: ['ask', 'ask', 'deadline'], urgency: 'normal' });
    await recordStatsEvent(db, '2026-03-01', { kind: 'message', score: null, missing: [], urgency: 'fyi' });
    const day = await recordStatsEvent(db, '2026-03-01', { kind: 'send-scheduled', movedIntoHours: true });
    expect(day).toMatchObject({ messagesAssisted: 2, scoreSum: 80, scoreCount: 1, scheduledSends: 1, sendsMovedIntoHours: 1 });
    expect(day.missingParts).toMatchObject({ ask: 1, deadline: 1, owner: 0 });
    expect(day.urgencyMix).toEqual({ urgent: 0, 'same-day': 0, normal: 1, fyi: 1 });
  });

  it('keeps only the newest diagnostics', async () => {
    db = freshDb();
    const entries = Array.from({ length: MAX_DIAGNOSTICS + 5 }, (_, i) => ({ at: i, host: 'slack' as const, feature: 'f', message: `m${i}` }));
    expect(await addDiagnostics(db, entries)).toBe(MAX_DIAGNOSTICS);
    const list = await listDiagnostics(db, 2);
    expect(list.map((d) => d.message)).toEqual([`m${MAX_DIAGNOSTICS + 4}`, `m${MAX_DIAGNOSTICS + 3}`]);
  });
});

describe('storage errors', () => {
  it('turns a quota failure inside a transaction into storage-full and rolls back', async () => {
    db = freshDb();
    await writePeople(db, [person('a', 'Ana', ['ana'])]);
    vi.spyOn(db.people, 'bulkPut').mockRejectedValueOnce(new DOMException('quota', 'QuotaExceededError'));
    const err = await writePeople(db, [person('b', 'Bo', ['bo'])]).catch((e) => e);
    expect(err).toBeInstanceOf(StorageError);
    expect(err).toMatchObject({ code: 'storage-full' });
    expect(err.message).toMatch(/^Storage is full: .*nothing was changed/);
    expect((await counts(db)).people).toBe(1);
  });

  it('still opens a database a newer Composure touched (Dexie 4 adapts instead of failing)', async () => {
    const name = `newer-${Math.random()}`;
    const newer = new Dexie(name);
    newer.version(99).stores({ settings: '&key', extra: '&id' });
    await newer.table('settings').put({ key: 'focus', value: { presets: [5], batchWindows: [], hideUnreadBadges: false } });
    newer.close();
    db = new ComposureDb(name);
    expect((await getSettings(db)).focus.presets).toEqual([5]);
  });

  it('explains version and closed-database failures', () => {
    const version = toStorageError(new Dexie.VersionError('requested version is less than existing'));
    expect(version).toMatchObject({ code: 'storage-version' });
    expect(version.message).toMatch(/newer version of the extension/);
    const closed = toStorageError(new Dexie.DatabaseClosedError('closed by versionchange'));
    expect(closed).toMatchObject({ code: 'storage-unavailable' });
    expect(closed.message).toMatch(/could not open its storage.*nothing was changed/);
  });

  it('finds the quota error wrapped by Dexie', () => {
    const wrapped = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: new DOMException('q', 'QuotaExceededError') });
    expect(toStorageError(wrapped).code).toBe('storage-full');
    expect(toStorageError(new Error('boom')).code).toBe('storage-failed');
  });
});
