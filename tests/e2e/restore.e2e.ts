// Restore from a full backup in the popup's Privacy tab, in the built extension (Chromium): export
// everything (a real download), erase everything, choose the saved file, see what it replaces and what
// it keeps, confirm, and find the data back in every tab and on the toolbar badge. A broken, a foreign
// and a newer file are refused in one sentence and write nothing. Screenshots in test-results/.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './fixtures';
import { useChromium } from './harness/chromium-suite';

declare const chrome: { action: { getBadgeText(details: object): Promise<string> } };
const poll = <T>(fn: () => Promise<T> | T, timeout = 10_000) => expect.poll(fn, { timeout, interval: 50 });
const day = [{ start: '09:00', end: '17:00' }];
const hours = { mon: day, tue: day, wed: day, thu: day, fri: day };

describe('restore from a backup (built extension)', () => {
  const s = useChromium({ caller: true });

  async function popup(): Promise<Page> {
    const page = await s.newPage();
    await page.setViewportSize({ width: 380, height: 560 });
    await page.goto(`chrome-extension://${s.ext.extensionId}/popup.html`);
    await page.getByRole('tablist').waitFor();
    return page;
  }
  const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true }).click();
  const badge = () => s.ext.serviceWorker.evaluate(() => chrome.action.getBadgeText({}));
  const choose = (page: Page, name: string, text: string) =>
    page.locator('#restore-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

  it('export → erase → restore brings everything back, after a preview and a confirmation', async () => {
    const c = s.caller;
    await c.call({ type: 'settings/update', patch: { me: { name: 'Robin', timeZone: 'Europe/Berlin' } } });
    await c.call({
      type: 'people/upsert',
      person: {
        name: 'Ana Ruiz',
        handles: ['ana'],
        emails: ['ana@example.com'],
        timeZone: 'Europe/Madrid',
        workingHours: hours,
      },
    });
    await c.call({
      type: 'people/upsert',
      person: { name: 'Kim Lee', handles: ['kim.lee'], emails: [], timeZone: 'America/New_York', workingHours: hours },
    });
    await c.call({
      type: 'outbox/add',
      item: {
        host: 'slack',
        conversation: { key: 'slack:T0123/C0457', title: 'releases', url: 'https://app.slack.com/client/T0123/C0457' },
        text: 'Could you confirm the release notes by Thursday?',
        recipients: [],
        urgency: 'normal',
        sendAt: Date.now() + 5 * 3_600_000,
      },
    });
    await c.call({
      type: 'stats/record',
      event: { kind: 'message', score: 80, missing: ['deadline'], urgency: 'normal' },
    });
    await poll(badge).toBe('1');

    const page = await popup();
    await tab(page, 'Privacy');
    await page.getByText('(2 people)').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export everything (JSON)' }).click(),
    ]);
    const name = download.suggestedFilename();
    expect(name).toMatch(/^composure-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(backup)).toMatchObject({ format: 'composure-backup', people: [{}, {}] });

    await page.getByTestId('erase-start').click();
    await page.getByTestId('erase-confirm').click();
    await page.getByTestId('erase-done').waitFor();
    await page.getByText('(0 people)').waitFor();
    await poll(badge).toBe('');

    await choose(page, name, backup);
    const preview = page.getByTestId('restore-preview');
    await preview.waitFor();
    const row = (t: string) => page.getByTestId(`restore-row-${t}`).locator('th, td').allTextContents();
    expect(await row('people')).toEqual(['Team directory', '0 people', '2 people']);
    expect(await row('outbox')).toEqual(['Outbox drafts', '0 waiting', '1 waiting']);
    expect(await row('settings')).toEqual([
      'Settings (name, zone, hours, norms, focus)',
      'defaults',
      'Robin · Europe/Berlin',
    ]);
    expect(await preview.textContent()).toContain('Kept as they are:');
    expect((await c.call({ type: 'people/list' })).length).toBe(0); // the preview is a dry run
    await page.getByTestId('restore-confirm').scrollIntoViewIfNeeded();
    await page.getByTestId('restore-confirm').hover();
    await screenshot(page, 'popup-privacy-restore-preview');

    await page.getByTestId('restore-confirm').click();
    expect(await page.getByTestId('restore-done').textContent()).toBe(
      `Restored from ${name}: your settings (Robin, Europe/Berlin), 2 people, 1 draft waiting, 0 focus sessions, 1 day of totals.`,
    );
    await page.getByText('(2 people)').waitFor();
    await page.getByTestId('restore-done').scrollIntoViewIfNeeded();
    await screenshot(page, 'popup-privacy-restored');
    await poll(badge).toBe('1');

    // Every tab shows the data back.
    await tab(page, 'Team');
    await poll(() => page.getByTestId('person').allTextContents()).toEqual([
      expect.stringContaining('Ana Ruiz'),
      expect.stringContaining('Kim Lee'),
    ]);
    await tab(page, 'Outbox');
    await poll(() => page.getByTestId('outbox-item').allTextContents()).toEqual([
      expect.stringContaining('Could you confirm the release notes by Thursday?'),
    ]);
    await tab(page, 'Me');
    await poll(() => page.getByLabel('Name').inputValue()).toBe('Robin');
  });

  it('a broken, a foreign and a newer file are refused in one sentence and write nothing', async () => {
    await s.caller.call({
      type: 'outbox/add',
      item: {
        host: 'teams',
        conversation: { key: 'teams:x', title: 'Board prep', url: 'https://teams.microsoft.com/v2/' },
        text: 'Deck?',
        recipients: [],
        urgency: 'normal',
        sendAt: Date.now() + 3_600_000,
      },
    });
    const page = await popup();
    await tab(page, 'Privacy');
    const before = await s.caller.call({ type: 'people/list' });
    const backup = (await s.caller.call({ type: 'backup/export' })).text;
    const error = page.getByTestId('restore-error');
    const refused = async (name: string, text: string, sentence: RegExp) => {
      await choose(page, name, text);
      await poll(() => error.textContent()).toMatch(sentence);
      expect(await page.getByTestId('restore-preview').count()).toBe(0);
      expect(await s.caller.call({ type: 'people/list' })).toEqual(before);
    };
    await refused(
      'cut.json',
      backup.slice(0, backup.length / 2),
      /^Nothing was restoredThis file is not a Composure backup: it is not valid JSON\.$/,
    );
    await error.scrollIntoViewIfNeeded();
    await screenshot(page, 'popup-privacy-restore-refused');
    await refused(
      'team.json',
      JSON.stringify({ format: 'composure-team', version: 1, people: [] }),
      /This is a team file, not a full backup: import it in the Team tab\./,
    );
    await refused(
      'newer.json',
      JSON.stringify({ ...JSON.parse(backup), version: 9 }),
      /This backup was made by a newer Composure \(backup format 9; this one reads up to 1\): update Composure to restore it\./,
    );
    const evil = JSON.parse(backup);
    evil.outbox = [
      { ...evil.outbox[0], origin: undefined, conversation: { key: 'k', title: 'x', url: 'https://evil.example/' } },
    ];
    await refused('evil.json', JSON.stringify(evil), /This backup is damaged: Outbox draft 1, conversation\.url /);
  });
});
