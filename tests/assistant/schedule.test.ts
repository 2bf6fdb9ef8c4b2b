// Scheduling never loses a draft: the host's scheduler first, else the outbox (stored before the
// composer is cleared); restoring puts the draft back without sending; focus mode reaches the page.
import { afterEach, describe, expect, it } from 'vitest';
import { handleAlarm } from '../../lib/background/events';
import { MONDAY_9 } from '../background/harness';
import { createAssistant } from '../../lib/assistant';
import { createClient } from '../../lib/protocol/client';
import { manualTimers, setupAssistant } from './harness';

const HOURS = { mon: [{ start: '09:00', end: '17:00' }], tue: [{ start: '09:00', end: '17:00' }] };
const DRAFT = 'Could @ana review PR #12 by Tuesday 12:00 Tokyo time?';

let t: ReturnType<typeof setupAssistant>;
afterEach(() => {
  t.life.abort();
  t.bg.db.close();
});

/** Ana works 09–17 Tokyo: at Monday 09:00 UTC (18:00 Tokyo) she is off, so the suggestion is a time. */
async function withDraft() {
  t = setupAssistant({ kind: 'dm', title: 'Ana', participants: [{ name: 'Ana' }] });
  await t.bg.call({ type: 'settings/update', patch: { me: { timeZone: 'UTC' } } });
  await t.bg.call({ type: 'people/upsert', person: { name: 'Ana', handles: ['ana'], timeZone: 'Asia/Tokyo', workingHours: HOURS } });
  t.assistant.start(t.life.signal);
  t.host.type(DRAFT);
  await t.typed();
  await t.until(() => expect(t.state().sendTime?.recipients.map((r) => [r.name, r.known])).toEqual([['Ana', true]]));
  const at = t.state().sendTime!.suggestion.at;
  expect(at).toBe(MONDAY_9 + 15 * 3_600_000); // Tuesday 09:00 Tokyo = Tuesday 00:00 UTC
  expect(t.state().sendTime!.label).toBe('Schedule for Tue 3 Mar, 09:00 Tokyo = 00:00 your time (tomorrow)');
  return at as number;
}

describe('scheduling', () => {
  it("uses the host's scheduled send at the suggested minute when it works", async () => {
    const at = await withDraft();
    await t.assistant.schedule();
    expect(t.host.scheduled).toEqual([new Date(at)]);
    expect(t.state().schedule).toEqual({ state: 'host', message: 'Scheduled in Slack for Tue 3 Mar, 00:00 UTC (tomorrow).' });
    expect(await t.bg.call({ type: 'outbox/list' })).toEqual([]);
    await t.until(async () => expect((await t.bg.call({ type: 'stats/get', days: 1 })).totals).toMatchObject({ scheduledSends: 1, sendsMovedIntoHours: 1 }));
    // The host took it: nothing for the diagnostics.
    expect(await t.bg.call({ type: 'diagnostics/get' })).toEqual([]);
  });

  it('falls back to the outbox, clears the composer only after the draft is stored, and can cancel', async () => {
    const at = await withDraft();
    t.host.scheduleResult = { ok: false, path: 'menu', reason: 'the schedule menu did not offer "Custom time"' };
    const urgency = t.state().urgency;
    await t.assistant.schedule();
    // The path tried and why, for the popup's Diagnostics (a changed or localised menu shows up there).
    await t.until(async () =>
      expect(await t.bg.call({ type: 'diagnostics/get' })).toEqual([
        expect.objectContaining({ host: 'slack', feature: 'scheduleSend:menu', message: 'the schedule menu did not offer "Custom time"' }),
      ]),
    );
    const [item] = await t.bg.call({ type: 'outbox/list' });
    expect(item).toMatchObject({
      status: 'scheduled', sendAt: at, text: DRAFT, host: 'slack', urgency,
      conversation: { key: 'slack:T1/C1', title: 'Ana', url: 'https://app.slack.com/client/T1/C1' },
    });
    expect(item!.recipients).toHaveLength(1);
    expect(t.host.active!.text).toBe('');
    expect(t.state().schedule).toEqual({ state: 'outbox', message: 'Saved to the Composure outbox for Tue 3 Mar, 00:00 UTC (tomorrow) — Slack: the schedule menu did not offer "Custom time"; you will get a notification to send it.' });
    expect(t.state().outboxItem).toEqual({ id: item!.id, sendAt: at });

    // A page reload: a fresh assistant on the same conversation shows the waiting draft and Cancel.
    t.life.abort();
    const { timers } = manualTimers(t.bg.clock);
    const reloaded = createAssistant({ adapter: t.host.adapter, client: createClient((m) => t.bg.route(m)), timers, analyze: async () => new Promise(() => {}), defaultTimeZone: 'UTC' });
    const life = new AbortController();
    reloaded.start(life.signal);
    await t.until(() => expect(reloaded.store.get().outboxItem).toEqual({ id: item!.id, sendAt: at }));
    expect(reloaded.store.get().schedule).toEqual({
      state: 'outbox', message: 'A draft from this conversation is waiting in the Composure outbox for Tue 3 Mar, 00:00 UTC (tomorrow).',
    });
    await reloaded.cancelOutbox();
    expect((await t.bg.call({ type: 'outbox/list' }))[0]?.status).toBe('cancelled');
    // Cancelling hands the text back to the empty composer.
    expect(t.host.active!.text).toBe(DRAFT);
    expect(reloaded.store.get().outboxItem).toBeNull();
    life.abort();
  });

  it('keeps the draft when the outbox cannot store it, and when clearing is not possible says so', async () => {
    await withDraft();
    t.host.scheduleResult = { ok: false, reason: 'no menu' };
    await t.bg.call({ type: 'people/list' });
    t.bg.db.close(); // storage gone: the outbox write fails
    await t.assistant.schedule();
    expect(t.host.active!.text).toBe(DRAFT);
    expect(t.state().schedule).toMatchObject({ state: 'error' });
    expect(t.state().schedule?.message).toContain('Your draft is still here');
    await t.bg.db.open();

    t.host.clearResult = { ok: false, error: 'editor refused' };
    await t.assistant.schedule();
    expect(t.host.active!.text).toBe(DRAFT);
    expect(t.state().schedule?.state).toBe('outbox');
    expect(t.state().schedule?.message).toContain('still in the composer');
  });

  it('restores a due draft into the composer when the background asks, without sending, then takes it', async () => {
    const at = await withDraft();
    t.host.scheduleResult = { ok: false, reason: 'no menu' };
    await t.assistant.schedule();
    const [item] = await t.bg.call({ type: 'outbox/list' });
    t.bg.clock.now = at;
    await handleAlarm(t.bg.ctx, { name: `outbox:${item!.id}` });
    const due = (await t.bg.call({ type: 'outbox/list', status: ['due'] }))[0]!;
    expect(await t.assistant.handleMessage({ type: 'outbox/restore', item: due })).toEqual({ outcome: 'restored' });
    expect(t.host.active!.text).toBe(DRAFT);
    expect(t.host.sent).toEqual([]);
    expect((await t.bg.call({ type: 'outbox/list' }))[0]?.status).toBe('restored');
    // A repeat (e.g. the attach-time check racing the message) does not insert twice.
    await t.assistant.handleMessage({ type: 'outbox/restore', item: due });
    expect(t.host.inserts.filter((i) => i.text === DRAFT)).toHaveLength(1);
  });

  it('Open from another conversation switches there through the host entry, then restores; without an entry it says where the draft belongs and keeps it waiting', async () => {
    const at = await withDraft();
    t.host.scheduleResult = { ok: false, reason: 'no menu' };
    await t.assistant.schedule();
    t.bg.clock.now = at;
    const [item] = await t.bg.call({ type: 'outbox/list' });
    await handleAlarm(t.bg.ctx, { name: `outbox:${item!.id}` });
    const due = (await t.bg.call({ type: 'outbox/list', status: ['due'] }))[0]!;
    // The user moved to #random meanwhile; the page has no entry for the draft's channel.
    const design = { ...t.host.conversation };
    t.host.replaceComposer({ key: 'slack:T1/C9', title: 'random', url: 'https://app.slack.com/client/T1/C9' });
    t.assistant.navigated();
    t.host.type('half a thought for random');
    expect(await t.assistant.handleMessage({ type: 'outbox/restore', item: due })).toEqual({ outcome: 'elsewhere' });
    expect(t.host.opened).toEqual([design.key]);
    expect(t.host.active!.text).toBe('half a thought for random');
    expect(t.state().outboxElsewhere).toEqual({ id: due.id, title: 'Ana', reason: 'it has no entry in the fake sidebar' });
    expect((await t.bg.db.outbox.get(due.id))?.status).toBe('due');
    // With a sidebar entry: the page switches to #design, re-attaches there, and the draft is back.
    t.host.entries[design.key] = design;
    expect(await t.assistant.handleMessage({ type: 'outbox/restore', item: due })).toEqual({ outcome: 'restored' });
    expect(t.state().conversation?.key).toBe(design.key);
    expect(t.state().outboxElsewhere).toBeNull();
    expect(t.host.active!.text).toBe(DRAFT);
    expect(t.host.inserts.filter((i) => i.text === DRAFT)).toHaveLength(1);
    expect((await t.bg.db.outbox.get(due.id))?.status).toBe('restored');
    expect(t.host.sent).toEqual([]);
  });

  it('a frame with no composer does not answer; another origin\'s draft is never switched to', async () => {
    await withDraft();
    t.host.scheduleResult = { ok: false, reason: 'no menu' };
    await t.assistant.schedule();
    const [item] = await t.bg.call({ type: 'outbox/list' });
    const foreign = { ...item!, origin: 'https://teams.microsoft.com', conversation: { ...item!.conversation, key: 'slack:T1/C7' } };
    t.host.entries['slack:T1/C7'] = { title: 'seven' };
    expect(await t.assistant.handleMessage({ type: 'outbox/restore', item: foreign })).toEqual({ outcome: 'elsewhere' });
    expect(t.host.opened).toEqual([]);
  });

  it('a conversation known only by its title asks before restoring; another origin never restores', async () => {
    const here = { key: 'teams:title:Board prep', title: 'Board prep', url: 'https://teams.microsoft.com/v2/' };
    t = setupAssistant({ ...here, kind: 'group' });
    t.assistant.start(t.life.signal);
    const item = (text: string, url: string) => ({ host: 'teams' as const, conversation: { ...here, url }, text, recipients: [], urgency: 'normal' as const, sendAt: MONDAY_9 });
    // Written in the personal account (teams.live.com) under the same title: not this chat, whatever the message says.
    const home = await t.bg.call({ type: 'outbox/add', item: item('Home draft', 'https://teams.live.com/v2/') });
    await handleAlarm(t.bg.ctx, { name: `outbox:${home.id}` });
    expect(await t.assistant.handleMessage({ type: 'outbox/restore', item: { ...home, status: 'due' } })).toEqual({ outcome: 'elsewhere' });
    expect(t.state().restoreOffer).toBeNull();
    // Same origin, title only: the sidebar asks; nothing is inserted until the user says so.
    const work = await t.bg.call({ type: 'outbox/add', item: item('Board deck numbers for Thursday', here.url) });
    await handleAlarm(t.bg.ctx, { name: `outbox:${work.id}` });
    expect(await t.assistant.handleMessage({ type: 'outbox/restore', item: { ...work, status: 'due' } })).toEqual({ outcome: 'asked' });
    expect(t.state().restoreOffer).toMatchObject({ item: { id: work.id }, title: 'Board prep' });
    expect(t.state().collapsed).toBe(false);
    expect(t.host.active!.text).toBe('');
    await t.assistant.answerRestore(false);
    expect(t.state().restoreOffer).toBeNull();
    expect((await t.bg.call({ type: 'outbox/list', status: ['due'] })).map((i) => i.id).sort()).toEqual([home.id, work.id].sort());
    // Asked again (the notification clicked), and this time it belongs here.
    expect(await t.assistant.handleMessage({ type: 'outbox/restore', item: { ...work, status: 'due' } })).toEqual({ outcome: 'asked' });
    await t.assistant.answerRestore(true);
    expect(t.host.active!.text).toBe('Board deck numbers for Thursday');
    expect((await t.bg.db.outbox.get(work.id))?.status).toBe('restored');
    expect((await t.bg.db.outbox.get(home.id))?.status).toBe('due');
    expect(t.host.sent).toEqual([]);
  });

  it('on attach, restores drafts of this conversation that came due meanwhile', async () => {
    t = setupAssistant();
    const item = await t.bg.call({
      type: 'outbox/add',
      item: { host: 'slack', conversation: { key: 'slack:T1/C1', title: 'design', url: 'https://app.slack.com/client/T1/C1' }, text: 'Ready now', recipients: [], urgency: 'normal', sendAt: MONDAY_9 },
    });
    await handleAlarm(t.bg.ctx, { name: `outbox:${item.id}` });
    t.assistant.start(t.life.signal);
    await t.until(() => expect(t.host.active!.text).toBe('Ready now'));
    await t.until(async () => expect((await t.bg.call({ type: 'outbox/list' }))[0]?.status).toBe('restored'));
    expect(t.host.sent).toEqual([]);
  });
});

describe('focus mode on the page', () => {
  it('hides unread badges and shows the banner while focusing, with an expectation line saying when you reply', async () => {
    t = setupAssistant();
    await t.bg.call({ type: 'settings/update', patch: { me: { timeZone: 'UTC' } } });
    t.bg.clock.now = MONDAY_9 + 5 * 60_000;
    t.assistant.start(t.life.signal);
    await t.settle();
    const state = await t.bg.call({ type: 'focus/start', minutes: 90 });
    expect(await t.assistant.handleMessage({ type: 'focus/changed', state })).toBe(true);
    expect(t.host.focusMode.at(-1)).toBe(true);
    const until = MONDAY_9 + 95 * 60_000;
    expect(t.state().focus).toEqual({ until, nextCheck: '13:00', banner: 'Focus until 10:35 · next check 13:00' });
    expect(t.state().expectation).toMatch(/I'm in focus time until 10:35; I'll reply at my 13:00 check\.$/);

    const stopped = await t.bg.call({ type: 'focus/stop' });
    await t.assistant.handleMessage({ type: 'focus/changed', state: stopped });
    expect(t.host.focusMode.at(-1)).toBe(false);
    expect(t.state().focus).toBeNull();
  });

  it('picks up a session that was already running when the page loaded, and restores the page when unloaded', async () => {
    t = setupAssistant();
    await t.bg.call({ type: 'settings/update', patch: { me: { timeZone: 'UTC' } } });
    await t.bg.call({ type: 'focus/start', minutes: 30 });
    t.assistant.start(t.life.signal);
    await t.until(() => expect(t.state().focus?.banner).toMatch(/^Focus until 09:30/));
    expect(t.host.focusMode.at(-1)).toBe(true);
    t.life.abort();
    expect(t.host.focusMode.at(-1)).toBe(false);
  });
});
