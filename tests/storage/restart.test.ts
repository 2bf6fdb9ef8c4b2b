// A browser restart for real: the background's database connection goes away, a new one (a new
// ComposureDb over the same IndexedDB) opens, alarms may be gone, and the startup pass runs.
// tests/background covers the startup pass on a live connection; here the connection itself is new.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BADGE_COLORS } from '../../lib/background/badge';
import { createContext } from '../../lib/background/context';
import { handleStartup } from '../../lib/background/events';
import { EXTENSION_CALLER } from '../../lib/background/access';
import { createRouter, type Router } from '../../lib/background/router';
import { ComposureDb } from '../../lib/db/database';
import type { RequestInput, RequestInputOf, RequestType } from '../../lib/protocol/messages';
import type { ResponseOf } from '../../lib/protocol/responses';
import { MONDAY_9, rgba, setup } from '../background/harness';
import { dump } from './quota';

const MIN = 60_000;
const item = (sendAt: number, key: string) => ({
  host: 'slack' as const,
  conversation: { key, title: `#${key}`, url: `https://app.slack.com/client/T/${key}` },
  text: `draft for ${key}`,
  recipients: [],
  urgency: 'normal' as const,
  sendAt,
});

let t: ReturnType<typeof setup>;
let reopened: ComposureDb | undefined;
afterEach(() => {
  t.db.close();
  reopened?.close();
  vi.restoreAllMocks();
});

/** Closes the background's connection and starts a new background over the same database at `now`. */
async function restart(now: number, { loseAlarms }: { loseAlarms: boolean }) {
  t.db.close();
  if (loseAlarms) await t.browser.alarms.clearAll();
  reopened?.close();
  reopened = new ComposureDb(t.db.name);
  const ctx = createContext(reopened, { port: t.ctx.port, now: () => now, newId: t.ctx.newId, sleep: async () => {} });
  await handleStartup(ctx);
  return { ctx, route: createRouter(ctx), db: reopened };
}

const HOURS = { mon: [{ start: '09:00', end: '17:00' }] };
/** Data in every table, and an open focus session (ids: person id1, outbox id2, focus id3). */
async function seed(): Promise<void> {
  await t.call({ type: 'people/upsert', person: { name: 'Ana', handles: ['ana'], timeZone: 'UTC', workingHours: HOURS } });
  await t.call({ type: 'outbox/add', item: item(MONDAY_9 + 60 * MIN, 'C1') });
  await t.call({ type: 'stats/record', event: { kind: 'suggestion-inserted', part: 'ask' } });
  await t.call({ type: 'focus/start', minutes: 25 });
}

const CUT_OFF: Array<[string, () => Promise<RequestInput>]> = [
  ['settings/update', async () => ({ type: 'settings/update', patch: { me: { name: 'Lee' } } })],
  ['people/upsert', async () => ({ type: 'people/upsert', person: { name: 'Bo', handles: ['bo'], timeZone: 'UTC', workingHours: HOURS } })],
  ['people/import', async () => ({ type: 'people/import', format: 'csv', text: 'name,handle,email,timeZone,hours,outOfOffice\nAna,ana,,Asia/Tokyo,mon 09:00-17:00,\nCy,cy,,UTC,mon 09:00-17:00,\n' })],
  ['outbox/add', async () => ({ type: 'outbox/add', item: item(MONDAY_9 + 90 * MIN, 'C2') })],
  ['outbox/cancel', async () => ({ type: 'outbox/cancel', id: 'id2' })],
  ['focus/start', async () => ({ type: 'focus/start', minutes: 50 })],
  ['focus/stop', async () => ({ type: 'focus/stop' })],
  ['stats/record', async () => ({ type: 'stats/record', event: { kind: 'send-scheduled', movedIntoHours: false } })],
  ['backup/import', async () => {
    const b = JSON.parse((await t.call({ type: 'backup/export' })).text);
    b.people[0].name = 'Ana (restored)';
    return { type: 'backup/import', text: JSON.stringify(b) };
  }],
  ['data/erase', async () => ({ type: 'data/erase', confirm: true })],
];

/** Sends a request through a router; resolves its data or throws its error message. */
async function call<T extends RequestType>(route: Router, msg: RequestInputOf<T> & { type: T }): Promise<ResponseOf<T>> {
  const r = await route(msg, EXTENSION_CALLER);
  if (!r.ok) throw new Error(r.error.message);
  return r.data as ResponseOf<T>;
}

describe('a browser restart', () => {
  it('keeps every row; the outbox and a running focus session carry on where they were', async () => {
    t = setup();
    await t.call({ type: 'settings/update', patch: { me: { name: 'Kim', timeZone: 'Europe/Berlin' } } });
    await t.call({ type: 'people/upsert', person: { name: 'Ana', handles: ['ana'], timeZone: 'Asia/Tokyo', workingHours: { mon: [{ start: '09:00', end: '17:00' }] } } });
    await t.call({ type: 'outbox/add', item: item(MONDAY_9 + 10 * MIN, 'C1') }); // id2: comes due while closed
    await t.call({ type: 'outbox/add', item: item(MONDAY_9 + 90 * MIN, 'C2') }); // id3: still ahead
    await t.call({ type: 'outbox/add', item: item(MONDAY_9 + 5 * MIN, 'C3') }); // id4: cancelled
    await t.call({ type: 'outbox/cancel', id: 'id4' });
    await t.call({ type: 'stats/record', event: { kind: 'send-scheduled', movedIntoHours: true } });
    await t.call({ type: 'focus/start', minutes: 50 }); // id5
    const before = await dump(t.db);

    const after = await restart(MONDAY_9 + 20 * MIN, { loseAlarms: true });

    const now = await dump(after.db);
    expect(now.outbox.find((i) => i.id === 'id2')).toEqual({ ...before.outbox.find((i) => i.id === 'id2'), status: 'due', updatedAt: MONDAY_9 + 20 * MIN });
    expect({ ...now, outbox: now.outbox.filter((i) => i.id !== 'id2') }).toEqual({ ...before, outbox: before.outbox.filter((i) => i.id !== 'id2') });

    expect((await t.browser.alarms.getAll()).map((a) => [a.name, a.scheduledTime]).sort()).toEqual([
      ['focus:end', MONDAY_9 + 50 * MIN],
      ['focus:tick', expect.any(Number)],
      ['outbox:id3', MONDAY_9 + 90 * MIN],
    ]);
    expect(Object.keys(t.browser.notifications.getAllCreateOptions())).toEqual(['outbox:id2']);
    expect(await t.badge()).toEqual({ text: '30m', color: rgba(BADGE_COLORS.focus) });
    expect(await call(after.route, { type: 'focus/get' })).toMatchObject({ active: true, minutesLeft: 30, session: { id: 'id5' } });
    expect((await call(after.route, { type: 'outbox/list', status: ['due', 'scheduled'] })).map((i) => i.id)).toEqual(['id2', 'id3']);
    expect((await call(after.route, { type: 'settings/get' })).me.name).toBe('Kim');
  });

  it('restarting again changes nothing more: no second notification, no duplicate alarms', async () => {
    t = setup();
    await t.call({ type: 'outbox/add', item: item(MONDAY_9 + 10 * MIN, 'C1') });
    await t.call({ type: 'focus/start', minutes: 25 });
    await restart(MONDAY_9 + 15 * MIN, { loseAlarms: true });
    const alarms = async () => (await t.browser.alarms.getAll()).map((a) => [a.name, a.name === 'focus:tick' ? 'every minute' : a.scheduledTime]);
    const once = { data: await dump(reopened!), alarms: await alarms() };
    await restart(MONDAY_9 + 15 * MIN, { loseAlarms: false });
    expect(await dump(reopened!)).toEqual(once.data);
    expect(await alarms()).toEqual(once.alarms);
    expect(Object.keys(t.browser.notifications.getAllCreateOptions())).toEqual(['outbox:id1']);
  });

  // Every write path, with the connection closing at every point of the request's life (right
  // away, then after 1..30 event-loop turns): the answer never lies about what was stored.
  it.each(CUT_OFF)('%s cut off by the connection closing is either fully done or answered as not done', async (_type, make) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const outcome = async (ticks: number | 'never') => {
      t = setup();
      await seed();
      const msg = await make();
      const pending = t.route(msg);
      if (ticks !== 'never') {
        for (let i = 0; i < ticks; i++) await new Promise((r) => setImmediate(r));
        t.db.close();
      }
      const answer = await pending;
      const { db } = await restart(MONDAY_9, { loseAlarms: false });
      const data = await dump(db);
      reopened?.close();
      reopened = undefined;
      return { answer, data };
    };
    const done = await outcome('never');
    expect(done.answer.ok, JSON.stringify(done.answer)).toBe(true);
    t = setup();
    await seed();
    const untouched = (await restart(MONDAY_9, { loseAlarms: false }), await dump(reopened!));
    expect(done.data).not.toEqual(untouched);

    const seen = new Set<string>();
    for (let ticks = 0; ticks <= 30; ticks++) {
      const { answer, data } = await outcome(ticks);
      seen.add(answer.ok ? 'ok' : answer.error.code);
      expect(data, `after ${ticks} turns the answer was ${JSON.stringify(answer).slice(0, 120)}`).toEqual(answer.ok ? done.data : untouched);
    }
    // Both sides were exercised: some requests were cut off, some completed.
    expect([...seen].sort()).toEqual(['ok', 'storage-unavailable']);
  });
});
