// The outbox, managed, in the built extension (Chromium), on both hosts: a page reload shows the
// conversation's waiting draft with Cancel; Open while the tab shows another conversation switches
// there through the host's own entry (Slack's sidebar, Teams' chat list) and puts the draft back
// unsent; a conversation the page has no entry for is named, and its draft keeps waiting.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { OutboxItem } from '../../lib/records/types';
import { launchWithExtension, type LaunchedExtension } from './browser';
import { routeHosts, screenshot, watchPage, type PageWatch } from './fixtures';
import { openBackgroundCaller, type BackgroundCaller } from '../playground/seed';

type SwChrome = { chrome: { alarms: { create(name: string, info: { when: number }): Promise<void> } } };
const poll = <T>(fn: () => Promise<T> | T, timeout = 10_000) => expect.poll(fn, { timeout, interval: 50 });
const DRAFT = 'Could you confirm the release notes for 4.2 by Thursday 15:00 UTC?';

describe('outbox Open across conversations (built extension)', () => {
  let ext: LaunchedExtension | undefined;
  let page: Page;
  let watch: PageWatch;
  let caller: BackgroundCaller;

  afterEach(async () => {
    const errors = watch ? [...watch.pageErrors, ...watch.consoleErrors] : [];
    await ext?.close();
    ext = undefined;
    expect(errors).toEqual([]);
  });

  const hook = (testid: string) => page.locator(`composure-sidebar [data-testid="${testid}"]`);
  const status = async (id: string) => (await caller.call({ type: 'outbox/list' })).find((i) => i.id === id)?.status;

  async function start(url: string): Promise<void> {
    ext = await launchWithExtension();
    await routeHosts(ext.context);
    caller = await openBackgroundCaller(ext.context, ext.extensionId);
    page = await ext.context.newPage();
    page.setDefaultTimeout(10_000);
    await page.setViewportSize({ width: 1024, height: 700 });
    watch = watchPage(page);
    await page.goto(url);
    await page.locator('composure-sidebar').waitFor({ state: 'attached', timeout: 15_000 });
  }

  async function add(
    host: 'slack' | 'teams',
    key: string,
    title: string,
    url: string,
    text = DRAFT,
  ): Promise<OutboxItem> {
    return caller.call({
      type: 'outbox/add',
      item: {
        host,
        conversation: { key, title, url },
        text,
        recipients: [],
        urgency: 'normal',
        sendAt: Date.now() + 2 * 3_600_000,
      },
    });
  }

  /** Fires the item's alarm now with the real alarms API: the background marks it due. */
  async function makeDue(item: OutboxItem): Promise<void> {
    await ext!.serviceWorker.evaluate(
      (name) => (globalThis as unknown as SwChrome).chrome.alarms.create(name, { when: Date.now() + 100 }),
      `outbox:${item.id}`,
    );
    await poll(() => status(item.id)).toBe('due');
  }

  it('Slack: after a reload the waiting draft shows with Cancel; Open from another channel switches there through the sidebar and restores it unsent; no entry: named, still waiting', async () => {
    await start('https://app.slack.com/client/T0123/C0456');
    const item = await add('slack', 'slack:T0123/C0457', 'releases', 'https://app.slack.com/client/T0123/C0457');
    // The page that scheduled it is reloaded: the draft's status and Cancel are back.
    await page.goto('https://app.slack.com/client/T0123/C0457');
    await poll(() => hook('outbox-line').textContent()).toMatch(
      /A draft from this conversation is waiting in the Composure outbox for .+\(in (1 hour|2 hours|\d+ min)\)\./,
    );
    expect(await hook('outbox-cancel').count()).toBe(1);
    await screenshot(page, 'outbox-waiting-slack-1024');

    // The user moves to #general (Slack's own sidebar) and starts another draft there.
    await page.click('a[data-qa-channel-sidebar-channel-id="C0456"]');
    await poll(() => page.url()).toMatch(/\/C0456$/);
    await poll(() => hook('outbox-cancel').count()).toBe(0);
    await page.click('.p-workspace__input [data-qa="texty_input"]');
    await page.keyboard.type('half a thought for general');
    await makeDue(item);

    // Open (the notification's and the popup's path): the tab switches to #releases and the draft is back.
    expect(await caller.call({ type: 'outbox/open', id: item.id })).toEqual({ delivered: true, outcome: 'restored' });
    expect(page.url()).toMatch(/\/client\/T0123\/C0457$/);
    await poll(() => page.evaluate(() => window.__quill!.getText())).toBe(`${DRAFT}\n`);
    await poll(() => status(item.id)).toBe('restored');
    expect(await page.evaluate(() => window.__sent)).toEqual([]);
    await poll(() => page.locator('composure-sidebar [data-testid="schedule-status"]').first().textContent()).toMatch(
      /back in the composer: review it and press Send/,
    );
    await screenshot(page, 'outbox-opened-slack-1024');

    // A conversation this page has no sidebar entry for: the page stays, says where the draft belongs.
    const lost = await add(
      'slack',
      'slack:T0123/C0999',
      'launch-war-room',
      'https://app.slack.com/client/T0123/C0999',
      'Launch checklist owners?',
    );
    await makeDue(lost);
    expect(await caller.call({ type: 'outbox/open', id: lost.id })).toEqual({ delivered: false, outcome: 'elsewhere' });
    expect(page.url()).toMatch(/\/C0457$/);
    await poll(() => hook('outbox-elsewhere').textContent()).toMatch(
      /^A scheduled message for launch-war-room is ready: open launch-war-room and Composure puts it back\. It is still waiting in the outbox \(it has no entry in Slack's sidebar on this page\)\.$/,
    );
    expect(await status(lost.id)).toBe('due');
    expect(await page.evaluate(() => window.__quill!.getText())).toBe(`${DRAFT}\n`);
    await screenshot(page, 'outbox-elsewhere-slack-1024');
    await page.setViewportSize({ width: 1400, height: 900 });
    await screenshot(page, 'outbox-elsewhere-slack-1400');
  });

  it('Teams: Open from another chat switches there through the chat list and restores it into CKEditor unsent; no entry: named, still waiting', async () => {
    await start('https://teams.microsoft.com/v2/');
    await page.locator('composure-sidebar [data-testid="sidebar"]').waitFor({ state: 'attached', timeout: 15_000 });
    const item = await add(
      'teams',
      'teams:19:walter-skinner_me@unq.gbl.spaces',
      'Walter Skinner',
      'https://teams.microsoft.com/v2/',
    );
    await makeDue(item);
    expect(await caller.call({ type: 'outbox/open', id: item.id })).toEqual({ delivered: true, outcome: 'restored' });
    await poll(() => page.locator('[data-tid="chat-title"]').first().textContent()).toContain('Walter Skinner');
    await poll(() => page.evaluate(() => window.__editor!.getData())).toBe(`<p>${DRAFT}</p>`);
    await poll(() => status(item.id)).toBe('restored');
    expect(await page.evaluate(() => window.__sent)).toEqual([]);
    await screenshot(page, 'outbox-opened-teams-1024');

    const lost = await add(
      'teams',
      'teams:19:board-prep@thread.v2',
      'Board prep',
      'https://teams.microsoft.com/v2/',
      'Board deck numbers?',
    );
    await makeDue(lost);
    expect(await caller.call({ type: 'outbox/open', id: lost.id })).toEqual({ delivered: false, outcome: 'elsewhere' });
    await poll(() => hook('outbox-elsewhere').textContent()).toMatch(
      /^A scheduled message for Board prep is ready: open Board prep and Composure puts it back\. It is still waiting in the outbox \(it has no entry in Teams' chat list on this page\)\.$/,
    );
    expect(await status(lost.id)).toBe('due');
    expect(await page.evaluate(() => window.__editor!.getData())).toBe(`<p>${DRAFT}</p>`);
    await screenshot(page, 'outbox-elsewhere-teams-1024');
  });
});
