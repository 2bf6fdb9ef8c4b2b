// The off switch in the background: rules kept, validated and announced to every host tab; a pause
// until the user's next working morning; the keyboard command sent to the active tab only.
import { afterEach, describe, expect, it } from 'vitest';
import { handleCommand, TOGGLE_SIDEBAR_COMMAND } from '../../lib/background/events';
import { MONDAY_9, setup } from './harness';

describe('switch/* in the background', () => {
  let t = setup();
  afterEach(() => {
    t.db.close();
    t = setup();
  });
  const hostTabs = (...urls: string[]) => {
    t.ctx.port.queryTabs = async () => urls.map((url, i) => ({ id: i + 1, url }));
  };

  it('turning a conversation off is stored, listed and announced to every host tab (not others)', async () => {
    hostTabs('https://app.slack.com/client/T1/C1', 'https://example.com/', 'https://teams.microsoft.com/v2/');
    const rules = await t.call({ type: 'switch/off', scope: 'conversation', host: 'slack', key: 'slack:T1/C1', label: '#design' });
    expect(rules).toEqual([{ id: 'conversation:slack:T1/C1', scope: 'conversation', host: 'slack', key: 'slack:T1/C1', label: '#design', createdAt: MONDAY_9, until: null }]);
    expect(t.sent.map((s) => [s.tabId, s.message.type])).toEqual([[1, 'switch/changed'], [3, 'switch/changed']]);
    expect(await t.call({ type: 'switch/list' })).toEqual(rules);
    // The same thing twice is one rule.
    expect(await t.call({ type: 'switch/off', scope: 'conversation', host: 'slack', key: 'slack:T1/C1', label: '#design' })).toHaveLength(1);
    expect(await t.call({ type: 'switch/on', id: 'conversation:slack:T1/C1' })).toEqual([]);
  });

  it('a key that does not belong to the host or scope is refused with a clear error, nothing stored', async () => {
    const error = await t.fail({ type: 'switch/off', scope: 'host', host: 'slack', key: 'teams', label: '' });
    expect(error).toMatchObject({ code: 'invalid-request', message: expect.stringContaining("key 'teams' does not belong to host of slack") });
    expect((await t.fail({ type: 'switch/off', scope: 'workspace', host: 'teams', key: 'slack:T1', label: '' })).code).toBe('invalid-request');
    expect((await t.fail({ type: 'switch/pause', for: 'forever' })).code).toBe('invalid-request');
    expect(await t.call({ type: 'switch/list' })).toEqual([]);
  });

  it('pauses for an hour, or until the next working morning in the user\'s own zone and hours; an ended pause is gone', async () => {
    await t.call({ type: 'settings/update', patch: { me: { timeZone: 'Asia/Tokyo', workingHours: { tue: [{ start: '10:00', end: '18:00' }] } } } });
    const [hour] = await t.call({ type: 'switch/pause', for: 'hour' });
    expect(hour).toMatchObject({ scope: 'pause', host: null, until: MONDAY_9 + 3_600_000 });
    const [morning] = await t.call({ type: 'switch/pause', for: 'morning' });
    // Monday 18:00 in Tokyo: the next working morning is Tuesday 10:00 JST = 01:00 UTC.
    expect(morning!.until).toBe(Date.UTC(2026, 2, 3, 1, 0));
    t.clock.now = Date.UTC(2026, 2, 3, 1, 0);
    expect(await t.call({ type: 'switch/list' })).toEqual([]);
  });

  it('switch/here asks the active host tab where it is; other tabs and silent tabs give null', async () => {
    t.ctx.port.activeTab = async () => ({ id: 7, url: 'https://app.slack.com/client/T1/C1' });
    const place = { host: 'slack', workspace: { key: 'slack:T1', label: 'T1' }, conversation: { key: 'slack:T1/C1', label: 'design' } };
    t.ctx.port.sendToTab = async (tabId, message) => (tabId === 7 && message.type === 'switch/where' ? place : undefined);
    expect(await t.call({ type: 'switch/here' })).toEqual(place);
    t.ctx.port.sendToTab = async () => ({ host: 'discord' });
    expect(await t.call({ type: 'switch/here' })).toBeNull();
    t.ctx.port.activeTab = async () => ({ id: 8, url: 'https://example.com/' });
    expect(await t.call({ type: 'switch/here' })).toBeNull();
  });

  it('the toggle-sidebar command goes to the active tab when it is a host page, and nowhere else', async () => {
    t.ctx.port.activeTab = async () => ({ id: 4, url: 'https://teams.microsoft.com/v2/' });
    await handleCommand(t.ctx, TOGGLE_SIDEBAR_COMMAND);
    expect(t.sent).toEqual([{ tabId: 4, message: { type: 'sidebar/toggle' } }]);
    t.ctx.port.activeTab = async () => ({ id: 5, url: 'https://example.com/' });
    await handleCommand(t.ctx, TOGGLE_SIDEBAR_COMMAND);
    expect(t.sent).toHaveLength(1);
  });
});
