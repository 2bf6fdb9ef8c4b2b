// The popup in real Chromium: hours, a teammate, a refused then an accepted CSV, focus with the
// toolbar badge, and a browser restart that the focus session survives. Screenshots of every tab
// land in test-results/popup-<section>.png.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LaunchedExtension } from './browser';
import { screenshot, watchPage, type PageWatch } from './fixtures';

const BAD_CSV = [
  'name,handle,email,timeZone,hours,outOfOffice',
  'Ana Ruiz,@ana,,Europe/Madrid,mon-fri 09:00-17:00,',
  'Bo Chen,@bo,,Europe/Berln,mon-fri 09:00-17:00,',
  'Cy Park,@cy,,Asia/Seoul,mon-fri 25:00-17:00,',
].join('\n');
const GOOD_CSV = [
  'name,handle,email,timeZone,hours,outOfOffice',
  'Ana Ruiz,@ana,ana@example.com,Europe/Madrid,mon-fri 09:00-17:00,',
  'Bo Chen,@bo,,Asia/Singapore,mon-thu 08:30-12:00 13:00-17:30,2026-12-24..2027-01-02',
  'Kim Lee,@kim.lee,kim@example.com,America/New_York,mon-fri 09:00-17:00,',
].join('\n');

/** 29 earlier days of aggregates with a gently rising score (no text: aggregates only). */
function monthOfStats() {
  const parts = ['context', 'state', 'options', 'recommendation', 'ask', 'deadline', 'owner', 'evidence'];
  return Array.from({ length: 29 }, (_, i) => {
    const day = new Date(Date.now() - (29 - i) * 86_400_000).toISOString().slice(0, 10);
    const n = i % 7 === 5 || i % 7 === 6 ? i % 2 : 3 + ((i * 5) % 6);
    const scored = i === 12 ? 0 : n;
    return {
      day,
      messagesAssisted: n,
      scoreSum: scored * Math.min(95, 52 + i + ((i * 7) % 9)),
      scoreCount: scored,
      missingParts: Object.fromEntries(parts.map((p, k) => [p, Math.max(0, n - 1 - ((k * 3 + i) % 5))])),
      urgencyMix: { urgent: i % 9 === 0 ? 1 : 0, 'same-day': Math.floor(n / 3), normal: n - Math.floor(n / 3) - (i % 9 === 0 ? 1 : 0), fyi: 0 },
      scheduledSends: Math.floor(n / 2),
      sendsMovedIntoHours: Math.floor(n / 3),
      insertedSuggestions: n,
    };
  });
}

/** The extension APIs these tests call inside the page and the service worker (no @types/chrome here). */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  action: { getBadgeText(details: object): Promise<string> };
};

type Reply = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } };

/** Sends a protocol request from the extension page, as the popup's client does. */
async function rpc<T = unknown>(page: Page, msg: object): Promise<T> {
  const reply = (await page.evaluate((m) => chrome.runtime.sendMessage(m), msg)) as Reply;
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
  return reply.data as T;
}

const badgeText = (ext: LaunchedExtension) => ext.serviceWorker.evaluate(() => chrome.action.getBadgeText({}));

async function openPopup(ext: LaunchedExtension): Promise<{ page: Page; watch: PageWatch }> {
  const page = await ext.context.newPage();
  const watch = watchPage(page);
  await page.setViewportSize({ width: 380, height: 560 });
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await page.getByRole('tablist').waitFor();
  return { page, watch };
}

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true }).click();

describe('popup (built extension)', () => {
  let ext: LaunchedExtension;
  let page: Page;
  let watch: PageWatch;
  const profile = mkdtempSync(join(tmpdir(), 'composure-popup-e2e-'));

  beforeAll(async () => {
    ext = await launchWithExtension({ userDataDir: profile });
    ({ page, watch } = await openPopup(ext));
  });
  afterAll(async () => {
    await ext?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('Me: sets zone and split working hours through settings/update', async () => {
    await tab(page, 'Me');
    await page.getByLabel('Name').fill('Robin');
    await page.getByLabel('Time zone').selectOption('Europe/Berlin');
    await page.getByLabel('Friday', { exact: true }).uncheck();
    await page.getByRole('button', { name: 'Add a shift on Monday' }).click();
    await page.getByLabel('Monday shift 1 end').fill('12:00');
    await page.getByLabel('Monday shift 2 start').fill('13:00');
    await page.getByLabel('Monday shift 2 end').fill('17:30');
    await screenshot(page, 'popup-me');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText(/^Saved/).waitFor();
    const settings = await rpc<{ me: { name: string; timeZone: string; workingHours: Record<string, unknown> } }>(page, { type: 'settings/get' });
    expect(settings.me.name).toBe('Robin');
    expect(settings.me.timeZone).toBe('Europe/Berlin');
    expect(settings.me.workingHours.mon).toEqual([{ start: '09:00', end: '12:00' }, { start: '13:00', end: '17:30' }]);
    expect(settings.me.workingHours.fri).toBeUndefined();
  });

  it('Team: adds a person who shows their local time and working state', async () => {
    await tab(page, 'Team');
    await page.getByText('No teammates yet — add one or import a CSV').waitFor();
    await screenshot(page, 'popup-team-empty');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByLabel('Name').fill('Ana Ruiz');
    await page.getByLabel('Chat handles').fill('@ana');
    await page.getByLabel('Time zone').selectOption('Europe/Madrid');
    await screenshot(page, 'popup-team-form');
    await page.getByRole('button', { name: 'Add teammate' }).click();
    await page.getByText('Ana Ruiz added.').waitFor();
    expect(await page.getByTestId('person-local').textContent()).toMatch(/^\d{2}:\d{2} (Mon|Tue|Wed|Thu|Fri|Sat|Sun) · .+ · Madrid$/);
    expect(await page.getByTestId('person-status').textContent()).toMatch(/^(Working|Off|Out of office)$/);
    expect(await rpc<unknown[]>(page, { type: 'people/list' })).toHaveLength(1);
  });

  it('Team: a bad CSV shows its row errors and writes nothing; a good one imports', async () => {
    await page.getByRole('button', { name: 'Import…' }).click();
    const file = page.getByLabel('Choose a file');
    await file.setInputFiles({ name: 'team.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD_CSV) });
    const errors = page.getByTestId('import-errors');
    await errors.waitFor();
    const items = await errors.locator('li').allTextContents();
    expect(items).toEqual([
      expect.stringMatching(/^Row 3 · timeZone · 'Europe\/Berln' is not a valid IANA time zone/),
      expect.stringMatching(/^Row 4 · hours · /),
    ]);
    await screenshot(page, 'popup-team-import-errors');
    expect(await rpc<unknown[]>(page, { type: 'people/list' })).toHaveLength(1);

    await file.setInputFiles({ name: 'team.csv', mimeType: 'text/csv', buffer: Buffer.from(GOOD_CSV) });
    await page.getByText('Ready: 2 new teammates, 1 update.').waitFor();
    expect(await rpc<unknown[]>(page, { type: 'people/list' })).toHaveLength(1); // the check is a dry run
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    expect(await page.getByTestId('import-report').textContent()).toContain('2 added, 1 updated');
    await page.getByRole('button', { name: 'Close import' }).click();
    await expect.poll(() => page.getByTestId('person').count()).toBe(3);
    expect(await rpc<unknown[]>(page, { type: 'people/list' })).toHaveLength(3);
    await screenshot(page, 'popup-team');
  });

  it('Norms, Trends and Privacy render (screenshots)', async () => {
    await tab(page, 'Norms');
    await page.getByTestId('norm-urgent').waitFor();
    await screenshot(page, 'popup-norms');

    await tab(page, 'Trends');
    await page.getByText('No trends yet').waitFor();
    await screenshot(page, 'popup-trends-empty');
    const events = [
      { kind: 'message', score: 55, missing: ['deadline', 'owner', 'evidence'], urgency: 'normal' },
      { kind: 'message', score: 80, missing: ['deadline'], urgency: 'same-day' },
      { kind: 'message', score: 92, missing: [], urgency: 'urgent' },
      { kind: 'message', score: 70, missing: ['evidence', 'deadline'], urgency: 'fyi' },
      { kind: 'send-scheduled', movedIntoHours: true },
      { kind: 'send-scheduled', movedIntoHours: false },
    ];
    for (const event of events) await rpc(page, { type: 'stats/record', event });
    await tab(page, 'Privacy');
    await tab(page, 'Trends');
    await page.getByTestId('chart-score').waitFor();
    expect(await page.getByTestId('trend-messages').textContent()).toBe('4');
    // A month of history for the screenshot: round-trip a backup with earlier days added.
    const backup = JSON.parse((await rpc<{ text: string }>(page, { type: 'backup/export' })).text);
    backup.stats = [...monthOfStats(), ...backup.stats];
    await rpc(page, { type: 'backup/import', text: JSON.stringify(backup) });
    await tab(page, 'Privacy');
    await tab(page, 'Trends');
    await page.getByTestId('chart-missing').waitFor();
    await screenshot(page, 'popup-trends');
    await page.getByTestId('chart-urgency').scrollIntoViewIfNeeded();
    await screenshot(page, 'popup-trends-lower');

    await tab(page, 'Privacy');
    expect(await page.getByTestId('privacy-requests').textContent()).toBe('Network requests made by Composure: 0');
    await page.getByText('(3 people)').waitFor();
    await screenshot(page, 'popup-privacy');
    await page.getByTestId('erase-start').click();
    await page.getByRole('alertdialog').scrollIntoViewIfNeeded();
    await screenshot(page, 'popup-privacy-erase');
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await rpc<unknown[]>(page, { type: 'people/list' })).toHaveLength(3);
  });

  it('Outbox: every waiting draft with Open and Cancel, and the badge explained', async () => {
    const add = (title: string, text: string, sendAt: number) =>
      rpc<{ id: string }>(page, {
        type: 'outbox/add',
        item: { host: 'teams', conversation: { key: `teams:${title}`, title, url: 'https://teams.microsoft.com/v2/' }, text, recipients: [], urgency: 'normal', sendAt },
      });
    await add('Release crew', 'Could you confirm the canary share by Thursday?\nDetails in the doc.', Date.now() + 6 * 86_400_000);
    await add('Priya Nair', 'Numbers for the Q3 deck, please', Date.now() + 3 * 3_600_000);
    await tab(page, 'Outbox');
    await expect.poll(() => page.getByTestId('outbox-item').count()).toBe(2);
    expect(await page.getByTestId('outbox-item').first().textContent()).toContain('Numbers for the Q3 deck, please');
    expect(await page.getByTestId('outbox-when').nth(1).textContent()).toMatch(/^Due \w{3} \d{1,2} \w{3}, \d{2}:\d{2} .+ \(in 6 days\)$/);
    expect(await page.getByTestId('outbox-badge-note').textContent()).toBe('The number on the toolbar badge is the 2 drafts waiting here.');
    await expect.poll(() => badgeText(ext)).toBe('2');
    await screenshot(page, 'popup-outbox');
    await page.getByTestId('outbox-cancel').first().click();
    await expect.poll(() => page.getByTestId('outbox-item').count()).toBe(1);
    expect(await page.getByTestId('outbox-note').textContent()).toBe('Cancelled the draft to Priya Nair. Nothing was sent.');
    await expect.poll(() => badgeText(ext)).toBe('1');
    await page.getByTestId('outbox-cancel').click();
    await expect.poll(() => page.getByTestId('outbox-item').count()).toBe(0);
    await expect.poll(() => badgeText(ext)).toBe('');
  });

  it('Focus: starting shows focus-stop and the badge shows the minutes left', async () => {
    await tab(page, 'Focus');
    await page.getByTestId('focus-start').waitFor();
    await screenshot(page, 'popup-focus');
    await page.getByTestId('focus-start').click();
    await page.getByTestId('focus-stop').waitFor();
    expect(await page.getByTestId('focus-minutes-left').textContent()).toMatch(/^(25|24)m left$/);
    await expect.poll(() => badgeText(ext)).toMatch(/^\d+m$/);
    await screenshot(page, 'popup-focus-active');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'popup-focus-active-dark');
    await tab(page, 'Trends');
    await page.getByTestId('chart-score').waitFor();
    await screenshot(page, 'popup-trends-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await tab(page, 'Focus');
    expect(watch.pageErrors).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  it('the session survives a browser restart: popup still shows focus-stop, badge still minutes', async () => {
    await ext.close();
    ext = await launchWithExtension({ userDataDir: profile });
    ({ page, watch } = await openPopup(ext));
    await page.getByTestId('focus-stop').waitFor();
    expect(await page.getByTestId('focus-minutes-left').textContent()).toMatch(/^\d+m left$/);
    await expect.poll(() => badgeText(ext), { timeout: 10_000 }).toMatch(/^\d+m$/);
    await page.getByTestId('focus-stop').click();
    await page.getByTestId('focus-start').waitFor();
    await expect.poll(() => badgeText(ext)).toBe('');
    expect(watch.pageErrors).toEqual([]);
  });
});
