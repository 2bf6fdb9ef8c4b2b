// The off switch in the built extension, like a user: turned off from the sidebar's menu or the popup,
// for the host, the conversation, or paused; off means the page is what it is without Composure (its
// DOM and its event listeners, counted over CDP against a browser without the extension), and turning
// back on from the popup brings the sidebar back without a reload.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type LaunchedBrowser } from './browser';
import { routeHosts, screenshot } from './fixtures';
import { useChromium } from './harness/chromium-suite';

const SLACK = 'https://app.slack.com/client/T0123/C0456';
const SLACK_DM = 'https://app.slack.com/client/T0123/D0789';
const TEAMS = 'https://teams.microsoft.com/v2/';
const SLACK_MAIN = '.p-workspace__input [data-qa="texty_input"]';
const TEAMS_MAIN = '.compose-box [data-tid="ckeditor"]';
const DRAFT = 'Could you review the migration plan in PR #12 by Friday? It blocks the release.';
const poll = <T>(fn: () => Promise<T> | T, timeout = 10_000) => expect.poll(fn, { timeout, interval: 50 });

/** Every event listener on the page, by type: window, and the document with its whole subtree (shadow roots and frames too). */
async function listeners(page: Page): Promise<Record<string, number>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const counts: Record<string, number> = {};
    for (const expression of ['window', 'document']) {
      const { result } = await cdp.send('Runtime.evaluate', { expression });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId!, depth: -1, pierce: true });
      for (const l of listeners) counts[l.type] = (counts[l.type] ?? 0) + 1;
    }
    return counts;
  } finally {
    await cdp.detach();
  }
}

/** What Composure could have left in the page: its element, marks, styles. */
const traces = (page: Page) =>
  page.evaluate(() => ({
    sidebar: document.querySelectorAll('composure-sidebar').length,
    marks: document.querySelectorAll('[data-composure-attached]').length,
    styles: document.querySelectorAll('style[wxt-shadow-root-document-styles], #composure-focus-style').length,
  }));
const NONE = { sidebar: 0, marks: 0, styles: 0 };

/**
 * The page's markup. Playwright's screenshots hide the caret by an inline style they then clear, which
 * leaves `style=""` on the editors of a page that was screenshot: that empty attribute is ours to ignore.
 */
// The Slack fixture stamps each message with a fresh data-msg-ts on every load (as Slack does): not ours either.
const markup = (page: Page) =>
  page.evaluate(() => document.documentElement.outerHTML.replaceAll(' style=""', '').replace(/ data-msg-ts="[\d.]+"/g, ' data-msg-ts=""'));

describe('the off switch (built extension)', () => {
  const s = useChromium({ caller: true });
  let baseline: LaunchedBrowser;
  beforeAll(async () => {
    baseline = await launchChromium({ extension: null });
    await routeHosts(baseline.context);
  });
  afterAll(async () => {
    await baseline?.close();
  });

  const hook = (page: Page, testid: string) => page.locator(`composure-sidebar [data-testid="${testid}"]`);
  async function openAndType(page: Page, url: string, editor: string): Promise<void> {
    await page.goto(url);
    await page.click(editor);
    await page.keyboard.type(DRAFT, { delay: 2 });
  }
  async function openWithSidebar(url: string, editor: string): Promise<Page> {
    const page = await s.newPage();
    await openAndType(page, url, editor);
    await poll(() => hook(page, 'score').textContent()).toMatch(/^\d+$/);
    return page;
  }
  async function baselinePage(url: string, editor: string): Promise<Page> {
    const page = await baseline.context.newPage();
    await openAndType(page, url, editor);
    return page;
  }
  async function popup(): Promise<Page> {
    const page = await s.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    await page.goto(`chrome-extension://${s.ext.extensionId}/popup.html`);
    return page;
  }
  async function turnOnAll(): Promise<void> {
    for (const rule of await s.caller.call({ type: 'switch/list' })) await s.caller.call({ type: 'switch/on', id: rule.id });
  }

  it('Slack: "Turn off on Slack" from the menu leaves the page as without Composure; on again from the popup, no reload', async () => {
    const page = await openWithSidebar(SLACK, SLACK_MAIN);
    const base = await baselinePage(SLACK, SLACK_MAIN);
    const without = await listeners(base);
    const on = await listeners(page);
    // The count can tell: while on, Composure's own listeners are there.
    expect(on).not.toEqual(without);

    await hook(page, 'sidebar-menu').click();
    await screenshot(page, 'off-switch-menu-slack');
    expect(await hook(page, 'off-host').textContent()).toBe('Turn off on Slack');
    await hook(page, 'off-host').click();
    await poll(() => traces(page)).toEqual(NONE);
    expect(await listeners(page)).toEqual(without);
    expect(await markup(page)).toBe(await markup(base));
    // Typing while off: nothing comes back, nothing is marked.
    await page.click(SLACK_MAIN);
    await page.keyboard.type(' More text.', { delay: 2 });
    await page.waitForFunction(() => document.querySelector('.p-workspace__input .ql-editor')?.textContent?.includes('More text.'));
    expect(await traces(page)).toEqual(NONE);

    // A page opened while off is as without Composure from the start.
    const fresh = await s.newPage();
    await openAndType(fresh, SLACK, SLACK_MAIN);
    expect(await s.caller.call({ type: 'switch/list' })).toHaveLength(1);
    expect(await traces(fresh)).toEqual(NONE);
    expect(await listeners(fresh)).toEqual(without);

    // The popup lists it; "Turn on" brings the sidebar back in both tabs.
    const p = await popup();
    await poll(() => p.getByTestId('site').allTextContents()).toEqual(['Off on SlackTurn on']);
    await screenshot(p, 'off-switch-popup-sites');
    const clicked = Date.now();
    await p.getByTestId('site-on').click();
    await hook(page, 'sidebar').waitFor({ state: 'attached', timeout: 5_000 });
    console.info(`[e2e] off switch: sidebar back ${Date.now() - clicked} ms after "Turn on"`);
    await hook(fresh, 'sidebar').waitFor({ state: 'attached', timeout: 5_000 });
    await poll(() => p.getByTestId('site').count()).toBe(0);
    await base.close();
  });

  it('Slack: off for one conversation follows the user between conversations', async () => {
    await turnOnAll();
    const page = await openWithSidebar(SLACK, SLACK_MAIN);
    await hook(page, 'sidebar-menu').click();
    expect(await hook(page, 'off-conversation').textContent()).toBe('Turn off in general');
    await hook(page, 'off-conversation').click();
    await poll(() => traces(page)).toEqual(NONE);

    // Another conversation: Composure is there; back in #general: gone again.
    await page.click('a[href="/client/T0123/D0789"]');
    await hook(page, 'sidebar').waitFor({ state: 'attached' });
    await page.click('a[href="/client/T0123/C0456"]');
    await poll(() => traces(page)).toEqual(NONE);
    expect(await s.caller.call({ type: 'switch/list' })).toMatchObject([{ scope: 'conversation', key: 'slack:T0123/C0456', label: 'general' }]);
    await turnOnAll();
    await hook(page, 'sidebar').waitFor({ state: 'attached' });
  });

  it('a synthetic click from the host page cannot switch Composure off', async () => {
    await turnOnAll();
    const page = await openWithSidebar(SLACK_DM, SLACK_MAIN);
    await hook(page, 'sidebar-menu').click();
    // The host page reaching into the (open) shadow root and clicking: not a user's click.
    await page.evaluate(() => (document.querySelector('composure-sidebar')!.shadowRoot!.querySelector('[data-testid="off-host"]') as HTMLElement).click());
    await page.waitForTimeout(300);
    expect(await s.caller.call({ type: 'switch/list' })).toEqual([]);
    expect(await traces(page)).toMatchObject({ sidebar: 1 });
  });

  it('the menu is reachable from the folded badge: right click, or Tab to its ⋯ and Enter; only trusted choices count', async () => {
    await turnOnAll();
    const page = await openWithSidebar(SLACK, SLACK_MAIN);
    // The user folds the panel to its badge.
    await page.locator('composure-sidebar [data-testid="collapse"][aria-expanded="true"]').click();
    const pill = page.locator('composure-sidebar .composure-pill');
    await pill.waitFor({ state: 'visible' });
    expect(await hook(page, 'off-host').count()).toBe(0);

    // Right click on the badge: its context menu is Composure's menu.
    await pill.click({ button: 'right' });
    await hook(page, 'off-host').waitFor({ state: 'visible' });
    expect(await hook(page, 'sidebar-menu').getAttribute('aria-expanded')).toBe('true');
    await screenshot(page, 'off-switch-badge-menu');
    // Escape closes it and gives focus to the badge's ⋯.
    await page.keyboard.press('Escape');
    await poll(() => hook(page, 'off-host').count()).toBe(0);
    expect(await page.evaluate(() => document.querySelector('composure-sidebar')!.shadowRoot!.activeElement?.getAttribute('data-testid'))).toBe(
      'sidebar-menu',
    );

    // By keyboard: from the badge, Tab to ⋯, Enter opens the menu on its first item.
    await pill.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await hook(page, 'pause').waitFor({ state: 'visible' });
    // The host page clicking inside our shadow root is not a user's choice.
    await page.evaluate(() => (document.querySelector('composure-sidebar')!.shadowRoot!.querySelector('[data-testid="off-host"]') as HTMLElement).click());
    await page.waitForTimeout(300);
    expect(await s.caller.call({ type: 'switch/list' })).toEqual([]);
    expect(await traces(page)).toMatchObject({ sidebar: 1 });
    // The menu closed on that click; open it again and choose "Turn off in general" with the arrows and Enter.
    if ((await hook(page, 'pause').count()) === 0) {
      await hook(page, 'sidebar-menu').focus();
      await page.keyboard.press('Enter');
      await hook(page, 'pause').waitFor({ state: 'visible' });
    }
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.querySelector('composure-sidebar')!.shadowRoot!.activeElement?.textContent)).toBe(
      'Turn off in general',
    );
    await page.keyboard.press('Enter');
    await poll(() => traces(page)).toEqual(NONE);
    expect(await s.caller.call({ type: 'switch/list' })).toMatchObject([{ scope: 'conversation', key: 'slack:T0123/C0456' }]);
    await turnOnAll();
    await hook(page, 'sidebar').waitFor({ state: 'attached' });
  });

  it('pause for an hour turns it off in every host tab; the popup says until when and turns it back on', async () => {
    await turnOnAll();
    const slack = await openWithSidebar(SLACK, SLACK_MAIN);
    const teams = await openWithSidebar(TEAMS, TEAMS_MAIN);
    await hook(teams, 'sidebar-menu').click();
    await screenshot(teams, 'off-switch-menu-teams');
    await hook(teams, 'pause').click();
    await poll(() => traces(teams)).toEqual(NONE);
    await poll(() => traces(slack)).toEqual(NONE);

    const [rule] = await s.caller.call({ type: 'switch/list' });
    expect(rule).toMatchObject({ scope: 'pause' });
    expect(Math.abs(rule!.until! - Date.now() - 3_600_000)).toBeLessThan(120_000);
    const p = await popup();
    await poll(() => p.getByTestId('site').textContent()).toMatch(/^Paused until \d\d:\d\d( [A-Z][a-z]{2})?, everywhereTurn on$/);
    await screenshot(p, 'off-switch-popup-paused');
    await p.getByTestId('site-on').click();
    await hook(slack, 'sidebar').waitFor({ state: 'attached' });
    await hook(teams, 'sidebar').waitFor({ state: 'attached' });
  });
});
