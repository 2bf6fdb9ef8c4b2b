// Recipients on every fixture layout, in the built extension, as a user sees them: one
// [data-testid="recipient"] per person (lib/analysis/README.md, UI test hooks), named as the host shows them, no badge text,
// yourself never among them. Teams: internal 1:1, external 1:1, unnamed group, named group (its
// roster read on the user's click, closed again, focus back in the compose box). Slack: channel,
// DM, group DM, thread, and the cold start whose URL names another conversation.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './fixtures';
import { useChromium } from './harness/chromium-suite';

const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 10_000, interval: 50 });
const DRAFT = 'Could you check the release notes by Friday 15:00 CET? The build is green now.';
const TEAMS_MAIN = '.compose-box [data-tid="ckeditor"]';
const SLACK_MAIN = '.p-workspace__input [data-qa="texty_input"]';
const SLACK_THREAD = '.p-threads_footer__input [data-qa="texty_input"]';
const teams = (chat: string) => `https://teams.microsoft.com/v2/?chat=${encodeURIComponent(chat)}`;

describe('recipients on every layout (built extension)', () => {
  const s = useChromium({ seed: true });
  let page: Page;
  const hook = (testid: string) => page.locator(`composure-sidebar [data-testid="${testid}"]`);
  const names = () =>
    hook('recipient').evaluateAll((rows) =>
      rows.map((r) => r.querySelector('.composure-recipient-name')?.textContent ?? ''),
    );
  const texts = () => hook('recipient').allTextContents();

  async function draftIn(
    url: string,
    editable: string,
    ready: string,
    draft = DRAFT,
    size = { width: 1024, height: 700 },
  ) {
    page = await s.newPage();
    await page.setViewportSize(size);
    await page.goto(url);
    await page.waitForFunction(ready, undefined, { timeout: 15_000 });
    await page.click(editable);
    await page.keyboard.type(draft, { delay: 1 });
    await hook('send-time-section').waitFor({ timeout: 15_000 });
  }
  const teamsReady = 'window.__ready === true';
  const slackReady = 'window.__renders > 0';

  it('Teams internal 1:1: the partner, by name', async () => {
    await draftIn(teams('19:dana-scully_me@unq.gbl.spaces'), TEAMS_MAIN, teamsReady);
    await poll(names).toEqual(['Dana Scully']);
  });

  it('Teams external 1:1: the name without the "External" badge running into it', async () => {
    await draftIn(teams('19:lena-park_ext@unq.gbl.spaces'), TEAMS_MAIN, teamsReady);
    await poll(names).toEqual(['Lena Park']);
    const [row] = await texts();
    expect(row!.startsWith('Lena Park')).toBe(true);
    expect(row).not.toMatch(/External/);
  });

  it('Teams unnamed group: every member named in the header', async () => {
    await draftIn(teams('19:trio@thread.v2'), TEAMS_MAIN, teamsReady);
    await poll(names).toEqual(['Dana Scully', 'John Doggett', 'Lena Park']);
  });

  it('Teams named group: "Read members" opens the roster, reads it without you, closes it and gives focus back', async () => {
    await draftIn(teams('19:release-crew@thread.v2'), TEAMS_MAIN, teamsReady);
    await hook('read-members').waitFor();
    expect(await hook('recipient').count()).toBe(0);
    // Nothing of the host was opened unasked.
    expect(await page.evaluate(() => (window as unknown as { __rosterOpened: number }).__rosterOpened)).toBe(0);
    await screenshot(page, 'recipients-teams-named-before');
    await hook('read-members').click();
    // In the roster's order (the host sorts it).
    await poll(names).toEqual(['Dana Scully', 'John Doggett', 'Walter Skinner']);
    expect(await page.evaluate(() => (window as unknown as { __rosterOpened: number }).__rosterOpened)).toBe(1);
    expect(await page.locator('#portal [role="dialog"]').count()).toBe(0);
    expect(await page.locator('[data-tid="chat-header-participant-count"]').getAttribute('aria-expanded')).toBe(
      'false',
    );
    expect(
      await page.evaluate((sel) => document.querySelector(sel)!.contains(document.activeElement), TEAMS_MAIN),
    ).toBe(true);
    expect(await hook('read-members').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __removed?: string }).__removed)).toBeUndefined();
    await screenshot(page, 'recipients-teams-named-after');
    // Typing on goes to the compose box, as before the read.
    await page.keyboard.type(' Thanks!');
    await poll(() => page.evaluate(() => window.__editor!.getData())).toContain('Thanks!');
  });

  it('Slack channel: nobody but the @-mentioned', async () => {
    await draftIn('https://app.slack.com/client/T0123/C0457', SLACK_MAIN, slackReady);
    await poll(() => hook('send-time-section').textContent()).toBeTruthy();
    expect(await hook('recipient').count()).toBe(0);
    await page.keyboard.type(' @walter');
    await poll(names).toEqual(['Walter Skinner']);
  });

  it('Slack DM and group DM: the people the header names', async () => {
    await draftIn('https://app.slack.com/client/T0123/D0789', SLACK_MAIN, slackReady);
    await poll(names).toEqual(['Dana Scully']);
    await page.close();
    await draftIn('https://app.slack.com/client/T0123/G0999', SLACK_MAIN, slackReady);
    await poll(names).toEqual(['Dana Scully', 'Walter Skinner']);
  });

  it('Slack thread: the people who wrote in the thread, once each, not you', async () => {
    // The thread pane is narrow: at 1024 px the sidebar stays a badge there; a large window opens it.
    await draftIn('https://app.slack.com/client/T0123/C0456', SLACK_THREAD, slackReady, DRAFT, {
      width: 1600,
      height: 1000,
    });
    await poll(names).toEqual(['Walter Skinner', 'Monica Reyes']);
  });

  it('Slack cold start: the URL names #releases, the open pane is the DM with Dana', async () => {
    await draftIn('https://app.slack.com/client/T0123/C0457?render=D0789', SLACK_MAIN, slackReady);
    await poll(names).toEqual(['Dana Scully']);
  });
});
