// A full disk on every write path reachable from the router: the answer is a clear 'storage-full'
// error, and nothing is lost or half-written (data, alarms and badge exactly as before). Each path
// is tried with the first write failing and with its LAST write failing (so earlier writes of the
// same request did land and must be rolled back), in each of the three ways browsers report it (see quota.ts).
import { afterEach, describe, expect, it } from 'vitest';
import type { RequestInput } from '../../lib/protocol/messages';
import { MONDAY_9, setup } from '../background/harness';
import { dump, fillDisk, withFullDisk, type QuotaMode } from './quota';

const HOUR = 3_600_000;
const NINE_TO_FIVE = { mon: [{ start: '09:00', end: '17:00' }] };
const CONVERSATION = { key: 'C1', title: '#design', url: 'https://app.slack.com/client/T/C1' };

let t: ReturnType<typeof setup>;
afterEach(() => t?.db.close());

/** A user with data in every table: settings, two people, a scheduled draft, stats, an open focus session. */
async function seeded() {
  t = setup();
  await t.call({ type: 'settings/update', patch: { me: { name: 'Kim', timeZone: 'Asia/Tokyo' } } });
  await t.call({ type: 'people/upsert', person: { name: 'Ana', handles: ['ana'], timeZone: 'Europe/Berlin', workingHours: NINE_TO_FIVE } });
  await t.call({ type: 'people/upsert', person: { name: 'Bo', emails: ['bo@x.io'], timeZone: 'UTC', workingHours: NINE_TO_FIVE } });
  await t.call({ type: 'outbox/add', item: { host: 'slack', conversation: CONVERSATION, text: 'later', recipients: ['id1'], urgency: 'normal', sendAt: MONDAY_9 + HOUR } });
  await t.call({ type: 'stats/record', event: { kind: 'message', score: 70, missing: ['deadline'], urgency: 'normal' } });
  await t.call({ type: 'focus/start', minutes: 25 });
  await t.call({ type: 'diagnostics/report', host: 'slack', failures: [{ feature: 'composer', message: 'no composer found' }] });
  return t;
}

/** A backup that differs from the seeded data in every table it holds. */
async function otherBackup(): Promise<string> {
  const file = await t.call({ type: 'backup/export' });
  const b = JSON.parse(file.text);
  b.settings.me.name = 'Restored';
  b.people = b.people.map((p: { name: string }) => ({ ...p, name: `${p.name} (old)` }));
  b.people.push({ ...b.people[0], id: 'p9', name: 'Cy', handles: ['cy'], emails: [] });
  b.outbox[0].text = 'restored draft';
  b.stats[0].messagesAssisted = 9;
  b.focusSessions = [];
  return JSON.stringify(b);
}

const CSV = 'name,handle,email,timeZone,hours,outOfOffice\nAna,ana,,Asia/Tokyo,mon-fri 10:00-18:00,\nCy,cy,,UTC,mon 09:00-12:00,\n';
const PATHS: Array<[string, () => Promise<RequestInput>]> = [
  ['settings/update', async () => ({ type: 'settings/update', patch: { me: { name: 'Lee' }, focus: { presets: [15] } } })],
  ['people/upsert', async () => ({ type: 'people/upsert', person: { id: 'id1', name: 'Ana S.', handles: ['ana', 'anas'], timeZone: 'Europe/Lisbon', workingHours: NINE_TO_FIVE } })],
  ['people/import', async () => ({ type: 'people/import', format: 'csv', text: CSV })],
  ['outbox/add', async () => ({ type: 'outbox/add', item: { host: 'teams', conversation: { ...CONVERSATION, key: 'C2' }, text: 'new', recipients: [], urgency: 'fyi', sendAt: MONDAY_9 + 2 * HOUR } })],
  ['outbox/cancel', async () => ({ type: 'outbox/cancel', id: 'id3' })],
  ['focus/start', async () => ({ type: 'focus/start', minutes: 50 })],
  ['stats/record', async () => ({ type: 'stats/record', event: { kind: 'send-scheduled', movedIntoHours: true } })],
  ['backup/import', async () => ({ type: 'backup/import', text: await otherBackup() })],
];

/** How many writes the request makes on a healthy disk (counted on a separate, identical database). */
async function writesOf(make: () => Promise<RequestInput>): Promise<number> {
  await seeded();
  const msg = await make();
  const { result, attempts } = await withFullDisk('throw', Infinity, () => t.route(msg));
  expect(result.ok, JSON.stringify(result)).toBe(true);
  t.db.close();
  return attempts;
}

async function outside() {
  return {
    alarms: (await t.browser.alarms.getAll()).map((a) => [a.name, a.scheduledTime]).sort(),
    badge: await t.badge(),
    notifications: t.browser.notifications.getAllCreateOptions(),
    sent: t.sent.length,
  };
}

describe.each(PATHS)('a full disk during %s', (_type, make) => {
  it.each<[QuotaMode, 'first' | 'last']>([
    ['throw', 'first'],
    ['throw', 'last'],
    ['request', 'first'],
    ['request', 'last'],
    ['commit', 'first'],
    ['commit', 'last'],
  ])('(%s on the %s write) answers storage-full and changes nothing', async (mode, which) => {
    const total = await writesOf(make);
    expect(total).toBeGreaterThan(0);
    await seeded();
    const msg = await make();
    const before = { data: await dump(t.db), outside: await outside() };

    const { result, attempts } = await withFullDisk(mode, which === 'first' ? 0 : total - 1, () => t.route(msg));
    expect(attempts).toBeGreaterThanOrEqual(which === 'first' ? 1 : total);
    expect(result).toEqual({
      ok: false,
      error: { code: 'storage-full', message: expect.stringMatching(/^Storage is full: the browser refused to save more Composure data, so nothing was changed\./) },
    });
    expect(await dump(t.db)).toEqual(before.data);
    expect(await outside()).toEqual(before.outside);

    // With space again the same request goes through: the failure was the disk, not the request.
    const retry = await t.route(msg);
    expect(retry.ok, JSON.stringify(retry)).toBe(true);
    expect(await dump(t.db)).not.toEqual(before.data);
  });
});

describe('a full disk is per request', () => {
  it('reads keep working while writes fail, and the database is usable afterwards', async () => {
    await seeded();
    const disk = fillDisk('commit');
    try {
      expect((await t.route({ type: 'people/list' })).ok).toBe(true);
      expect((await t.route({ type: 'backup/export' })).ok).toBe(true);
      expect(await t.route({ type: 'stats/record', event: { kind: 'suggestion-inserted', part: 'ask' } })).toMatchObject({ ok: false, error: { code: 'storage-full' } });
    } finally {
      disk.restore();
    }
    expect(await t.call({ type: 'stats/record', event: { kind: 'suggestion-inserted', part: 'ask' } })).toMatchObject({ insertedSuggestions: 1 });
  });
});
