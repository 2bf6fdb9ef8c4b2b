// Host breakage in the built extension: a page without a composer, renamed hooks, a composer
// re-rendered 100 times in one second, and a compose box inside an iframe. Nothing may throw into
// the page, observers must not run away (the main thread goes quiet once the host does), there is
// never more than one sidebar, it ends up on the live composer, and the popup says what failed.
import type { Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LaunchedExtension } from './browser';
import { routeHosts, screenshot, watchPage, type HostRoutes, type PageWatch } from './fixtures';
import { openBackgroundCaller, type BackgroundCaller } from '../playground/seed';

declare global {
  interface Window {
    /** slack-storm.js: re-renders the conversation `count` times over `ms`. */
    __storm(count?: number, ms?: number): Promise<{ rounds: number; ms: number }>;
    __stormRounds: number;
  }
}

const SLACK_DM = 'https://app.slack.com/client/T0123/D0789';
const TEAMS_URL = 'https://teams.microsoft.com/v2/';
const SLACK_MAIN = '.p-workspace__input [data-qa="texty_input"]';
const ATTACHED = '[data-composure-attached="true"]';
/** The quiet window measured after the storm, and the share of it the main thread may be busy. */
const IDLE_WINDOW_MS = 2000;
const MAX_BUSY_SHARE = 0.1;
const poll = <T>(fn: () => Promise<T> | T, timeout = 10_000) => expect.poll(fn, { timeout, interval: 50 });

/** Main-thread task time of the page's renderer so far, in ms (CDP Performance.getMetrics). */
async function taskClock(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  };
}

const hostsIn = (where: Page | Frame) => where.locator('composure-sidebar').count();

describe('host breakage (built extension)', () => {
  let ext: LaunchedExtension;
  let routes: HostRoutes;
  let caller: BackgroundCaller;
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    ext = await launchWithExtension();
    routes = await routeHosts(ext.context);
    caller = await openBackgroundCaller(ext.context, ext.extensionId);
  });
  afterAll(async () => {
    await ext?.close();
  });
  afterEach(async () => {
    routes.pages = { slack: 'slack.html', teams: 'teams.html' };
    const errors = watch ? [...watch.pageErrors, ...watch.consoleErrors] : [];
    await page?.close();
    expect(errors).toEqual([]);
    expect(routes.aborted).toEqual([]);
  });

  async function open(url: string): Promise<void> {
    page = await ext.context.newPage();
    page.setDefaultTimeout(10_000);
    watch = watchPage(page);
    await page.goto(url);
  }
  const sidebar = (where: Page | Frame) => where.locator('composure-sidebar [data-testid="sidebar"]');

  it('missing composer: no sidebar, no errors, and the popup names the selector that failed', async () => {
    routes.pages.slack = 'slack-missing.html';
    await open(SLACK_DM);
    await poll(async () => (await caller.call({ type: 'diagnostics/get' })).map((d) => `${d.host}:${d.feature}`)).toContain('slack:composerEditable');
    expect(await sidebar(page).count()).toBe(0);
    expect(await hostsIn(page)).toBeLessThanOrEqual(1);

    const popup = await ext.context.newPage();
    const popupWatch = watchPage(popup);
    await popup.setViewportSize({ width: 380, height: 560 });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await popup.getByRole('tab', { name: 'Privacy', exact: true }).click();
    const lines = popup.getByTestId('diagnostic');
    await lines.first().waitFor();
    expect(await lines.allTextContents()).toContainEqual(
      expect.stringMatching(/^Slack: selector composerEditable failed \(\d{4}-\d{2}-\d{2} \d{2}:\d{2}\)/),
    );
    await popup.getByTestId('diagnostics').scrollIntoViewIfNeeded();
    await screenshot(popup, 'breakage-popup-diagnostics');
    await popup.close();
    expect([...popupWatch.pageErrors, ...popupWatch.consoleErrors]).toEqual([]);
  });

  it('renamed hooks: still attaches and analyses; the lost hooks are diagnosed', async () => {
    routes.pages.slack = 'slack-renamed.html';
    await open(SLACK_DM);
    await sidebar(page).waitFor({ state: 'visible', timeout: 15_000 });
    await page.click('.p-workspace__input .ql-editor');
    await page.keyboard.type('Could you review PR #12 by Friday?', { delay: 2 });
    await poll(() => page.locator('composure-sidebar [data-testid="check-ask"]').getAttribute('data-present')).toBe('true');
    expect(await hostsIn(page)).toBe(1);
    await poll(async () => (await caller.call({ type: 'diagnostics/get' })).map((d) => `${d.host}:${d.feature}`)).toContain('slack:sendButton');
  });

  it('a composer re-rendered 100 times in 1 s: one sidebar, on the last composer, and the main thread goes quiet', async () => {
    routes.pages.slack = 'slack-storm.html';
    await open(SLACK_DM);
    await sidebar(page).waitFor({ state: 'visible', timeout: 15_000 });
    const first = await page.locator(SLACK_MAIN).elementHandle();
    const busy = await taskClock(page);

    const storm = await page.evaluate(() => window.__storm(100, 1000));
    // The host ran all its re-renders (how long they took is the machine's business: speed is the
    // bench's, and a 2-core CI under load took 2.2 s for the same 100 rounds).
    expect(storm.rounds).toBe(100);
    const before = await busy();
    await page.waitForTimeout(IDLE_WINDOW_MS);
    const idleBusy = (await busy()) - before;
    console.info(`[e2e] storm: ${storm.rounds} re-renders in ${storm.ms.toFixed(0)} ms; main thread busy ${idleBusy.toFixed(1)} ms of the next ${IDLE_WINDOW_MS} ms`);
    expect(idleBusy).toBeLessThan(IDLE_WINDOW_MS * MAX_BUSY_SHARE);

    // One host; the mark is on the composer that survived, not on any of the 100 replaced ones.
    expect(await hostsIn(page)).toBe(1);
    expect(await first!.evaluate((el) => el.isConnected)).toBe(false);
    expect(await page.locator(ATTACHED).count()).toBe(1);
    expect(await page.locator(`${SLACK_MAIN}${ATTACHED}`).count()).toBe(1);
    await sidebar(page).waitFor({ state: 'visible' });
    // And it follows that composer's draft.
    await page.click(SLACK_MAIN);
    await page.keyboard.type('Could you review PR #12 by Friday?', { delay: 2 });
    await poll(() => page.locator('composure-sidebar [data-testid="check-ask"]').getAttribute('data-present')).toBe('true');
    expect(await page.evaluate(() => window.__sent.length)).toBe(0);
  });

  it('compose box inside an iframe: the sidebar lives in the frame, one host per document, no errors', async () => {
    routes.pages.teams = 'teams-iframe.html';
    await open(TEAMS_URL);
    const handle = await page.waitForSelector('iframe.compose-frame', { state: 'attached' });
    const frame = (await handle.contentFrame())!;
    await sidebar(frame).waitFor({ state: 'visible', timeout: 15_000 });
    await frame.click('[data-tid="ckeditor"]');
    await page.keyboard.type('Could you review PR #12 by Friday?', { delay: 2 });
    // The frame leaves no room beside the box: the sidebar stays a pill, which shows the draft's score.
    await poll(() => frame.locator('composure-sidebar [data-testid="collapse"]').getAttribute('aria-label')).toMatch(/score \d+/);
    expect(await hostsIn(frame)).toBe(1);
    expect(await hostsIn(page)).toBeLessThanOrEqual(1);
    expect(await sidebar(page).count()).toBe(0);
    await screenshot(page, 'breakage-iframe');
  });
});
