import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { counts } from '../db/fresh-db';
import { MONDAY_9, setup } from './harness';

const HOUR = 3_600_000;
let t: ReturnType<typeof setup>;

beforeEach(async () => {
  t = setup();
  await t.call({ type: 'settings/update', patch: { me: { name: 'Kim', timeZone: 'Asia/Tokyo' } } });
  await t.call({ type: 'people/upsert', person: { name: 'Ana', handles: ['ana'], timeZone: 'Europe/Berlin', workingHours: { mon: [{ start: '09:00', end: '17:00' }] } } });
  await t.call({
    type: 'outbox/add',
    item: { host: 'slack', conversation: { key: 'C1', title: '#design', url: 'https://app.slack.com/client/T/C1' }, text: 'later', recipients: ['id1'], urgency: 'normal', sendAt: MONDAY_9 + HOUR },
  });
  await t.call({ type: 'stats/record', event: { kind: 'message', score: 70, missing: ['deadline'], urgency: 'normal' } });
  await t.call({ type: 'focus/start', minutes: 25 });
  await t.call({ type: 'diagnostics/report', host: 'slack', failures: [{ feature: 'composer', message: 'no composer found' }] });
});
afterEach(() => t.db.close());

describe('backup and erase', () => {
  it('erase clears every table, our alarms and the badge', async () => {
    expect(await t.call({ type: 'data/erase', confirm: true })).toEqual({ erased: true });
    expect(await counts(t.db)).toEqual({ settings: 0, people: 0, outbox: 0, focusSessions: 0, stats: 0, diagnostics: 0 });
    expect(await t.browser.alarms.getAll()).toEqual([]);
    expect((await t.badge()).text).toBe('');
    expect(await t.fail({ type: 'data/erase' })).toMatchObject({ code: 'invalid-request' });
  });

  it('export → erase → import restores everything and re-creates alarms', async () => {
    const before = {
      settings: await t.call({ type: 'settings/get' }),
      people: await t.db.people.toArray(),
      outbox: await t.db.outbox.toArray(),
      focus: await t.db.focusSessions.toArray(),
      stats: await t.db.stats.toArray(),
    };
    const file = await t.call({ type: 'backup/export' });
    expect(file).toMatchObject({ filename: 'composure-backup-2026-03-02.json', mimeType: 'application/json' });
    await t.call({ type: 'data/erase', confirm: true });

    expect(await t.call({ type: 'backup/import', text: file.text })).toEqual({
      tables: {
        settings: { backup: 3, current: 0 },
        people: { backup: 1, current: 0 },
        outbox: { backup: 1, current: 0 },
        waiting: { backup: 1, current: 0 },
        focusSessions: { backup: 1, current: 0 },
        stats: { backup: 1, current: 0 },
      },
      kept: { offRules: 0, placement: 0, diagnostics: 0 },
      me: { name: 'Kim', timeZone: 'Asia/Tokyo' },
      exportedAt: MONDAY_9,
      dryRun: false,
    });
    expect(await t.call({ type: 'settings/get' })).toEqual(before.settings);
    expect(await t.db.people.toArray()).toEqual(before.people);
    expect(await t.db.outbox.toArray()).toEqual(before.outbox);
    expect(await t.db.focusSessions.toArray()).toEqual(before.focus);
    expect(await t.db.stats.toArray()).toEqual(before.stats);
    expect((await t.browser.alarms.getAll()).map((a) => a.name).sort()).toEqual(['focus:end', 'focus:tick', 'outbox:id2']);
    expect((await t.badge()).text).toBe('25m');
  });

  it('a dry run counts what would be replaced and kept, and writes nothing', async () => {
    const file = await t.call({ type: 'backup/export' });
    await t.call({ type: 'people/upsert', person: { name: 'Bo', handles: ['bo'], timeZone: 'Asia/Tokyo', workingHours: { tue: [{ start: '09:00', end: '17:00' }] } } });
    await t.call({ type: 'switch/off', scope: 'host', host: 'teams', key: 'teams', label: 'Teams' });
    await t.call({ type: 'placement/set', host: 'slack', side: 'left' });
    const before = await counts(t.db);
    const report = await t.call({ type: 'backup/import', text: file.text, dryRun: true });
    expect(report).toMatchObject({
      tables: { people: { backup: 1, current: 2 }, outbox: { backup: 1, current: 1 }, waiting: { backup: 1, current: 1 }, settings: { backup: 3, current: 3 } },
      kept: { offRules: 1, placement: 1, diagnostics: 1 },
      dryRun: true,
    });
    expect(await counts(t.db)).toEqual(before);
    expect((await t.db.people.toArray()).map((p) => p.name).sort()).toEqual(['Ana', 'Bo']);
  });

  it('a restore replaces what the backup holds and keeps the off switch, the sidebar side and diagnostics', async () => {
    const file = await t.call({ type: 'backup/export' });
    await t.call({ type: 'people/upsert', person: { name: 'Bo', handles: ['bo'], timeZone: 'Asia/Tokyo', workingHours: { tue: [{ start: '09:00', end: '17:00' }] } } });
    await t.call({ type: 'settings/update', patch: { me: { name: 'Someone else' } } });
    const off = await t.call({ type: 'switch/off', scope: 'host', host: 'teams', key: 'teams', label: 'Teams' });
    await t.call({ type: 'placement/set', host: 'slack', side: 'left' });
    await t.call({ type: 'backup/import', text: file.text });
    expect((await t.db.people.toArray()).map((p) => p.name)).toEqual(['Ana']);
    expect((await t.call({ type: 'settings/get' })).me.name).toBe('Kim');
    expect(await t.call({ type: 'switch/list' })).toEqual(off);
    expect(await t.call({ type: 'placement/get' })).toEqual({ slack: 'left' });
    expect(await t.db.diagnostics.count()).toBe(1);
  });

  it('an invalid backup changes nothing and says why in one sentence', async () => {
    const before = await counts(t.db);
    const file = JSON.parse((await t.call({ type: 'backup/export' })).text);
    const refused = async (text: string) => {
      for (const dryRun of [true, false]) {
        const error = await t.fail({ type: 'backup/import', text, dryRun });
        expect(error.code).toBe('invalid-file');
        expect(await counts(t.db)).toEqual(before);
        const problem = (error.details as { problem: string }).problem;
        expect(error.message).toBe(`Nothing was restored. ${problem}`);
        if (!dryRun) return problem;
      }
      return '';
    };
    expect(await refused(JSON.stringify({ ...file, people: [{ id: 'x' }] }))).toBe(
      'This backup is damaged: Person 1, name is required.',
    );
    expect(await refused('not json')).toBe('This file is not a Composure backup: it is not valid JSON.');
    expect(await refused('{"format":"composure-team","version":1,"people":[]}')).toMatch(/^This is a team file, not a full backup: import it in the Team tab/);
    expect(await refused('{"hello":"world"}')).toMatch(/^This file is not a Composure backup \(/);
    expect(await refused(JSON.stringify({ ...file, version: 2 }))).toMatch(/^This backup was made by a newer Composure \(backup format 2; .*update Composure/);
  });

  it('a full disk during restore leaves the old data intact', async () => {
    const file = await t.call({ type: 'backup/export' });
    const before = { people: await t.db.people.toArray(), outbox: await t.db.outbox.toArray() };
    vi.spyOn(t.db.outbox, 'bulkPut').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    const error = await t.fail({ type: 'backup/import', text: file.text });
    expect(error.code).toBe('storage-full');
    expect(await t.db.people.toArray()).toEqual(before.people);
    expect(await t.db.outbox.toArray()).toEqual(before.outbox);
  });

  it('a full disk when scheduling reports storage-full and creates no alarm', async () => {
    vi.spyOn(t.db.outbox, 'add').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    const error = await t.fail({
      type: 'outbox/add',
      item: { host: 'slack', conversation: { key: 'C9', title: '#x', url: 'https://app.slack.com/client/T/C9' }, text: 't', recipients: [], urgency: 'fyi', sendAt: MONDAY_9 + 2 * HOUR },
    });
    expect(error).toMatchObject({ code: 'storage-full', message: expect.stringMatching(/^Storage is full/) });
    expect(await t.db.outbox.count()).toBe(1);
    expect(await t.browser.alarms.get('outbox:id4')).toBeUndefined();
  });
});
