// Slack's scheduling paths through the sidebar's Schedule button in real Firefox ESR (the dialog with
// native fields is in firefox-outbox.e2e.ts): the "Tomorrow at 9:00 AM" preset when it is the
// suggested minute, and the Custom time dialog with a calendar date picker (the public evidence),
// which is closed untouched while the draft goes to the outbox with the reason in the status line and
// the path tried in the diagnostics.
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import type { PersonInput } from '../../lib/records/types';
import { demoTeam } from '../playground/seed';
import { putPerson, until, useFirefox } from './harness/firefox-suite';
import { danaOffNow } from './harness/people';

const DRAFT =
  'Could you review the rollout plan (https://docs.acme.io/rollout) and confirm the canary share within 2 days?';
const SLACK_MAIN = '.p-workspace__input [data-qa="texty_input"]';
const DANA_DM = 'https://app.slack.com/client/T0123/D0789';
const EVERY_DAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Dana in the browser's own zone, working 09:00–10:00 every day, out of office today: the suggestion is tomorrow 09:00. */
function danaFromTomorrowNine(timeZone: string, today: string): PersonInput {
  return {
    ...demoTeam()[0]!,
    timeZone,
    workingHours: Object.fromEntries(EVERY_DAY.map((d) => [d, [{ start: '09:00', end: '10:00' }]])),
    outOfOffice: [{ start: today, end: today }],
  };
}

const shadow = (page: Page, testid: string) =>
  page.evaluate((id) => {
    const el = document
      .querySelector('composure-sidebar')
      ?.shadowRoot?.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    return el ? { text: el.textContent ?? '', state: el.dataset['state'] ?? null, at: el.dataset['at'] ?? null } : null;
  }, testid);

/** Whatever the host opened for scheduling (menu, modal dialog) that is still open. */
const openHostPopups = (page: Page) =>
  page.evaluate(() => document.querySelectorAll('[role="menu"], [role="dialog"][aria-modal]').length);

describe('Firefox: Slack scheduling paths through the sidebar (built extension)', () => {
  const s = useFirefox({ caller: true });

  async function openAndType(url: string): Promise<{ page: Page; at: number }> {
    const page = await s.newPage();
    await page.setViewport({ width: 1400, height: 900 });
    await page.goto(url);
    await until(
      page,
      () => document.querySelector('composure-sidebar')?.shadowRoot?.querySelector('[data-testid="sidebar"]'),
      20_000,
    );
    await page.click(SLACK_MAIN);
    await page.keyboard.type(DRAFT);
    await until(
      page,
      () =>
        /^\d+$/.test(
          document
            .querySelector('composure-sidebar')
            ?.shadowRoot?.querySelector('[data-testid="send-time"]')
            ?.getAttribute('data-at') ?? '',
        ),
      20_000,
    );
    // The draft's deadline, read by the background with the analysis, is listed on the card.
    await until(
      page,
      () => {
        const items = document
          .querySelector('composure-sidebar')
          ?.shadowRoot?.querySelectorAll('[data-testid="deadline"]');
        return items?.length === 1 && items[0]!.textContent!.startsWith('“within 2 days”by ');
      },
      20_000,
    );
    return { page, at: Number((await shadow(page, 'send-time'))!.at) };
  }

  it("the preset: the suggestion is tomorrow 09:00, so Slack's 'Tomorrow at 9:00 AM' is pressed and no time is typed", async () => {
    // The browser's zone and date, as the fixture's preset computes them. Across midnight "today" and
    // the preset's "tomorrow" would disagree: that close to it, wait for the new day and read again.
    const probe = await s.newPage();
    await probe.goto(DANA_DM);
    const readClock = () =>
      probe.evaluate(() => {
        const now = new Date();
        const pad = (n: number) => String(n).padStart(2, '0');
        return {
          zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
          today: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`,
          minutesToMidnight: 24 * 60 - (now.getHours() * 60 + now.getMinutes()),
        };
      });
    let clock = await readClock();
    if (clock.minutesToMidnight <= 2) {
      await until(probe, () => new Date().getHours() === 0, 200_000);
      clock = await readClock();
    }
    await probe.close();
    await putPerson(s.caller, danaFromTomorrowNine(clock.zone, clock.today));
    const { page, at } = await openAndType(DANA_DM);
    const tomorrowNine = await page.evaluate(() => {
      const d = new Date(Date.now() + 86_400_000);
      d.setHours(9, 0, 0, 0);
      return d.getTime();
    });
    expect(at).toBe(tomorrowNine);
    await page.click('composure-sidebar >>> [data-testid="schedule"]');
    await until(
      page,
      () =>
        document
          .querySelector('composure-sidebar')
          ?.shadowRoot?.querySelector('[data-testid="schedule-status"][data-state="host"]'),
      15_000,
    );
    const scheduled = await page.evaluate(() => window.__scheduled);
    expect(scheduled.map((x) => [x.text, x.at])).toEqual([[DRAFT, new Date(at).toISOString()]]);
    // The preset schedules directly: no date or time typed anywhere, the custom dialog never opened.
    expect(scheduled[0]).not.toHaveProperty('date');
    expect(await page.evaluate(() => (window as unknown as { __customOpened?: number }).__customOpened ?? 0)).toBe(0);
    expect(await openHostPopups(page)).toBe(0);
    expect(await s.caller.call({ type: 'outbox/list' })).toEqual([]);
  }, 300_000);

  it('Custom time with a calendar picker: closed untouched, the draft goes to the outbox, the status line says why', async () => {
    await putPerson(s.caller, danaOffNow());
    const { page, at } = await openAndType(`${DANA_DM}?dialog=calendar`);
    await page.click('composure-sidebar >>> [data-testid="schedule"]');
    await until(
      page,
      () =>
        document
          .querySelector('composure-sidebar')
          ?.shadowRoot?.querySelector('[data-testid="schedule-status"][data-state="outbox"]'),
      45_000,
    );
    expect((await shadow(page, 'schedule-status'))!.text).toMatch(/calendar/);
    // The host's dialog was opened once and left as found: closed, nothing scheduled there.
    expect(await page.evaluate(() => (window as unknown as { __customOpened?: number }).__customOpened)).toBe(1);
    expect(await openHostPopups(page)).toBe(0);
    expect(await page.evaluate(() => window.__scheduled)).toEqual([]);
    const items = await s.caller.call({ type: 'outbox/list' });
    expect(items).toEqual([expect.objectContaining({ status: 'scheduled', sendAt: at, text: DRAFT, host: 'slack' })]);
    // The path tried is in the popup's Diagnostics too.
    await expect
      .poll(async () => (await s.caller.call({ type: 'diagnostics/get' })).map((d) => `${d.host}:${d.feature}`), {
        timeout: 10_000,
        interval: 100,
      })
      .toContain('slack:scheduleSend:custom-dialog:calendar');
  });
});
