// Every request type's happy path through the router (validation + dispatch + response envelope).
import { afterAll, describe, expect, it } from 'vitest';
import { EXTENSION_CALLER } from '../../lib/background/access';
import { createRouter, HANDLERS } from '../../lib/background/router';
import { REQUEST_TYPES, type RequestInput } from '../../lib/protocol/messages';
import { MONDAY_9, setup } from '../background/harness';

const t = setup();
afterAll(() => t.db.close());

const HOURS = { mon: [{ start: '09:00', end: '17:00' }] };
const csv = 'name,handle,email,timeZone,hours,outOfOffice\nBo,bo,bo@x.io,Asia/Tokyo,mon-fri 10:00-18:00,\n';
const item = { host: 'slack' as const, conversation: { key: 'C1', title: '#design', url: 'https://app.slack.com/client/T/C1' }, text: 'x', recipients: [] as string[], urgency: 'normal' as const, sendAt: MONDAY_9 + 60_000 };

// Run in order: later steps use ids created by earlier ones (ids are id1, id2, … in creation order).
const steps: Array<[RequestInput, (data: any) => void]> = [
  [{ type: 'settings/get' }, (d) => expect(d.focus.presets).toEqual([25, 50, 90])],
  [{ type: 'settings/update', patch: { me: { timeZone: 'Asia/Tokyo' } } }, (d) => expect(d.me.timeZone).toBe('Asia/Tokyo')],
  [{ type: 'people/upsert', person: { name: 'Ana', handles: ['ana'], timeZone: 'UTC', workingHours: HOURS } }, (d) => expect(d).toMatchObject({ created: true, person: { id: 'id1' } })],
  [{ type: 'people/time-off', id: 'id1', range: { start: '2026-03-02', end: '2026-03-03' } }, (d) => expect(d).toMatchObject({ added: true, person: { outOfOffice: [{ start: '2026-03-02', end: '2026-03-03' }] } })],
  [{ type: 'people/import', format: 'csv', text: csv }, (d) => expect(d).toEqual({ added: 1, updated: 0, unchanged: 0, dryRun: false })],
  [{ type: 'people/list' }, (d) => expect(d.map((p: { name: string }) => p.name)).toEqual(['Ana', 'Bo'])],
  [{ type: 'people/match', names: ['Bo'], handles: ['@ana', '@zed'] }, (d) => expect(d.unknown).toEqual(['@zed'])],
  [{ type: 'people/export', format: 'csv' }, (d) => expect(d.text).toContain('Bo,bo,bo@x.io,Asia/Tokyo,mon-fri 10:00-18:00,')],
  [{ type: 'people/delete', id: 'id2' }, (d) => expect(d).toEqual({ deleted: true })],
  [{ type: 'outbox/add', item }, (d) => expect(d).toMatchObject({ id: 'id3', status: 'scheduled' })],
  [{ type: 'outbox/list', conversationKey: 'C1' }, (d) => expect(d).toHaveLength(1)],
  [{ type: 'outbox/take', id: 'id3' }, (d) => expect(d.status).toBe('restored')],
  [{ type: 'outbox/sent-by-host', id: 'id3' }, (d) => expect(d.status).toBe('sent-by-host')],
  // Already sent: nothing to open, nothing delivered.
  [{ type: 'outbox/open', id: 'id3' }, (d) => expect(d).toEqual({ delivered: false, outcome: 'gone' })],
  [{ type: 'outbox/add', item }, (d) => expect(d.id).toBe('id4')],
  [{ type: 'outbox/cancel', id: 'id4' }, (d) => expect(d.status).toBe('cancelled')],
  [{ type: 'focus/start', minutes: 50 }, (d) => expect(d.minutesLeft).toBe(50)],
  [{ type: 'focus/get' }, (d) => expect(d.active).toBe(true)],
  [{ type: 'focus/stop' }, (d) => expect(d.active).toBe(false)],
  [{ type: 'stats/record', event: { kind: 'message', score: 60, missing: ['owner'], urgency: 'same-day' } }, (d) => expect(d).toMatchObject({ day: '2026-03-02', scoreSum: 60 })],
  [{ type: 'stats/record', event: { kind: 'suggestion-inserted', part: 'expectation' } }, (d) => expect(d.insertedSuggestions).toBe(1)],
  [{ type: 'stats/get', days: 7 }, (d) => {
    expect(d.days).toHaveLength(7);
    expect(d.days[6].day).toBe('2026-03-02');
    expect(d.days[0]).toMatchObject({ day: '2026-02-24', messagesAssisted: 0 });
    expect(d.totals).toMatchObject({ messagesAssisted: 1, averageScore: 60, insertedSuggestions: 1, missingParts: { owner: 1 } });
  }],
  [{ type: 'diagnostics/report', host: 'teams', failures: [{ feature: 'composer', selector: '[data-tid=ckeditor]', message: 'not found' }] }, (d) => expect(d).toEqual({ stored: 1 })],
  [{ type: 'diagnostics/get' }, (d) => expect(d).toMatchObject([{ host: 'teams', feature: 'composer', at: MONDAY_9 }])],
  [{ type: 'analysis/run', text: 'Could @ana review PR #12 by Friday?', now: MONDAY_9, senderTimeZone: 'Europe/Berlin' }, (d) => {
    expect(d.analysis).toMatchObject({ applicable: true, kind: expect.any(String) });
    expect(Object.keys(d.expectations).sort()).toEqual(['fyi', 'normal', 'same-day', 'urgent']);
  }],
  // Nothing in this process fetched anything: the counter (Node's real Resource Timing) says 0.
  [{ type: 'privacy/requests' }, (d) => expect(d).toEqual({ background: 0, urls: [] })],
  [{ type: 'placement/set', host: 'teams', side: 'right' }, (d) => expect(d).toEqual({ teams: 'right' })],
  [{ type: 'placement/get' }, (d) => expect(d).toEqual({ teams: 'right' })],
  [{ type: 'switch/off', scope: 'conversation', host: 'slack', key: 'slack:T1/C1', label: '#design' }, (d) => expect(d).toMatchObject([{ id: 'conversation:slack:T1/C1', label: '#design', until: null }])],
  [{ type: 'switch/pause', for: 'hour' }, (d) => expect(d[1]).toMatchObject({ id: 'pause:*', until: MONDAY_9 + 3_600_000 })],
  [{ type: 'switch/on', id: 'pause:*' }, (d) => expect(d.map((r: { id: string }) => r.id)).toEqual(['conversation:slack:T1/C1'])],
  [{ type: 'switch/list' }, (d) => expect(d).toHaveLength(1)],
  // The fake browser has no focused window with a host tab.
  [{ type: 'switch/here' }, (d) => expect(d).toBeNull()],
  [{ type: 'backup/export' }, (d) => expect(JSON.parse(d.text).people).toHaveLength(1)],
  [{ type: 'backup/import', text: JSON.stringify({ format: 'composure-backup', version: 1 }) }, (d) => expect(d).toMatchObject({ tables: { people: { backup: 0, current: 1 }, outbox: { backup: 0 } }, exportedAt: null, dryRun: false })],
  [{ type: 'data/erase', confirm: true }, (d) => expect(d).toEqual({ erased: true })],
];

describe('router', () => {
  it('the happy-path table covers every request type', () => {
    expect(new Set(steps.map(([m]) => m.type))).toEqual(new Set(REQUEST_TYPES));
  });

  it.each(steps.map(([m, check], i) => [`${i + 1}. ${m.type}`, m, check] as const))('%s', async (_name, msg, check) => {
    const r = await t.route(msg);
    if (!r.ok) throw new Error(`${msg.type} failed: ${r.error.message}`);
    check(r.data);
  });

  it('answers a thrown non-protocol error as internal, without rejecting', async () => {
    const route = createRouter(t.ctx, {
      ...HANDLERS,
      'settings/get': async () => {
        throw new Error('boom');
      },
    });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...a: unknown[]) => errors.push(a);
    try {
      expect(await route({ type: 'settings/get' }, EXTENSION_CALLER)).toEqual({ ok: false, error: { code: 'internal', message: 'Unexpected error: boom' } });
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
  });
});
