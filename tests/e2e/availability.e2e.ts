// Availability beyond the clock, in the built extension: where Teams shows a person "Out of office"
// on their picture (the 1:1 header's pill, a group entry's pill named in its aria-labelledby), the
// recipient row and the send-time card say so in Teams' words; nothing is written until the user
// clicks "Record as time off", which adds today to that person's directory entry, and the card then
// times the message around it. Without the pill nothing is said. Chromium here; Firefox in
// firefox-availability.e2e.ts.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './fixtures';
import { useChromium } from './harness/chromium-suite';

const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 10_000, interval: 50 });
const DRAFT = 'Could you check the release notes by Friday 15:00 CET? The build is green now.';
const TEAMS_MAIN = '.compose-box [data-tid="ckeditor"]';
const DANA_DM = '19:dana-scully_me@unq.gbl.spaces';
const TRIO = '19:trio@thread.v2';
const teams = (chat: string, presence?: string) =>
  `https://teams.microsoft.com/v2/?chat=${encodeURIComponent(chat)}${presence ? `&presence=${encodeURIComponent(presence)}` : ''}`;

describe('availability as the host shows it (built extension, Chromium)', () => {
  const s = useChromium({ seed: true });
  let page: Page;
  const hook = (testid: string) => page.locator(`composure-sidebar [data-testid="${testid}"]`);
  const dana = async () =>
    (await s.caller.call({ type: 'people/list', query: 'Dana' })).find((p) => p.name === 'Dana Scully')!;

  async function draftIn(url: string, size = { width: 1400, height: 900 }) {
    page = await s.newPage();
    await page.setViewportSize(size);
    await page.goto(url);
    await page.waitForFunction('window.__ready === true', undefined, { timeout: 15_000 });
    await page.click(TEAMS_MAIN);
    await page.keyboard.type(DRAFT, { delay: 1 });
    await hook('send-time-section').waitFor({ timeout: 15_000 });
  }

  it('a 1:1 whose partner Teams shows out of office: named on the row and the card, recorded only on a click', async () => {
    const before = await dana();
    await draftIn(teams(DANA_DM, 'Out of office'));
    await poll(() => hook('host-away').textContent()).toBe('Dana Scully is out of office, as Teams shows');
    const row = page.locator('composure-sidebar [data-testid="recipient"]').filter({ hasText: 'Dana Scully' });
    expect(await row.locator('[data-testid="recipient-away"]').textContent()).toContain('as Teams shows');
    // Nothing written before the user's click.
    expect((await dana()).outOfOffice).toEqual(before.outOfOffice);
    await screenshot(page, 'availability-teams-ooo-1400');
    await page.setViewportSize({ width: 1024, height: 700 });
    await screenshot(page, 'availability-teams-ooo-1024');
    await page.setViewportSize({ width: 1400, height: 900 });
    await row.locator('[data-testid="record-away"]').click();
    // Today on Dana's calendar is now time off: the row says away, the offer is gone, the store has it.
    await poll(() => row.getAttribute('data-state')).toBe('away');
    expect(await row.locator('[data-testid="record-away"]').count()).toBe(0);
    const today = await page.evaluate(() =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date()),
    );
    expect((await dana()).outOfOffice).toContainEqual({ start: today, end: today });
    // The card still names what Teams shows.
    expect(await hook('host-away').textContent()).toBe('Dana Scully is out of office, as Teams shows');
  });

  it('an unnamed group: only the person whose pill says "Out of office" is named', async () => {
    await draftIn(teams(TRIO, 'Out of office'));
    await poll(() => hook('host-away').textContent()).toBe('Dana Scully is out of office, as Teams shows');
    expect(await page.locator('composure-sidebar [data-testid="recipient-away"]').count()).toBe(1);
  });

  it('without a presence pill (or with "Available") nothing is said and nothing offered', async () => {
    await draftIn(teams(DANA_DM, 'Available'));
    await poll(() => hook('recipient').count()).toBe(1);
    expect(await hook('host-away').count()).toBe(0);
    expect(await hook('record-away').count()).toBe(0);
  });
});
