// "Schedule" in the built extension: the host's own scheduled send (Slack and Teams dialogs filled
// with the suggested minute), and the outbox path on a Teams without it, which survives a browser
// restart and puts the draft back into CKEditor's own model without sending it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type LaunchedExtension } from './browser';
import { routeHosts, screenshot, watchPage, type PageWatch } from './fixtures';
import { openBackgroundCaller, seedPeople, type BackgroundCaller } from '../playground/seed';
import { danaOffNow } from './harness/people';

const SLACK_URL = 'https://app.slack.com/client/T0123/C0456';
const TEAMS_URL = 'https://teams.microsoft.com/v2/';
const DRAFT = 'Could you review the rollout plan (https://docs.acme.io/rollout) and confirm the canary share within 2 days?';
/** The slice of the extension APIs the test calls inside the service worker. */
type SwChrome = {
  chrome: {
    alarms: { create(name: string, info: { when: number }): Promise<void> };
    notifications: { getAll(): Promise<Record<string, boolean>> };
  };
};
/** Analysis waits for a typing pause and the first one compiles the rules: give the page time. */
const poll = <T>(fn: () => Promise<T> | T, timeout = 10_000) => expect.poll(fn, { timeout, interval: 50 });

describe('scheduling (built extension)', () => {
  let ext: LaunchedExtension | undefined;
  let page: Page;
  let watch: PageWatch;
  const profiles: string[] = [];
  afterAll(() => {
    for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
  });
  afterEach(async () => {
    const errors = watch ? [...watch.pageErrors, ...watch.consoleErrors] : [];
    await ext?.close();
    ext = undefined;
    expect(errors).toEqual([]);
  });

  const hook = (testid: string) => page.locator(`composure-sidebar [data-testid="${testid}"]`);
  async function start(userDataDir?: string): Promise<BackgroundCaller> {
    ext = await launchWithExtension(userDataDir ? { userDataDir } : {});
    await routeHosts(ext.context);
    return openBackgroundCaller(ext.context, ext.extensionId);
  }
  async function openAndType(url: string, editable: string): Promise<number> {
    page = await ext!.context.newPage();
    page.setDefaultTimeout(10_000);
    watch = watchPage(page);
    await page.goto(url);
    await page.locator('composure-sidebar [data-testid="sidebar"]').waitFor({ timeout: 15_000 });
    await page.click(editable);
    await page.keyboard.type(DRAFT, { delay: 2 });
    await poll(() => hook('send-time').getAttribute('data-at')).toMatch(/^\d+$/);
    // The draft's deadline, read by the background with the analysis, is listed on the card.
    await poll(() => hook('deadline').allTextContents()).toEqual([expect.stringMatching(/^“within 2 days”by \d\d:\d\d \w{3} /)]);
    return Number(await hook('send-time').getAttribute('data-at'));
  }

  it("Slack: Schedule drives Slack's own dialog with the suggested minute", async () => {
    const caller = await start();
    await seedPeople(caller, [danaOffNow()]);
    await caller.call({ type: 'settings/update', patch: { me: { timeZone: 'UTC' } } });
    const at = await openAndType(`${SLACK_URL.replace('C0456', 'D0789')}`, '.p-workspace__input [data-qa="texty_input"]');
    // lib/analysis/README.md, UI test hooks: the day and date whenever the moment is not today on the sender's clock (UTC here).
    const label = (await hook('send-time').textContent()) ?? '';
    expect(label).toMatch(/^Schedule for .*\((in \d+ (min|hours?)|tomorrow)\)$/);
    const day = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' }).format(at).replace(/,/g, '');
    if (new Date(at).toISOString().slice(0, 10) !== new Date().toISOString().slice(0, 10)) expect(label).toContain(day);
    else expect(label).toContain('today');
    await hook('schedule').click();
    await poll(() => hook('schedule-status').getAttribute('data-state')).toBe('host');
    // The status line names the same moment, with how far it is.
    expect(await hook('schedule-status').textContent()).toMatch(/^Scheduled in Slack for .*\((in \d+ (min|hours?)|tomorrow)\)\.$/);
    const scheduled = await page.evaluate(() => window.__scheduled);
    expect(scheduled).toEqual([expect.objectContaining({ conversation: 'D0789', text: DRAFT, at: new Date(at).toISOString() })]);
    expect(await page.evaluate(() => [window.__quill!.getText(), window.__sent.length])).toEqual(['\n', 0]);
    await screenshot(page, 'schedule-slack');
    expect(await caller.call({ type: 'outbox/list' })).toEqual([]);
  });

  it("Teams: Schedule drives Teams' Schedule send dialog with the suggested minute", async () => {
    const caller = await start();
    await seedPeople(caller, [danaOffNow()]);
    const at = await openAndType(TEAMS_URL, '.compose-box [data-tid="ckeditor"]');
    await hook('schedule').click();
    await poll(() => hook('schedule-status').getAttribute('data-state')).toBe('host');
    expect(await page.evaluate(() => window.__scheduled)).toEqual([expect.objectContaining({ text: DRAFT, at: new Date(at).toISOString() })]);
    expect(await page.evaluate(() => window.__editor!.getData())).toBe('');
    await screenshot(page, 'schedule-teams');
  });

  it('Teams without scheduled send: the outbox keeps the draft across a browser restart and restores it unsent', async () => {
    // Our own profile directory: a launcher-made one is deleted when the browser closes.
    const userDataDir = mkdtempSync(join(tmpdir(), 'composure-restart-'));
    profiles.push(userDataDir);
    let caller = await start(userDataDir);
    await seedPeople(caller, [danaOffNow()]);
    const url = `${TEAMS_URL}?schedule=off`;
    const at = await openAndType(url, '.compose-box [data-tid="ckeditor"]');
    await hook('schedule').click();
    await poll(() => hook('schedule-status').getAttribute('data-state')).toBe('outbox');
    await poll(() => page.evaluate(() => window.__editor!.getData())).toBe('');
    const [item] = await caller.call({ type: 'outbox/list' });
    expect(item).toMatchObject({ status: 'scheduled', sendAt: at, text: DRAFT, host: 'teams', conversation: { url } });
    expect(await hook('outbox-cancel').count()).toBe(1);
    await screenshot(page, 'schedule-outbox');

    // Restart on the same profile: the draft is still there, its alarm re-armed by the background.
    await ext!.close();
    caller = await start(userDataDir);
    expect((await caller.call({ type: 'outbox/list' }))[0]).toMatchObject({ id: item!.id, status: 'scheduled', text: DRAFT });
    page = await ext!.context.newPage();
    watch = watchPage(page);
    await page.goto(url);
    await page.locator('composure-sidebar [data-testid="sidebar"]').waitFor({ timeout: 15_000 });
    // Fire the alarm early with the real alarms API; the background marks the item due and notifies.
    await ext!.serviceWorker.evaluate((name) => (globalThis as unknown as SwChrome).chrome.alarms.create(name, { when: Date.now() + 300 }), `outbox:${item!.id}`);
    await poll(async () => (await caller.call({ type: 'outbox/list' }))[0]?.status).toBe('due');
    // The background commits 'due' before it creates the notification: wait for the notification itself.
    await poll(async () => Object.keys(await ext!.serviceWorker.evaluate(() => (globalThis as unknown as SwChrome).chrome.notifications.getAll()))).toContain(`outbox:${item!.id}`);
    // What clicking the notification does (a notification cannot be clicked headless).
    expect(await caller.call({ type: 'outbox/open', id: item!.id })).toEqual({ delivered: true, outcome: 'restored' });
    await poll(() => page.evaluate(() => window.__editor!.getData())).toBe(`<p>${DRAFT}</p>`);
    expect(await page.evaluate(() => window.__sent)).toEqual([]);
    await poll(async () => (await caller.call({ type: 'outbox/list' }))[0]?.status).toBe('restored');
    await screenshot(page, 'schedule-restored');
  });
});
