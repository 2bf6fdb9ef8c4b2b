import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BADGE_COLORS } from '../../lib/background/badge';
import { handleAlarm, handleNotificationClick, handleStartup } from '../../lib/background/events';
import { MONDAY_9, rgba, setup } from './harness';

const HOUR = 3_600_000;
const draft = (sendAt: number, key = 'C1') => ({
  host: 'slack' as const,
  conversation: { key, title: '#design', url: `https://app.slack.com/client/T1/${key}` },
  text: 'Can you review the mock-ups by Thursday 15:00 CET?',
  recipients: ['p1'],
  urgency: 'normal' as const,
  sendAt,
});

let t: ReturnType<typeof setup>;
beforeEach(() => {
  t = setup();
});
afterEach(() => t.db.close());

describe('outbox', () => {
  it('add stores the draft, creates an alarm at sendAt and counts it on the badge', async () => {
    const item = await t.call({ type: 'outbox/add', item: draft(MONDAY_9 + 2 * HOUR) });
    expect(item).toMatchObject({ id: 'id1', status: 'scheduled', createdAt: MONDAY_9, sendAt: MONDAY_9 + 2 * HOUR });
    expect(await t.db.outbox.get('id1')).toEqual(item);
    expect(await t.browser.alarms.get('outbox:id1')).toMatchObject({ scheduledTime: MONDAY_9 + 2 * HOUR });
    expect(await t.badge()).toEqual({ text: '1', color: rgba(BADGE_COLORS.scheduled) });
  });

  it('when the alarm fires the item is due and a notification names the conversation', async () => {
    await t.call({ type: 'outbox/add', item: draft(MONDAY_9 + HOUR) });
    t.clock.now = MONDAY_9 + HOUR;
    await handleAlarm(t.ctx, { name: 'outbox:id1' });
    expect((await t.db.outbox.get('id1'))?.status).toBe('due');
    const notes = t.browser.notifications.getAllCreateOptions();
    expect(notes['outbox:id1']).toMatchObject({ type: 'basic', title: 'Scheduled message ready', message: 'Your scheduled message to #design is ready to send' });
    expect(String(notes['outbox:id1']?.iconUrl)).toMatch(/^data:image\/png;base64,/);
    expect(await t.badge()).toEqual({ text: '1', color: rgba(BADGE_COLORS.due) });
    // A second firing (e.g. startup pass racing the alarm) does not notify twice.
    await t.browser.notifications.clear('outbox:id1');
    await handleAlarm(t.ctx, { name: 'outbox:id1' });
    expect(t.browser.notifications.getAllCreateOptions()).toEqual({});
  });

  it('clicking the notification focuses the open conversation tab and restores the draft there', async () => {
    const item = await t.call({ type: 'outbox/add', item: draft(MONDAY_9 + HOUR) });
    await t.browser.tabs.create({ url: 'https://example.com/' });
    const tab = await t.browser.tabs.create({ url: `${item.conversation.url}?thread=1` });
    await handleAlarm(t.ctx, { name: 'outbox:id1' });
    await handleNotificationClick(t.ctx, 'outbox:id1');
    expect((await t.browser.tabs.get(tab.id!))?.active).toBe(true);
    expect(t.sent).toEqual([{ tabId: tab.id, message: { type: 'outbox/restore', item: { ...item, status: 'due', updatedAt: MONDAY_9 } } }]);
    expect(t.browser.notifications.getAllCreateOptions()).toEqual({});
  });

  it('opens the conversation when no tab shows it, retrying until the content script answers', async () => {
    const item = await t.call({ type: 'outbox/add', item: draft(MONDAY_9 + HOUR) });
    await handleAlarm(t.ctx, { name: 'outbox:id1' });
    t.notReady.set(1, 3); // the new tab will be id 1; its content script needs three tries
    await handleNotificationClick(t.ctx, 'outbox:id1');
    const tabs = await t.browser.tabs.query({ url: item.conversation.url });
    expect(tabs).toHaveLength(1);
    expect(tabs[0]?.active).toBe(true);
    expect(t.sent).toEqual([{ tabId: tabs[0]!.id, message: expect.objectContaining({ type: 'outbox/restore' }) }]);
  });

  it('Open uses a tab of the same workspace showing another conversation (its page switches there), never another workspace\'s; delivered only when restored', async () => {
    await t.call({ type: 'outbox/add', item: draft(MONDAY_9 + HOUR) });
    const otherTeam = await t.browser.tabs.create({ url: 'https://app.slack.com/client/T2/C1' });
    const sameTeam = await t.browser.tabs.create({ url: 'https://app.slack.com/client/T1/C9' });
    const tabsBefore = (await t.browser.tabs.query({})).length;
    await handleAlarm(t.ctx, { name: 'outbox:id1' });
    t.replies.answer = () => ({ outcome: 'elsewhere' });
    expect(await t.call({ type: 'outbox/open', id: 'id1' })).toEqual({ delivered: false, outcome: 'elsewhere' });
    expect(t.sent.map((m) => m.tabId)).toEqual([sameTeam.id]);
    expect((await t.browser.tabs.get(sameTeam.id!))?.active).toBe(true);
    expect(await t.browser.tabs.query({})).toHaveLength(tabsBefore); // no new tab
    expect(otherTeam.id).not.toBe(sameTeam.id);
    expect((await t.db.outbox.get('id1'))?.status).toBe('due');
    t.replies.answer = () => ({ outcome: 'restored' });
    expect(await t.call({ type: 'outbox/open', id: 'id1' })).toEqual({ delivered: true, outcome: 'restored' });
  });

  it('Open waits for a page that answers; a page that never does is reported unreachable, not delivered', async () => {
    await t.call({ type: 'outbox/add', item: draft(MONDAY_9 + HOUR) });
    const tab = await t.browser.tabs.create({ url: 'https://app.slack.com/client/T1/C1' });
    let calls = 0;
    // The content script is loaded but not attached yet (no answer), then answers.
    t.replies.answer = () => (++calls < 3 ? undefined : { outcome: 'asked' });
    expect(await t.call({ type: 'outbox/open', id: 'id1' })).toEqual({ delivered: false, outcome: 'asked' });
    expect(calls).toBe(3);
    t.replies.answer = () => true; // an answer that is not a restore outcome (an older build)
    expect(await t.call({ type: 'outbox/open', id: 'id1' })).toEqual({ delivered: false, outcome: 'unreachable' });
    expect(t.sent.every((m) => m.tabId === tab.id)).toBe(true);
  });

  it('take marks restored and clears the alarm; cancel clears the alarm; both update the badge', async () => {
    await t.call({ type: 'outbox/add', item: draft(MONDAY_9 + HOUR) });
    await t.call({ type: 'outbox/add', item: draft(MONDAY_9 + 2 * HOUR, 'C2') });
    expect((await t.badge()).text).toBe('2');

    const taken = await t.call({ type: 'outbox/take', id: 'id1' });
    expect(taken).toMatchObject({ id: 'id1', status: 'restored', text: draft(0).text });
    expect(await t.browser.alarms.get('outbox:id1')).toBeUndefined();
    expect(await t.call({ type: 'outbox/take', id: 'id1' })).toMatchObject({ status: 'restored' }); // idempotent

    const cancelled = await t.call({ type: 'outbox/cancel', id: 'id2' });
    expect(cancelled.status).toBe('cancelled');
    expect(await t.browser.alarms.getAll()).toEqual([]);
    expect((await t.badge()).text).toBe('');

    expect(await t.fail({ type: 'outbox/take', id: 'id2' })).toMatchObject({ code: 'invalid-state', message: 'That scheduled message is already cancelled' });
    expect(await t.fail({ type: 'outbox/cancel', id: 'nope' })).toMatchObject({ code: 'not-found' });
    expect(await t.call({ type: 'outbox/list', status: ['restored'] })).toMatchObject([{ id: 'id1' }]);
  });

  it('after a restart, recreates lost alarms, marks overdue items due, and loses nothing', async () => {
    await t.call({ type: 'outbox/add', item: draft(MONDAY_9 + HOUR) });
    await t.call({ type: 'outbox/add', item: draft(MONDAY_9 + 5 * HOUR, 'C2') });
    await t.call({ type: 'outbox/add', item: draft(MONDAY_9 + 6 * HOUR, 'C3') });
    await t.call({ type: 'outbox/cancel', id: 'id3' });
    const before = await t.db.outbox.toArray();

    // The browser was closed for two hours and forgot its alarms (plus one stray alarm).
    await t.browser.alarms.clearAll();
    await t.browser.alarms.create('outbox:ghost', { when: MONDAY_9 + 9 * HOUR });
    t.clock.now = MONDAY_9 + 2 * HOUR;
    await handleStartup(t.ctx);

    const after = await t.db.outbox.toArray();
    expect(after.map((i) => i.id).sort()).toEqual(before.map((i) => i.id).sort());
    expect(after.map((i) => [i.id, i.status])).toEqual([['id1', 'due'], ['id2', 'scheduled'], ['id3', 'cancelled']]);
    expect(after.map((i) => i.text)).toEqual(before.map((i) => i.text));
    expect((await t.browser.alarms.getAll()).map((a) => [a.name, a.scheduledTime])).toEqual([['outbox:id2', MONDAY_9 + 5 * HOUR]]);
    expect(Object.keys(t.browser.notifications.getAllCreateOptions())).toEqual(['outbox:id1']);
    expect(await t.badge()).toEqual({ text: '2', color: rgba(BADGE_COLORS.due) });
  });

  it('rejects a conversation link that is not https', async () => {
    const bad = { ...draft(MONDAY_9), conversation: { key: 'x', title: 'x', url: 'javascript:alert(1)' } };
    expect(await t.fail({ type: 'outbox/add', item: bad })).toMatchObject({ code: 'invalid-request' });
    expect(await t.db.outbox.count()).toBe(0);
    expect(await t.browser.alarms.getAll()).toEqual([]);
  });
});
