// Focus mode on the host pages: open Slack and Teams tabs hide their unread counts and dots and show
// "Focus until … · next check …"; the sidebar offers an expectation line saying when you will reply;
// stopping focus brings the page back as it was.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { focusBannerText } from '../../lib/focus';
import type { FocusState } from '../../lib/protocol/responses';
import { screenshot } from './fixtures';
import { useChromium } from './harness/chromium-suite';

const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 10_000, interval: 50 });
const displayOf = (page: Page, selector: string) =>
  page.$$eval(selector, (els) => els.map((el) => getComputedStyle(el).display));

describe('focus mode on the host pages (built extension)', () => {
  const s = useChromium({ caller: true });
  let page: Page;
  afterEach(async () => {
    await s.caller.call({ type: 'focus/stop' });
  });

  const hook = (testid: string) => page.locator(`composure-sidebar [data-testid="${testid}"]`);
  async function open(url: string): Promise<void> {
    page = await s.newPage();
    await page.goto(url);
    await hook('sidebar').waitFor();
  }
  /** The banner lib/focus writes for this state, on the user's own clock. */
  async function expectedBanner(state: FocusState): Promise<string> {
    const settings = await s.caller.call({ type: 'settings/get' });
    return focusBannerText(state, settings.focus.batchWindows, Date.now(), settings.me.timeZone)!;
  }

  it('Slack: starting focus hides unread badges and shows the banner; the expectation says when you reply; stopping restores', async () => {
    await open('https://app.slack.com/client/T0123/C0456');
    expect(await displayOf(page, '.p-channel_sidebar__badge')).toEqual(['block', 'block']);
    const state = await s.caller.call({ type: 'focus/start', minutes: 50 });
    await poll(() => displayOf(page, '.p-channel_sidebar__badge')).toEqual(['none', 'none']);
    expect(await page.$eval('.p-channel_sidebar__channel--unread', (el) => getComputedStyle(el).fontWeight)).toBe('400');
    await poll(() => hook('focus-banner').textContent()).toBe(await expectedBanner(state));
    await screenshot(page, 'focus-slack');

    await page.click('.p-workspace__input [data-qa="texty_input"]');
    await page.keyboard.type('Can you check the build logs for PR #12 by Friday?', { delay: 2 });
    await poll(() => hook('focus').textContent()).toMatch(/^Focus until \d\d:\d\d/);
    expect(await hook('insert-expectation').count()).toBe(1);
    await poll(() => page.locator('composure-sidebar .composure-urgency').textContent()).toContain("I'm in focus time until");
    await screenshot(page, 'focus-slack-sidebar');

    await s.caller.call({ type: 'focus/stop' });
    await poll(() => displayOf(page, '.p-channel_sidebar__badge')).toEqual(['block', 'block']);
    expect(await page.$eval('.p-channel_sidebar__channel--unread', (el) => getComputedStyle(el).fontWeight)).toBe('900');
    await poll(() => hook('focus').count()).toBe(0);
  });

  it('Teams: a session already running when the tab opens applies at once', async () => {
    const state = await s.caller.call({ type: 'focus/start', minutes: 25 });
    await open('https://teams.microsoft.com/v2/');
    await poll(() => displayOf(page, '.fui-Badge')).toEqual(['none', 'none', 'none']);
    await poll(() => hook('focus-banner').textContent()).toBe(await expectedBanner(state));
    await screenshot(page, 'focus-teams');
    await s.caller.call({ type: 'focus/stop' });
    await poll(() => displayOf(page, '.fui-Badge')).toEqual(['grid', 'grid', 'grid']);
    await poll(() => hook('focus-banner').count()).toBe(0);
  });
});
