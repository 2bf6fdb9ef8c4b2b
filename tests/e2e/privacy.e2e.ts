// Privacy proof: a full session in the built extension — typing in Slack and Teams, inserting a
// suggestion, scheduling through the host and through the outbox (alarm, notification, restore),
// importing a CSV and starting/stopping focus in the popup — while every request of every context
// (host pages with their content scripts, the popup, the background service worker) is recorded.
// Nothing may go anywhere but the local fixtures and the extension's own files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionDir, launchWithExtension, type LaunchedExtension } from './browser';
import { routeHosts, screenshot, watchPage, type HostRoutes, type PageWatch } from './fixtures';
import { openBackgroundCaller, seedPeople, type BackgroundCaller } from '../playground/seed';
import { danaOffNow } from './harness/people';

const SLACK_DM = 'https://app.slack.com/client/T0123/D0789';
const TEAMS_NO_SCHEDULE = 'https://teams.microsoft.com/v2/?schedule=off';
const DRAFT = 'Could you review the rollout plan (https://docs.acme.io/rollout) and confirm the canary share by Friday?';
const CSV = ['name,handle,email,timeZone,hours,outOfOffice', 'Kim Lee,@kim.lee,kim@example.com,America/New_York,mon-fri 09:00-17:00,'].join('\n');
const TEAMS_HOSTS = new Set(['teams.microsoft.com', 'teams.cloud.microsoft', 'teams.live.com']);
const poll = <T>(fn: () => Promise<T> | T, timeout = 10_000) => expect.poll(fn, { timeout, interval: 50 });
type SwChrome = { chrome: { alarms: { create(name: string, info: { when: number }): Promise<void> } } };

/** Files the built manifest exposes to pages with use_dynamic_url (fetched at chrome-extension://<session uuid>/…). */
function dynamicResources(): Set<string> {
  const manifest = JSON.parse(readFileSync(join(extensionDir(), 'manifest.json'), 'utf8')) as {
    web_accessible_resources?: Array<{ resources: string[]; use_dynamic_url?: boolean }>;
  };
  return new Set((manifest.web_accessible_resources ?? []).filter((w) => w.use_dynamic_url).flatMap((w) => w.resources.map((r) => `/${r}`)));
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** What the fixture router serves: the hosts' app pages and /__fixtures/ files, and our own files. Anything else is a leak. */
function isLocal(url: string, extensionId: string, dynamic: Set<string>): boolean {
  const u = new URL(url);
  if (u.protocol === 'chrome-extension:') return u.host === extensionId || (UUID.test(u.host) && dynamic.has(u.pathname));
  if (u.protocol === 'data:' || u.protocol === 'blob:') return true; // inline, not a network request
  if (u.protocol !== 'https:') return false;
  if (u.pathname.startsWith('/__fixtures/')) return u.hostname === 'app.slack.com' || TEAMS_HOSTS.has(u.hostname);
  if (u.hostname === 'app.slack.com') return u.pathname.startsWith('/client/');
  return TEAMS_HOSTS.has(u.hostname) && !u.pathname.includes('.');
}

interface Seen {
  context: string;
  url: string;
}

describe('privacy (built extension)', () => {
  let ext: LaunchedExtension;
  let routes: HostRoutes;
  let caller: BackgroundCaller;
  const seen: Seen[] = [];
  const failed: string[] = [];
  const labels = new Map<Page, string>();
  const watches: PageWatch[] = [];

  const contextOf = (r: Request): string => {
    if (r.serviceWorker()) return 'background service worker';
    try {
      const label = labels.get(r.frame().page());
      if (label) return label;
      // The caller's popup tab loaded before it could be labelled.
      return r.frame().url().startsWith(`chrome-extension://${ext.extensionId}/popup.html`) ? 'popup' : `other page (${r.frame().url()})`;
    } catch {
      return 'unknown';
    }
  };

  beforeAll(async () => {
    ext = await launchWithExtension();
    routes = await routeHosts(ext.context);
    ext.context.on('request', (r) => seen.push({ context: contextOf(r), url: r.url() }));
    ext.context.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    ext.context.on('requestfailed', (r) => failed.push(`${r.failure()?.errorText} ${r.url()}`));
    caller = await openBackgroundCaller(ext.context, ext.extensionId);
    labels.set(caller.page, 'popup');
  });
  afterAll(async () => {
    await ext?.close();
  });

  async function open(url: string, label: string): Promise<Page> {
    const page = await ext.context.newPage();
    labels.set(page, label);
    page.setDefaultTimeout(10_000);
    watches.push(watchPage(page));
    await page.goto(url);
    await page.locator('composure-sidebar [data-testid="sidebar"]').waitFor({ timeout: 15_000 });
    return page;
  }

  /** Types the draft, inserts the first missing part, and waits for a suggested send time. */
  async function writeAndInsert(page: Page, editable: string): Promise<void> {
    await page.click(editable);
    await page.keyboard.type(DRAFT, { delay: 2 });
    const insert = page.locator('composure-sidebar [data-testid^="insert-"]:not([data-testid="insert-expectation"])').first();
    await insert.waitFor();
    const before = (await page.locator('composure-sidebar [data-testid^="insert-"]').count());
    await insert.click();
    // Inserted: either the part is now present, or its line holds a blank and the sidebar names it (placeholders are not content).
    await poll(async () =>
      (await page.locator('composure-sidebar [data-testid^="insert-"]').count()) < before ||
      (await page.locator('composure-sidebar [data-testid="placeholder-warning"]').count()) === 1,
    ).toBe(true);
    await poll(() => page.locator('composure-sidebar [data-testid="send-time"]').getAttribute('data-at')).toMatch(/^\d+$/);
  }

  it('a whole session makes no request beyond the local fixtures and the extension itself', async () => {
    await seedPeople(caller, [danaOffNow()]);

    // Slack: type, insert, schedule through Slack's own dialog.
    const slack = await open(SLACK_DM, 'Slack page + content script');
    await writeAndInsert(slack, '.p-workspace__input [data-qa="texty_input"]');
    await slack.locator('composure-sidebar [data-testid="schedule"]').click();
    await poll(() => slack.locator('composure-sidebar [data-testid="schedule-status"]').getAttribute('data-state')).toBe('host');
    expect(await slack.evaluate(() => window.__scheduled.length)).toBe(1);

    // Teams without scheduled send: the outbox, its alarm, the notification and the restore.
    const teams = await open(TEAMS_NO_SCHEDULE, 'Teams page + content script');
    await writeAndInsert(teams, '.compose-box [data-tid="ckeditor"]');
    await teams.locator('composure-sidebar [data-testid="schedule"]').click();
    await poll(() => teams.locator('composure-sidebar [data-testid="schedule-status"]').getAttribute('data-state')).toBe('outbox');
    const [item] = await caller.call({ type: 'outbox/list' });
    await ext.serviceWorker.evaluate((name) => (globalThis as unknown as SwChrome).chrome.alarms.create(name, { when: Date.now() + 200 }), `outbox:${item!.id}`);
    await poll(async () => (await caller.call({ type: 'outbox/list' }))[0]?.status).toBe('due');
    expect(await caller.call({ type: 'outbox/open', id: item!.id })).toEqual({ delivered: true, outcome: 'restored' });
    await poll(() => teams.evaluate(() => window.__editor!.getData())).toContain('rollout plan');
    expect(await teams.evaluate(() => window.__sent.length)).toBe(0);

    // The popup: import a CSV, start and stop focus (badge and host pages follow), then Privacy.
    const popup = await ext.context.newPage();
    labels.set(popup, 'popup');
    watches.push(watchPage(popup));
    await popup.setViewportSize({ width: 380, height: 560 });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await popup.getByRole('tab', { name: 'Team', exact: true }).click();
    await popup.getByRole('button', { name: 'Import…' }).click();
    await popup.getByLabel('Choose a file').setInputFiles({ name: 'team.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await popup.getByRole('button', { name: 'Import', exact: true }).click();
    expect(await popup.getByTestId('import-report').textContent()).toContain('1 added');
    await popup.getByRole('tab', { name: 'Focus', exact: true }).click();
    await popup.getByTestId('focus-start').click();
    await slack.locator('composure-sidebar [data-testid="focus-banner"]').waitFor({ state: 'attached' });
    await popup.getByTestId('focus-stop').click();
    await popup.getByTestId('focus-start').waitFor();
    await popup.getByRole('tab', { name: 'Privacy', exact: true }).click();
    expect(await popup.getByTestId('privacy-requests').textContent()).toBe('Network requests made by Composure: 0');
    await screenshot(popup, 'privacy-popup');
    // The worker's own Resource Timing covers its whole life, including before this test listened.
    expect(await caller.call({ type: 'privacy/requests' })).toEqual({ background: 0, urls: [] });

    const byContext = new Map<string, number>([['background service worker', 0]]);
    for (const s of seen) byContext.set(s.context, (byContext.get(s.context) ?? 0) + 1);
    console.info(`[e2e] privacy: requests seen per context: ${[...byContext].map(([c, n]) => `${c} ${n}`).join(', ')}`);
    const dynamic = dynamicResources();
    const leaks = seen.filter((s) => !isLocal(s.url, ext.extensionId, dynamic));
    expect(leaks).toEqual([]);
    expect(routes.aborted).toEqual([]);
    expect(failed).toEqual([]);
    // The scenario was watched where it ran: host pages and the popup made requests we saw.
    expect(byContext.get('Slack page + content script')).toBeGreaterThan(0);
    expect(byContext.get('Teams page + content script')).toBeGreaterThan(0);
    expect(byContext.get('popup')).toBeGreaterThan(0);
    expect(watches.flatMap((w) => [...w.pageErrors, ...w.consoleErrors])).toEqual([]);
  }, 120_000);

  it('the recorder is not blind: requests from the worker are seen, a foreign one is aborted, and privacy/requests counts them', async () => {
    const before = seen.length;
    const results = await ext.serviceWorker.evaluate(async () => {
      const get = (url: string) => fetch(url).then(async (r) => `${r.status} ${(await r.text()).length > 0}`, (e: Error) => e.name);
      return [await get('https://app.slack.com/__fixtures/slack.css'), await get('https://tracker.example/p.gif')];
    });
    expect(results).toEqual(['200 true', 'TypeError']);
    expect(seen.slice(before)).toEqual([
      { context: 'background service worker', url: 'https://app.slack.com/__fixtures/slack.css' },
      { context: 'background service worker', url: 'https://tracker.example/p.gif' },
    ]);
    expect(routes.aborted).toEqual(['https://tracker.example/p.gif']);
    // The in-product count (the worker's own Resource Timing) sees both, the refused one included.
    await poll(async () => (await caller.call({ type: 'privacy/requests' })).background).toBe(2);
    const counted = await caller.call({ type: 'privacy/requests' });
    expect([...counted.urls].sort()).toEqual(['https://app.slack.com/__fixtures/slack.css', 'https://tracker.example/p.gif']);
    console.info(`[e2e] privacy probe: worker requests counted by privacy/requests: ${counted.background} (${counted.urls.join(', ')})`);
  });
});
