// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../../components/popup/Popup';
import { diagnosticLines, stamp } from '../../../components/popup/privacy/Diagnostics';
import type { Client } from '../../../lib/protocol/client';
import { noOwnRequests, world, type World } from './world';

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
    expect((await screen.findByTestId('privacy-requests')).textContent).toBe('Network requests made by Composure: 0');
    expect(screen.getByTestId('privacy-requests-scope').textContent).toBe(
      "Counted in the extension's own pages and worker (background 0, this popup 0).",
    );
    expect(w.sent('privacy/requests')).toEqual([{ type: 'privacy/requests' }]);
    expect(screen.queryByTestId('privacy-request-urls')).toBeNull();
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

describe('Privacy: network requests and diagnostics', () => {
  it("adds the popup's own requests to the background's and lists where they went", async () => {
    const w = await world();
    const background: Client = {
      request: async (msg) => {
        if (msg.type === 'privacy/requests') return { background: 1, urls: ['https://cdn.example/font.woff2'] } as never;
        return w.client.request(msg);
      },
    };
    const own = () => ({ count: 2, urls: ['https://a.example/x', 'https://cdn.example/font.woff2'] });
    render(<Popup client={background} now={w.now} initialTab="privacy" ownRequests={own} />);
    expect((await screen.findByTestId('privacy-requests')).textContent).toBe('Network requests made by Composure: 3');
    expect(screen.getByTestId('privacy-requests-scope').textContent).toContain('(background 1, this popup 2)');
    expect(screen.getByTestId('privacy-request-urls').textContent).toBe('https://cdn.example/font.woff2https://a.example/x');
  });

  it('says when the background cannot count, instead of claiming 0', async () => {
    const w = await world();
    const failing: Client = {
      request: async (msg) => {
        if (msg.type === 'privacy/requests') throw new Error('Receiving end does not exist');
        return w.client.request(msg);
      },
    };
    render(<Popup client={failing} now={w.now} initialTab="privacy" ownRequests={noOwnRequests} />);
    expect((await screen.findByTestId('privacy-requests-error')).textContent).toContain('unknown');
    expect(screen.queryByTestId('privacy-requests')).toBeNull();
  });

  it('lists reported selector failures, newest first, folded per host and feature, in the user’s zone', async () => {
    const w = await world();
    w.show('privacy');
    expect((await screen.findByTestId('diagnostics-empty')).textContent).toContain('every Slack and Teams element');
    cleanup();
    const report = (host: 'slack' | 'teams', feature: string, selector?: string) =>
      w.client.request({ type: 'diagnostics/report', host, failures: [{ feature, message: 'no fallback matched', ...(selector ? { selector } : {}) }] });
    await report('slack', 'composerEditable');
    w.clock.now += 3 * 60_000;
    await report('teams', 'sendButton', '[data-tid=newMessageCommands-send]');
    w.clock.now += 60_000;
    await report('slack', 'composerEditable');
    w.show('privacy');
    await waitFor(() => expect(screen.getAllByTestId('diagnostic')).toHaveLength(2));
    // 09:04 UTC is 10:04 in Berlin (the world's zone).
    expect(screen.getAllByTestId('diagnostic').map((li) => li.textContent)).toEqual([
      'Slack: selector composerEditable failed (2026-03-02 10:04) ×2',
      'Teams: selector sendButton ([data-tid=newMessageCommands-send]) failed (2026-03-02 10:03)',
    ]);
  });

  it('diagnosticLines keeps at most 8 lines and stamps in any zone', () => {
    const entries = Array.from({ length: 12 }, (_, i) => ({ at: Date.UTC(2026, 10, 21, 13, 2), host: 'slack' as const, feature: `f${i}`, message: 'x' }));
    expect(diagnosticLines(entries, 'UTC')).toHaveLength(8);
    expect(stamp(Date.UTC(2026, 10, 21, 13, 2), 'Europe/Berlin')).toBe('2026-11-21 14:02');
    expect(stamp(Date.UTC(2026, 10, 21, 23, 30), 'Asia/Tokyo')).toBe('2026-11-22 08:30');
  });

  it('diagnosticLines words a scheduled send the host did not take: the path tried and why, folded like selectors', () => {
    const at = Date.UTC(2026, 10, 21, 13, 2);
    const calendar = { at, host: 'slack' as const, feature: 'scheduleSend:custom-dialog:calendar', message: 'the date is a calendar' };
    const entries = [calendar, calendar, { at, host: 'teams' as const, feature: 'scheduleSend:none', message: '' }];
    expect(diagnosticLines(entries, 'UTC').map((l) => [l.text, l.times])).toEqual([
      ['Slack: scheduled send went to the outbox (path custom-dialog:calendar: the date is a calendar) (2026-11-21 13:02)', 2],
      ['Teams: scheduled send went to the outbox (path none) (2026-11-21 13:02)', 1],
    ]);
  });
});
