import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BADGE_COLORS } from '../../lib/background/badge';
import { handleAlarm, handleStartup } from '../../lib/background/events';
import { MONDAY_9, rgba, setup } from './harness';

const MIN = 60_000;
let t: ReturnType<typeof setup>;
beforeEach(() => {
  t = setup();
});
afterEach(() => t.db.close());

const outboxDraft = (sendAt: number) => ({
  host: 'teams' as const,
  conversation: { key: 'k', title: 'Ana', url: 'https://teams.microsoft.com/l/chat/1' },
  text: 'hi',
  recipients: [],
  urgency: 'fyi' as const,
  sendAt,
});

describe('focus', () => {
  it('start stores a session, sets end and tick alarms, shows minutes left in purple and tells host tabs', async () => {
    const slack = await t.browser.tabs.create({ url: 'https://app.slack.com/client/T1/C1' });
    await t.browser.tabs.create({ url: 'https://example.com/' });
    const state = await t.call({ type: 'focus/start', minutes: 25 });
    expect(state).toMatchObject({ active: true, endsAt: MONDAY_9 + 25 * MIN, minutesLeft: 25 });
    expect(await t.db.focusSessions.toArray()).toEqual([{ id: 'id1', start: MONDAY_9, end: MONDAY_9 + 25 * MIN, kind: 'manual' }]);
    expect(await t.browser.alarms.get('focus:end')).toMatchObject({ scheduledTime: MONDAY_9 + 25 * MIN });
    expect(await t.browser.alarms.get('focus:tick')).toMatchObject({ periodInMinutes: 1 });
    expect(await t.badge()).toEqual({ text: '25m', color: rgba(BADGE_COLORS.focus) });
    expect(t.sent).toEqual([{ tabId: slack.id, message: { type: 'focus/changed', state } }]);
  });

  it('the tick counts down in whole minutes', async () => {
    await t.call({ type: 'focus/start', minutes: 25 });
    t.clock.now = MONDAY_9 + MIN;
    await handleAlarm(t.ctx, { name: 'focus:tick' });
    expect((await t.badge()).text).toBe('24m');
    t.clock.now = MONDAY_9 + 24 * MIN + 30_000;
    await handleAlarm(t.ctx, { name: 'focus:tick' });
    expect((await t.badge()).text).toBe('1m');
    expect(await t.call({ type: 'focus/get' })).toMatchObject({ active: true, minutesLeft: 1 });
  });

  it('defaults to the first preset, or runs until a given time', async () => {
    await t.call({ type: 'settings/update', patch: { focus: { presets: [50, 90] } } });
    expect(await t.call({ type: 'focus/start' })).toMatchObject({ minutesLeft: 50 });
    expect(await t.call({ type: 'focus/start', until: MONDAY_9 + 90 * MIN })).toMatchObject({ minutesLeft: 90 });
    expect((await t.db.focusSessions.toArray()).filter((s) => s.endedAt === undefined)).toHaveLength(1);
    expect(await t.fail({ type: 'focus/start', until: MONDAY_9 - 1 })).toMatchObject({ code: 'invalid-request' });
    expect(await t.fail({ type: 'focus/start', minutes: 5, until: MONDAY_9 + MIN })).toMatchObject({ code: 'invalid-request' });
  });

  it('stop ends the session, clears alarms, and the badge goes back to the outbox count', async () => {
    await t.call({ type: 'outbox/add', item: outboxDraft(MONDAY_9 + 60 * MIN) });
    await t.call({ type: 'focus/start', minutes: 50 });
    expect((await t.badge()).text).toBe('50m');
    t.clock.now = MONDAY_9 + 10 * MIN;
    const state = await t.call({ type: 'focus/stop' });
    expect(state).toEqual({ active: false, session: null, endsAt: null, minutesLeft: null });
    expect((await t.db.focusSessions.get('id2'))?.endedAt).toBe(MONDAY_9 + 10 * MIN);
    expect((await t.browser.alarms.getAll()).map((a) => a.name)).toEqual(['outbox:id1']);
    expect(await t.badge()).toEqual({ text: '1', color: rgba(BADGE_COLORS.scheduled) });
  });

  it('at the end alarm the session closes and a notification says so', async () => {
    await t.call({ type: 'outbox/add', item: outboxDraft(MONDAY_9 + 5 * MIN) });
    await t.call({ type: 'focus/start', minutes: 25 });
    t.clock.now = MONDAY_9 + 25 * MIN;
    await handleAlarm(t.ctx, { name: 'focus:end' });
    expect((await t.db.focusSessions.get('id2'))?.endedAt).toBe(MONDAY_9 + 25 * MIN);
    expect(t.browser.notifications.getAllCreateOptions()['focus:end']).toMatchObject({
      title: 'Focus session over',
      message: 'You focused for 25 minutes. 1 scheduled message is waiting.',
    });
    expect(await t.browser.alarms.get('focus:tick')).toBeUndefined();
    expect((await t.badge()).text).toBe('1');
  });

  it('a tick after a lost end alarm finishes the session', async () => {
    await t.call({ type: 'focus/start', minutes: 25 });
    await t.browser.alarms.clear('focus:end');
    t.clock.now = MONDAY_9 + 26 * MIN;
    await handleAlarm(t.ctx, { name: 'focus:tick' });
    expect(await t.call({ type: 'focus/get' })).toMatchObject({ active: false });
    expect((await t.badge()).text).toBe('');
  });

  it('after a restart mid-session the alarms come back; a session that ended meanwhile closes quietly', async () => {
    await t.call({ type: 'focus/start', minutes: 25 });
    await t.browser.alarms.clearAll();
    t.clock.now = MONDAY_9 + 5 * MIN;
    await handleStartup(t.ctx);
    expect(await t.browser.alarms.get('focus:end')).toMatchObject({ scheduledTime: MONDAY_9 + 25 * MIN });
    expect((await t.badge()).text).toBe('20m');

    t.clock.now = MONDAY_9 + 60 * MIN;
    await handleStartup(t.ctx);
    expect((await t.db.focusSessions.get('id1'))?.endedAt).toBe(MONDAY_9 + 25 * MIN);
    expect(await t.browser.alarms.getAll()).toEqual([]);
    expect(t.browser.notifications.getAllCreateOptions()).toEqual({});
  });
});
