// Restore from a full backup in the Firefox build's popup (Firefox ESR): a backup of a seeded profile,
// everything erased in the popup, the file chosen, the preview checked, the restore confirmed and the
// data back; a cut file refused in one sentence with nothing written. (The Chromium twin, restore.e2e.ts,
// also takes the file through a real download.)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { until, useFirefox } from './harness/firefox-suite';

const day = [{ start: '09:00', end: '17:00' }];
const hours = { mon: day, tue: day, wed: day, thu: day, fri: day };
const dir = mkdtempSync(join(tmpdir(), 'composure-ff-restore-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Firefox: restore from a backup in the popup (built extension)', () => {
  const s = useFirefox({ caller: true });

  it('erase, then restore the backup after its preview: everything is back; a cut file writes nothing', async () => {
    const c = s.caller;
    await c.call({ type: 'settings/update', patch: { me: { name: 'Robin', timeZone: 'Europe/Berlin' } } });
    await c.call({
      type: 'people/upsert',
      person: { name: 'Ana Ruiz', handles: ['ana'], emails: [], timeZone: 'Europe/Madrid', workingHours: hours },
    });
    await c.call({
      type: 'people/upsert',
      person: { name: 'Kim Lee', handles: ['kim.lee'], emails: [], timeZone: 'America/New_York', workingHours: hours },
    });
    await c.call({
      type: 'outbox/add',
      item: {
        host: 'teams',
        conversation: { key: 'teams:x', title: 'Board prep', url: 'https://teams.microsoft.com/v2/' },
        text: 'Deck numbers?',
        recipients: [],
        urgency: 'normal',
        sendAt: Date.now() + 3_600_000,
      },
    });
    const backup = (await c.call({ type: 'backup/export' })).text;
    const file = join(dir, 'composure-backup.json');
    writeFileSync(file, backup);
    const cut = join(dir, 'cut.json');
    writeFileSync(cut, backup.slice(0, backup.length / 2));

    const popup = await s.openExtensionPage('popup.html');
    await popup.setViewport({ width: 380, height: 560 });
    await popup.click('#tab-privacy');
    await until(popup, () => document.querySelector('[data-testid="erase-start"]'));
    await popup.click('[data-testid="erase-start"]');
    await popup.click('[data-testid="erase-confirm"]');
    await until(popup, () => document.querySelector('[data-testid="erase-done"]'));
    expect(await c.call({ type: 'people/list' })).toEqual([]);

    const input = (await popup.$('#restore-file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    await until(popup, () => document.querySelector('[data-testid="restore-preview"]'), 15_000);
    const row = (t: string) =>
      popup.$$eval(`[data-testid="restore-row-${t}"] th, [data-testid="restore-row-${t}"] td`, (cells) =>
        cells.map((x) => x.textContent),
      );
    expect(await row('people')).toEqual(['Team directory', '0 people', '2 people']);
    expect(await row('outbox')).toEqual(['Outbox drafts', '0 waiting', '1 waiting']);
    expect(await c.call({ type: 'people/list' })).toEqual([]); // the preview wrote nothing
    await popup.click('[data-testid="restore-confirm"]');
    await until(popup, () => document.querySelector('[data-testid="restore-done"]'));
    expect(await popup.$eval('[data-testid="restore-done"]', (e) => e.textContent)).toBe(
      'Restored from composure-backup.json: your settings (Robin, Europe/Berlin), 2 people, 1 draft waiting, 0 focus sessions, 0 days of totals.',
    );
    expect((await c.call({ type: 'people/list' })).map((p) => p.name).sort()).toEqual(['Ana Ruiz', 'Kim Lee']);
    expect((await c.call({ type: 'settings/get' })).me.name).toBe('Robin');

    await input.uploadFile(cut);
    await until(popup, () => document.querySelector('[data-testid="restore-error"]'), 15_000);
    expect(await popup.$eval('[data-testid="restore-error"]', (e) => e.textContent)).toBe(
      'Nothing was restoredThis file is not a Composure backup: it is not valid JSON.',
    );
    expect((await c.call({ type: 'people/list' })).length).toBe(2);
    await popup.close();
  });
});
