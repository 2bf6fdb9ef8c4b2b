// The twin of outbox-open.e2e.ts in Firefox ESR (the Firefox build, an event-page background): on both
// hosts, Open while the tab shows another conversation switches there through the host's own entry
// (Slack's sidebar, Teams' chat list) and puts the draft back unsent; a conversation the page has no entry
// for is named, and its draft keeps waiting. Alarms fire early through the real alarms API.
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import type { OutboxItem } from '../../lib/records/types';
import { until, useFirefox } from './harness/firefox-suite';

type Ext = { browser: { alarms: { create(n: string, i: { when: number }): Promise<void> } } };
const DRAFT = 'Could you confirm the release notes for 4.2 by Thursday 15:00 UTC?';

/** Text of a hook inside our shadow root ('' when absent). */
const hook = (page: Page, testid: string) =>
  page.evaluate(
    (id) =>
      document.querySelector('composure-sidebar')?.shadowRoot?.querySelector(`[data-testid="${id}"]`)?.textContent ??
      '',
    testid,
  );

describe('Firefox: outbox Open across conversations (built extension)', () => {
  const s = useFirefox({ caller: true });

  const status = async (id: string) => (await s.caller.call({ type: 'outbox/list' })).find((i) => i.id === id)?.status;

  async function open(url: string): Promise<Page> {
    const page = await s.newPage();
    await page.setViewport({ width: 1024, height: 700 });
    await page.goto(url);
    await until(
      page,
      () => document.querySelector('composure-sidebar')?.shadowRoot?.querySelector('[data-testid="sidebar"]'),
      20_000,
    );
    return page;
  }

  function add(host: 'slack' | 'teams', key: string, title: string, url: string, text = DRAFT): Promise<OutboxItem> {
    return s.caller.call({
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
    await s.caller.page.evaluate(
      (name) => (globalThis as unknown as Ext).browser.alarms.create(name, { when: Date.now() + 100 }),
      `outbox:${item.id}`,
    );
    await expect.poll(() => status(item.id), { timeout: 10_000, interval: 100 }).toBe('due');
  }

  it('Slack: after a reload the waiting draft shows with Cancel; Open from another channel switches there through the sidebar and restores it unsent; no entry: named, still waiting', async () => {
    const page = await open('https://app.slack.com/client/T0123/C0457');
    const item = await add('slack', 'slack:T0123/C0457', 'releases', 'https://app.slack.com/client/T0123/C0457');
    // The page that scheduled it is reloaded: the draft's status and Cancel are back.
    await page.reload();
    await until(
      page,
      () =>
        /waiting in the Composure outbox/.test(
          document.querySelector('composure-sidebar')?.shadowRoot?.querySelector('[data-testid="outbox-line"]')
            ?.textContent ?? '',
        ),
      20_000,
    );
    expect(await hook(page, 'outbox-line')).toMatch(
      /A draft from this conversation is waiting in the Composure outbox for .+\(in (1 hour|2 hours|\d+ min)\)\./,
    );
    expect(
      await page.evaluate(
        () => !!document.querySelector('composure-sidebar')?.shadowRoot?.querySelector('[data-testid="outbox-cancel"]'),
      ),
    ).toBe(true);

    // The user moves to #general (Slack's own sidebar) and starts another draft there.
    await page.click('a[data-qa-channel-sidebar-channel-id="C0456"]');
    await until(
      page,
      () =>
        location.pathname.endsWith('/C0456') &&
        !document.querySelector('composure-sidebar')?.shadowRoot?.querySelector('[data-testid="outbox-cancel"]'),
    );
    await page.click('.p-workspace__input [data-qa="texty_input"]');
    await page.keyboard.type('half a thought for general');
    await makeDue(item);

    // Open (the notification's and the popup's path): the tab switches to #releases and the draft is back.
    expect(await s.caller.call({ type: 'outbox/open', id: item.id })).toEqual({ delivered: true, outcome: 'restored' });
    expect(page.url()).toMatch(/\/client\/T0123\/C0457$/);
    await until(page, (d) => window.__quill?.getText() === `${d}\n`, 10_000, DRAFT);
    await expect.poll(() => status(item.id), { timeout: 10_000, interval: 100 }).toBe('restored');
    expect(await page.evaluate(() => window.__sent)).toEqual([]);
    await until(page, () =>
      /back in the composer: review it and press Send/.test(
        document.querySelector('composure-sidebar')?.shadowRoot?.querySelector('[data-testid="schedule-status"]')
          ?.textContent ?? '',
      ),
    );

    // A conversation this page has no sidebar entry for: the page stays and says where the draft belongs.
    const lost = await add(
      'slack',
      'slack:T0123/C0999',
      'launch-war-room',
      'https://app.slack.com/client/T0123/C0999',
      'Launch checklist owners?',
    );
    await makeDue(lost);
    expect(await s.caller.call({ type: 'outbox/open', id: lost.id })).toEqual({
      delivered: false,
      outcome: 'elsewhere',
    });
    expect(page.url()).toMatch(/\/C0457$/);
    await until(
      page,
      () =>
        (document.querySelector('composure-sidebar')?.shadowRoot?.querySelector('[data-testid="outbox-elsewhere"]')
          ?.textContent ?? '') !== '',
    );
    expect(await hook(page, 'outbox-elsewhere')).toBe(
      "A scheduled message for launch-war-room is ready: open launch-war-room and Composure puts it back. It is still waiting in the outbox (it has no entry in Slack's sidebar on this page).",
    );
    expect(await status(lost.id)).toBe('due');
    expect(await page.evaluate(() => window.__quill?.getText())).toBe(`${DRAFT}\n`);
  });

  it('Teams: Open from another chat switches there through the chat list and restores it into CKEditor unsent; no entry: named, still waiting', async () => {
    const page = await open('https://teams.microsoft.com/v2/');
    const item = await add(
      'teams',
      'teams:19:walter-skinner_me@unq.gbl.spaces',
      'Walter Skinner',
      'https://teams.microsoft.com/v2/',
    );
    await makeDue(item);
    expect(await s.caller.call({ type: 'outbox/open', id: item.id })).toEqual({ delivered: true, outcome: 'restored' });
    await until(page, () => document.querySelector('[data-tid="chat-title"]')?.textContent?.includes('Walter Skinner'));
    await until(page, (d) => window.__editor?.getData() === `<p>${d}</p>`, 10_000, DRAFT);
    await expect.poll(() => status(item.id), { timeout: 10_000, interval: 100 }).toBe('restored');
    expect(await page.evaluate(() => window.__sent)).toEqual([]);

    const lost = await add(
      'teams',
      'teams:19:board-prep@thread.v2',
      'Board prep',
      'https://teams.microsoft.com/v2/',
      'Board deck numbers?',
    );
    await makeDue(lost);
    expect(await s.caller.call({ type: 'outbox/open', id: lost.id })).toEqual({
      delivered: false,
      outcome: 'elsewhere',
    });
    await until(
      page,
      () =>
        (document.querySelector('composure-sidebar')?.shadowRoot?.querySelector('[data-testid="outbox-elsewhere"]')
          ?.textContent ?? '') !== '',
    );
    expect(await hook(page, 'outbox-elsewhere')).toBe(
      "A scheduled message for Board prep is ready: open Board prep and Composure puts it back. It is still waiting in the outbox (it has no entry in Teams' chat list on this page).",
    );
    expect(await status(lost.id)).toBe('due');
    expect(await page.evaluate(() => window.__editor?.getData())).toBe(`<p>${DRAFT}</p>`);
  });
});
