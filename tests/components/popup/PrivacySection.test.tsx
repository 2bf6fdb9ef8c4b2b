// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { world, type World } from './world';

const day = [{ start: '09:00', end: '17:00' }];
async function seed(w: World) {
  await w.client.request({ type: 'people/upsert', person: { name: 'Ana', handles: ['ana'], emails: [], timeZone: 'Europe/Madrid', workingHours: { mon: day } } });
  await w.client.request({ type: 'stats/record', event: { kind: 'message', score: 80, missing: [], urgency: 'normal' } });
  await w.client.request({ type: 'focus/start', minutes: 25 });
}

let downloads: Array<{ name: string; href: string }>;
beforeEach(() => {
  downloads = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, href: this.href });
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('Privacy', () => {
  it('says nothing leaves the machine, counts network requests, and lists what is stored', async () => {
    const w = await world();
    await seed(w);
    w.show('privacy');
    expect(screen.getByText('Nothing leaves this machine')).toBeTruthy();
    expect(screen.getByTestId('privacy-requests').textContent).toBe('Network requests made by Composure: 0');
    expect(await screen.findByText('(1 person)')).toBeTruthy();
    expect(screen.getByText('(1 day)')).toBeTruthy();
    expect(screen.getByText(/the text stays here until you send it yourself/)).toBeTruthy();
    expect(screen.getByText(/Never message text/)).toBeTruthy();
  });

  it('exports everything as a JSON backup download', async () => {
    const w = await world();
    await seed(w);
    w.show('privacy');
    fireEvent.click(screen.getByRole('button', { name: 'Export everything (JSON)' }));
    await screen.findByText(/^Saved composure-backup-2026-03-02\.json/);
    expect(downloads).toEqual([{ name: 'composure-backup-2026-03-02.json', href: expect.stringMatching(/^blob:/) }]);
    expect(w.sent('backup/export')).toHaveLength(1);
  });

  it('erases only after an explicit confirmation', async () => {
    const w = await world();
    await seed(w);
    w.show('privacy');
    await screen.findByText('(1 person)');
    fireEvent.click(screen.getByTestId('erase-start'));
    expect(screen.getByRole('alertdialog').textContent).toContain('This cannot be undone');
    expect(w.sent('data/erase')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await w.db.people.count()).toBe(1);

    fireEvent.click(screen.getByTestId('erase-start'));
    fireEvent.click(screen.getByTestId('erase-confirm'));
    expect((await screen.findByTestId('erase-done')).textContent).toContain('Everything was erased');
    expect(w.sent('data/erase')).toEqual([{ type: 'data/erase', confirm: true }]);
    expect(await w.db.people.count()).toBe(0);
    expect(await w.db.stats.count()).toBe(0);
    expect(await w.client.request({ type: 'focus/get' })).toMatchObject({ active: false });
    await waitFor(() => expect(screen.getByText('(0 people)')).toBeTruthy());
  });
});
