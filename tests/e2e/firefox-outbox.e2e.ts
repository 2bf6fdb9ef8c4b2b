// The Firefox build's scheduling and popup in real Firefox ESR: Slack's own scheduled send; Teams
// without it, where the outbox keeps the draft across a Firefox restart (the event-page background
// re-arms its alarm) and puts it back unsent; and the popup: a teammate added from the keyboard, a
// semicolon CSV refused with one error, focus mode on the toolbar badge.
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { putPerson, until, useFirefox } from './harness/firefox-suite';
import { danaOffNow } from './harness/people';

const DRAFT = 'Could you review the rollout plan (https://docs.acme.io/rollout) and confirm the canary share within 2 days?';
type Ext = { browser: { alarms: { create(n: string, i: { when: number }): Promise<void> }; browserAction: { getBadgeText(d: object): Promise<string> } } };

const shadowAttr = (page: Page, testid: string, attr: string) =>
  page.evaluate((id, a) => document.querySelector('composure-sidebar')?.shadowRoot?.querySelector(`[data-testid="${id}"]`)?.getAttribute(a) ?? null, testid, attr);

describe('Firefox: scheduling, the outbox across a restart, the popup (built extension)', () => {
  const s = useFirefox({ caller: true });

  async function openAndType(url: string, editable: string): Promise<{ page: Page; at: number }> {
    const page = await s.newPage();
    await page.setViewport({ width: 1400, height: 900 });
    await page.goto(url);
    await until(page, () => document.querySelector('composure-sidebar')?.shadowRoot?.querySelector('[data-testid="sidebar"]'), 20_000);
    await page.click(editable);
    await page.keyboard.type(DRAFT);
    await until(page, () => /^\d+$/.test(document.querySelector('composure-sidebar')?.shadowRoot?.querySelector('[data-testid="send-time"]')?.getAttribute('data-at') ?? ''));
    return { page, at: Number(await shadowAttr(page, 'send-time', 'data-at')) };
  }

  it("Slack: Schedule drives Slack's own dialog with the suggested minute", async () => {
    await putPerson(s.caller, danaOffNow());
    const { page, at } = await openAndType('https://app.slack.com/client/T0123/D0789', '.p-workspace__input [data-qa="texty_input"]');
    await page.click('composure-sidebar >>> [data-testid="schedule"]');
    await until(page, () => document.querySelector('composure-sidebar')?.shadowRoot?.querySelector('[data-testid="schedule-status"][data-state="host"]'));
    expect(await page.evaluate(() => window.__scheduled.map((x) => [x.text, x.at]))).toEqual([[DRAFT, new Date(at).toISOString()]]);
  });

  it('Teams without scheduled send: the outbox keeps the draft across a Firefox restart and restores it unsent', async () => {
    await putPerson(s.caller, danaOffNow());
    const url = 'https://teams.microsoft.com/v2/?schedule=off';
    const { page, at } = await openAndType(url, '.compose-box [data-tid="ckeditor"]');
    await page.click('composure-sidebar >>> [data-testid="schedule"]');
    await until(page, () => document.querySelector('composure-sidebar')?.shadowRoot?.querySelector('[data-testid="schedule-status"][data-state="outbox"]'));
    await until(page, () => window.__editor!.getData() === '');
    const [item] = await s.caller.call({ type: 'outbox/list' });
    expect(item).toMatchObject({ status: 'scheduled', sendAt: at, text: DRAFT, host: 'teams' });

    await s.restart();
    expect((await s.caller.call({ type: 'outbox/list' }))[0]).toMatchObject({ id: item!.id, status: 'scheduled', text: DRAFT });
    const again = await s.newPage();
    await again.goto(url);
    await until(again, () => document.querySelector('composure-sidebar')?.shadowRoot?.querySelector('[data-testid="sidebar"]'), 20_000);
    // Fire the alarm early with the real alarms API; the background marks the item due.
    await s.caller.page.evaluate((name) => (globalThis as unknown as Ext).browser.alarms.create(name, { when: Date.now() + 300 }), `outbox:${item!.id}`);
    await expect.poll(async () => (await s.caller.call({ type: 'outbox/list' }))[0]?.status, { timeout: 10_000, interval: 100 }).toBe('due');
    // What clicking its notification does (headless Firefox closes notifications at once).
    expect(await s.caller.call({ type: 'outbox/open', id: item!.id })).toEqual({ delivered: true, outcome: 'restored' });
    await until(again, (d) => window.__editor!.getData() === `<p>${d}</p>`, 10_000, DRAFT);
    expect(await again.evaluate(() => window.__sent)).toEqual([]);
  });

  it('popup: add a teammate from the keyboard, a semicolon CSV is refused with one error, focus shows on the badge', async () => {
    const popup = await s.openExtensionPage('popup.html');
    await popup.click('#tab-team');
    await until(popup, () => document.querySelector('[data-testid="team-add"]'));
    await popup.focus('[data-testid="team-add"]');
    await popup.keyboard.press('Enter');
    await until(popup, () => document.activeElement?.id === 'person-name');
    await popup.keyboard.type('Kim Lee');
    await popup.type('#person-handles', '@kim.lee');
    await popup.click('button[type="submit"]');
    await until(popup, () => [...document.querySelectorAll('[data-testid="person"]')].some((p) => p.textContent?.includes('Kim Lee')));

    await popup.click('[data-testid="team-import"]');
    await popup.click('button[aria-expanded="false"].btn-ghost');
    await popup.type('#import-text', 'name;handle;email;timeZone;hours;outOfOffice\nAna;@ana;;UTC;mon 09:00-17:00;\n');
    await popup.click('.import .actions button');
    await until(popup, () => document.querySelectorAll('[data-testid="import-errors"] li').length === 1);
    expect(await popup.$eval('[data-testid="import-errors"]', (e) => e.textContent)).toContain('separated by semicolons');
    await popup.keyboard.press('Escape');
    await until(popup, () => document.activeElement?.getAttribute('data-testid') === 'team-import');

    await popup.click('#tab-focus');
    await until(popup, () => !(document.querySelector('[data-testid="focus-start"]') as HTMLButtonElement | null)?.disabled);
    await popup.click('[data-testid="focus-start"]');
    await until(popup, () => document.querySelector('[data-testid="focus-stop"]'));
    await expect.poll(() => s.caller.page.evaluate(() => (globalThis as unknown as Ext).browser.browserAction.getBadgeText({})), { timeout: 10_000 }).toMatch(/^\d+m$/);
    await popup.click('[data-testid="focus-stop"]');
    await expect.poll(() => s.caller.page.evaluate(() => (globalThis as unknown as Ext).browser.browserAction.getBadgeText({})), { timeout: 10_000 }).toBe('');
    await popup.close();
  });
});
