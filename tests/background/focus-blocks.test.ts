// Scheduled focus blocks: the alarm at the next block start, the block session, and the keyboard toggle.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BADGE_COLORS } from '../../lib/background/badge';
import { handleAlarm, handleCommand, handleStartup } from '../../lib/background/events';
import { EXTENSION_CALLER } from '../../lib/background/access';
import { syncBlocksOnSettings } from '../../lib/background/focus-blocks';
import { listenForCommands } from '../../lib/platform/background-ports';
import type { FocusBlock } from '../../lib/records/types';
import { MONDAY_9, rgba, setup } from './harness';

const MIN = 60_000;
const HOUR = 60 * MIN;
const weekdays: FocusBlock['days'] = ['mon', 'tue', 'wed', 'thu', 'fri'];
/** Berlin is UTC+1 in early March 2026, so MONDAY_9 (09:00 UTC) reads 10:00 there. */
const BERLIN = 'Europe/Berlin';

let t: ReturnType<typeof setup>;
let route: ReturnType<typeof syncBlocksOnSettings>;
beforeEach(async () => {
  t = setup();
  route = syncBlocksOnSettings(t.route, t.ctx);
  await t.call({ type: 'settings/update', patch: { me: { timeZone: BERLIN } } });
});
afterEach(() => t.db.close());

async function setBlocks(blocks: FocusBlock[]) {
  const r = await route({ type: 'settings/update', patch: { focus: { blocks } } }, EXTENSION_CALLER);
  expect(r.ok).toBe(true);
}
const blockAlarm = () => t.browser.alarms.get('focus:block');
const sessions = () => t.db.focusSessions.toArray();

describe('focus blocks', () => {
  it('a settings change arms focus:block at the next block start on the user clock', async () => {
    await setBlocks([{ id: 'b1', days: weekdays, start: '11:00', end: '12:30' }]);
    expect(await blockAlarm()).toMatchObject({ scheduledTime: MONDAY_9 + HOUR }); // 11:00 Berlin
    // Moving to New York (UTC-5): 11:00 there is 16:00 UTC.
    await route({ type: 'settings/update', patch: { me: { timeZone: 'America/New_York' } } }, EXTENSION_CALLER);
    expect(await blockAlarm()).toMatchObject({ scheduledTime: Date.UTC(2026, 2, 2, 16) });
    await setBlocks([]);
    expect(await blockAlarm()).toBeUndefined();
  });

  it('the alarm starts a block session ending at block end, shows minutes, and re-arms for the next day', async () => {
    await setBlocks([{ id: 'b1', days: weekdays, start: '11:00', end: '12:30' }]);
    t.clock.now = MONDAY_9 + HOUR;
    await handleAlarm(t.ctx, { name: 'focus:block' });
    expect(await sessions()).toEqual([{ id: 'id1', start: MONDAY_9 + HOUR, end: MONDAY_9 + 2.5 * HOUR, kind: 'block' }]);
    expect(await t.badge()).toEqual({ text: '90m', color: rgba(BADGE_COLORS.focus) });
    expect(await t.browser.alarms.get('focus:end')).toMatchObject({ scheduledTime: MONDAY_9 + 2.5 * HOUR });
    expect(await blockAlarm()).toMatchObject({ scheduledTime: MONDAY_9 + HOUR + 24 * HOUR });
    expect(await t.call({ type: 'focus/get' })).toMatchObject({ active: true, minutesLeft: 90, session: { kind: 'block' } });

    t.clock.now = MONDAY_9 + 2.5 * HOUR;
    await handleAlarm(t.ctx, { name: 'focus:end' });
    expect(t.browser.notifications.getAllCreateOptions()['focus:end']).toMatchObject({
      title: 'Focus session over',
      message: 'You focused for 90 minutes.',
    });
    expect((await t.badge()).text).toBe('');
  });

  it('a block stopped by hand stays stopped, even across a browser restart', async () => {
    await setBlocks([{ id: 'b1', days: ['mon'], start: '11:00', end: '12:00' }]);
    t.clock.now = MONDAY_9 + HOUR;
    await handleAlarm(t.ctx, { name: 'focus:block' });
    t.clock.now += 10 * MIN;
    await t.call({ type: 'focus/stop' });
    await handleStartup(t.ctx);
    expect(await t.call({ type: 'focus/get' })).toMatchObject({ active: false });
    expect(await sessions()).toHaveLength(1);
  });

  it('at startup inside a block that never started (browser was closed), the block starts', async () => {
    await setBlocks([{ id: 'b1', days: ['mon'], start: '09:30', end: '10:45' }]);
    await handleStartup(t.ctx); // 10:00 Berlin
    expect(await t.call({ type: 'focus/get' })).toMatchObject({ active: true, minutesLeft: 45, session: { kind: 'block' } });
    expect(await blockAlarm()).toMatchObject({ scheduledTime: Date.UTC(2026, 2, 9, 8, 30) }); // next Monday 09:30 Berlin
  });

  it('a settings change inside a block arms the next one without starting the current one', async () => {
    await setBlocks([{ id: 'b1', days: ['mon', 'tue'], start: '09:30', end: '10:45' }]);
    expect(await t.call({ type: 'focus/get' })).toMatchObject({ active: false });
    expect(await blockAlarm()).toMatchObject({ scheduledTime: Date.UTC(2026, 2, 3, 8, 30) });
  });

  it('a longer manual session running at block start is left alone; a shorter one is extended', async () => {
    await setBlocks([{ id: 'b1', days: ['mon'], start: '11:00', end: '11:30' }]);
    await t.call({ type: 'focus/start', minutes: 120 });
    t.clock.now = MONDAY_9 + HOUR;
    await handleAlarm(t.ctx, { name: 'focus:block' });
    expect(await t.call({ type: 'focus/get' })).toMatchObject({ minutesLeft: 60, session: { kind: 'manual' } });

    await t.call({ type: 'focus/stop' });
    await setBlocks([{ id: 'b2', days: ['mon'], start: '12:00', end: '13:00' }]);
    t.clock.now = MONDAY_9 + 2 * HOUR - 5 * MIN;
    await t.call({ type: 'focus/start', minutes: 10 });
    t.clock.now = MONDAY_9 + 2 * HOUR;
    await handleAlarm(t.ctx, { name: 'focus:block' });
    expect(await t.call({ type: 'focus/get' })).toMatchObject({ minutesLeft: 60, session: { kind: 'block' } });
  });

  it('erasing everything clears the block alarm; restoring a backup re-arms it', async () => {
    await setBlocks([{ id: 'b1', days: weekdays, start: '11:00', end: '12:00' }]);
    const backup = await t.call({ type: 'backup/export' });
    await t.call({ type: 'data/erase', confirm: true });
    expect(await blockAlarm()).toBeUndefined();
    await t.call({ type: 'backup/import', text: backup.text });
    expect((await t.call({ type: 'settings/get' })).focus.blocks).toHaveLength(1);
    expect(await blockAlarm()).toMatchObject({ scheduledTime: MONDAY_9 + HOUR });
  });

  it('rejects malformed blocks and leaves settings as they were', async () => {
    for (const bad of [
      { id: 'x', days: [], start: '09:00', end: '10:00' },
      { id: 'x', days: ['mon'], start: '10:00', end: '09:00' },
      { id: 'x', days: ['monday'], start: '09:00', end: '10:00' },
      { id: 'x', days: ['mon'], start: '9am', end: '10:00' },
    ]) {
      expect(await t.fail({ type: 'settings/update', patch: { focus: { blocks: [bad] } } })).toMatchObject({ code: 'invalid-request' });
    }
    expect((await t.call({ type: 'settings/get' })).focus.blocks).toEqual([]);
  });
});

describe('toggle-focus command', () => {
  it('starts a session of the first preset, then stops it', async () => {
    await t.call({ type: 'settings/update', patch: { focus: { presets: [50, 90] } } });
    await handleCommand(t.ctx, 'toggle-focus');
    expect(await t.call({ type: 'focus/get' })).toMatchObject({ active: true, minutesLeft: 50 });
    expect((await t.badge()).text).toBe('50m');
    await handleCommand(t.ctx, 'toggle-focus');
    expect(await t.call({ type: 'focus/get' })).toMatchObject({ active: false });
    expect((await t.badge()).text).toBe('');
    await handleCommand(t.ctx, 'something-else');
    expect(await t.call({ type: 'focus/get' })).toMatchObject({ active: false });
  });

  it('listenForCommands subscribes where the API exists and degrades where it does not', () => {
    const heard: string[] = [];
    let registered: ((c: string) => void) | undefined;
    const stub = { commands: { onCommand: { addListener: (l: (c: string) => void) => (registered = l) } } };
    expect(listenForCommands((c) => heard.push(c), stub as never)).toBe(true);
    registered?.('toggle-focus');
    expect(heard).toEqual(['toggle-focus']);
    expect(listenForCommands(() => {}, {} as never)).toBe(false);
  });
});
