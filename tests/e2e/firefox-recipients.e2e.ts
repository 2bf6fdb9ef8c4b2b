// Recipients on every fixture layout in real Firefox ESR (the twin of recipients.e2e.ts): one
// [data-testid="recipient"] per person, named as the host shows them, no badge text, yourself never
// among them. Teams internal and external 1:1, unnamed group, named group (roster read on the user's
// click, closed again, focus back in the compose box); Slack channel, DM, group DM, thread, and the
// cold start whose URL names another conversation than the open pane.
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoTeam } from '../playground/seed';
import { until, useFirefox } from './harness/firefox-suite';

const DRAFT = 'Could you check the release notes by Friday 15:00 CET? The build is green now.';
const TEAMS_MAIN = '.compose-box [data-tid="ckeditor"]';
const SLACK_MAIN = '.p-workspace__input [data-qa="texty_input"]';
const SLACK_THREAD = '.p-threads_footer__input [data-qa="texty_input"]';
const teams = (chat: string) => `https://teams.microsoft.com/v2/?chat=${encodeURIComponent(chat)}`;

/** The recipient rows' names and whole texts, read inside our shadow root. */
function rows(page: Page) {
  return page.evaluate(() =>
    [
      ...(document.querySelector('composure-sidebar')?.shadowRoot?.querySelectorAll('[data-testid="recipient"]') ?? []),
    ].map((r) => ({
      name: r.querySelector('.composure-recipient-name')?.textContent ?? '',
      text: r.textContent ?? '',
    })),
  );
}

/** Waits until the sidebar lists exactly `names`, in order (BiDi misses shadow-root changes: poll). */
async function expectNames(page: Page, names: string[]): Promise<void> {
  try {
    await until(
      page,
      (want) => {
        const got = [
          ...(document
            .querySelector('composure-sidebar')
            ?.shadowRoot?.querySelectorAll('[data-testid="recipient"] .composure-recipient-name') ?? []),
        ].map((n) => n.textContent);
        return JSON.stringify(got) === JSON.stringify(want);
      },
      15_000,
      names,
    );
  } catch {
    // Say what was there instead of only "timeout".
    expect((await rows(page)).map((r) => r.name)).toEqual(names);
  }
}

const inShadow = (page: Page, testid: string) =>
  page.evaluate(
    (id) => !!document.querySelector('composure-sidebar')?.shadowRoot?.querySelector(`[data-testid="${id}"]`),
    testid,
  );

describe('Firefox: recipients on every layout (built extension)', () => {
  const s = useFirefox({ caller: true });
  beforeAll(async () => {
    for (const person of demoTeam()) await s.caller.call({ type: 'people/upsert', person });
  });

  async function draftIn(
    url: string,
    editable: string,
    ready: string,
    size = { width: 1024, height: 700 },
  ): Promise<Page> {
    const page = await s.newPage();
    await page.setViewport(size);
    await page.goto(url);
    await page.waitForFunction(ready, { timeout: 15_000, polling: 50 });
    await until(page, () => document.querySelector('[data-composure-attached="true"]'), 20_000);
    await page.click(editable);
    await page.keyboard.type(DRAFT);
    await until(
      page,
      () => document.querySelector('composure-sidebar')?.shadowRoot?.querySelector('[data-testid="send-time-section"]'),
      20_000,
    );
    return page;
  }
  const teamsReady = 'window.__ready === true';
  const slackReady = 'window.__renders > 0';

  it('Teams internal 1:1: the partner, by name', async () => {
    const page = await draftIn(teams('19:dana-scully_me@unq.gbl.spaces'), TEAMS_MAIN, teamsReady);
    await expectNames(page, ['Dana Scully']);
  });

  it('Teams external 1:1: the name without the "External" badge running into it', async () => {
    const page = await draftIn(teams('19:lena-park_ext@unq.gbl.spaces'), TEAMS_MAIN, teamsReady);
    await expectNames(page, ['Lena Park']);
    const [row] = await rows(page);
    expect(row!.text.startsWith('Lena Park')).toBe(true);
    expect(row!.text).not.toMatch(/External/);
  });

  it('Teams unnamed group: every member named in the header', async () => {
    const page = await draftIn(teams('19:trio@thread.v2'), TEAMS_MAIN, teamsReady);
    await expectNames(page, ['Dana Scully', 'John Doggett', 'Lena Park']);
  });

  it('Teams named group: "Read members" opens the roster, reads it without you, closes it and gives focus back', async () => {
    const page = await draftIn(teams('19:release-crew@thread.v2'), TEAMS_MAIN, teamsReady);
    await until(page, () =>
      document.querySelector('composure-sidebar')?.shadowRoot?.querySelector('[data-testid="read-members"]'),
    );
    expect(await rows(page)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __rosterOpened: number }).__rosterOpened)).toBe(0);
    await page.click('composure-sidebar >>> [data-testid="read-members"]');
    await expectNames(page, ['Dana Scully', 'John Doggett', 'Walter Skinner']);
    expect(await page.evaluate(() => (window as unknown as { __rosterOpened: number }).__rosterOpened)).toBe(1);
    // Closed again, and focus back in the compose box, before the test types on.
    await until(
      page,
      (sel) =>
        !document.querySelector('#portal [role="dialog"]') &&
        document.querySelector(sel)!.contains(document.activeElement),
      10_000,
      TEAMS_MAIN,
    );
    expect(await page.$eval('[data-tid="chat-header-participant-count"]', (b) => b.getAttribute('aria-expanded'))).toBe(
      'false',
    );
    expect(await inShadow(page, 'read-members')).toBe(false);
    expect(await page.evaluate(() => (window as unknown as { __removed?: string }).__removed)).toBeUndefined();
    await page.keyboard.type(' Thanks!');
    await until(page, () => window.__editor!.getData().includes('Thanks!'));
  });

  it('Slack channel: nobody but the @-mentioned', async () => {
    const page = await draftIn('https://app.slack.com/client/T0123/C0457', SLACK_MAIN, slackReady);
    expect(await rows(page)).toEqual([]);
    await page.keyboard.type(' @walter');
    await expectNames(page, ['Walter Skinner']);
  });

  it('Slack DM: the partner the header names', async () => {
    const page = await draftIn('https://app.slack.com/client/T0123/D0789', SLACK_MAIN, slackReady);
    await expectNames(page, ['Dana Scully']);
  });

  it('Slack group DM: the people the header names', async () => {
    const page = await draftIn('https://app.slack.com/client/T0123/G0999', SLACK_MAIN, slackReady);
    await expectNames(page, ['Dana Scully', 'Walter Skinner']);
  });

  it('Slack thread: the people who wrote in the thread, once each, not you', async () => {
    // The thread pane is narrow: a large window opens the sidebar there (as in Chromium).
    const page = await draftIn('https://app.slack.com/client/T0123/C0456', SLACK_THREAD, slackReady, {
      width: 1600,
      height: 1000,
    });
    await expectNames(page, ['Walter Skinner', 'Monica Reyes']);
  });

  it('Slack cold start: the URL names #releases, the open pane is the DM with Dana', async () => {
    const page = await draftIn('https://app.slack.com/client/T0123/C0457?render=D0789', SLACK_MAIN, slackReady);
    await expectNames(page, ['Dana Scully']);
  });
});
