// Availability beyond the clock in real Firefox ESR (the twin of availability.e2e.ts): Teams' "Out of
// office" pill on a 1:1's picture is named on the recipient row and the send-time card, nothing is
// written until "Record as time off" is clicked, and then today is time off in the directory.
import { mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { demoTeam } from '../playground/seed';
import { until, useFirefox } from './harness/firefox-suite';

const DRAFT = 'Could you check the release notes by Friday 15:00 CET? The build is green now.';
const TEAMS_MAIN = '.compose-box [data-tid="ckeditor"]';
const teams = (presence: string) =>
  `https://teams.microsoft.com/v2/?chat=${encodeURIComponent('19:dana-scully_me@unq.gbl.spaces')}&presence=${encodeURIComponent(presence)}`;

/** Text of a hook inside our shadow root, or null. */
const text = (page: Page, testid: string) =>
  page.evaluate(
    (id) =>
      document.querySelector('composure-sidebar')?.shadowRoot?.querySelector(`[data-testid="${id}"]`)?.textContent ??
      null,
    testid,
  );

describe('Firefox: availability as the host shows it (built extension)', () => {
  const s = useFirefox({ caller: true });
  const dana = async () =>
    (await s.caller.call({ type: 'people/list', query: 'Dana' })).find((p) => p.name === 'Dana Scully')!;

  async function open(url: string): Promise<Page> {
    const page = await s.newPage();
    await page.setViewport({ width: 1400, height: 900 });
    await page.goto(url);
    await until(
      page,
      () =>
        window.__ready === true &&
        document.querySelector('composure-sidebar')?.shadowRoot?.querySelector('[data-testid="sidebar"]'),
      20_000,
    );
    await page.click(TEAMS_MAIN);
    await page.keyboard.type(DRAFT);
    await until(
      page,
      () => document.querySelector('composure-sidebar')?.shadowRoot?.querySelector('[data-testid="recipient"]'),
      15_000,
    );
    return page;
  }

  it('Teams 1:1 out of office: named, then recorded as time off on a click', async () => {
    await s.caller.call({ type: 'people/upsert', person: demoTeam()[0]! });
    const page = await open(teams('Out of office'));
    await until(page, () =>
      document.querySelector('composure-sidebar')?.shadowRoot?.querySelector('[data-testid="host-away"]'),
    );
    expect(await text(page, 'host-away')).toBe('Dana Scully is out of office, as Teams shows');
    expect(await text(page, 'recipient-away')).toContain('as Teams shows');
    expect((await dana()).outOfOffice).toEqual([]);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/firefox-availability-teams-ooo.png' });
    await page.click('composure-sidebar >>> [data-testid="record-away"]');
    await until(page, () =>
      document
        .querySelector('composure-sidebar')
        ?.shadowRoot?.querySelector('[data-testid="recipient"][data-state="away"]'),
    );
    expect(await text(page, 'record-away')).toBeNull();
    const today = await page.evaluate(() =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date()),
    );
    expect((await dana()).outOfOffice).toEqual([{ start: today, end: today }]);
  });

  it('Teams 1:1 "Available": nothing said, nothing offered', async () => {
    const page = await open(teams('Available'));
    expect(await text(page, 'host-away')).toBeNull();
    expect(await text(page, 'record-away')).toBeNull();
  });
});
