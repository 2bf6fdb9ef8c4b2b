// @vitest-environment happy-dom
// The popup's Outbox: every waiting draft with where, what and when; Open and Cancel; the badge explained.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { firstLine, openNote } from '../../../components/popup/outbox/OutboxSection';
import { MONDAY_9, world, type World } from './world';

afterEach(cleanup);
const HOUR = 3_600_000;

async function add(w: World, title: string, text: string, sendAt: number) {
  return w.client.request({
    type: 'outbox/add',
    item: {
      host: 'slack',
      conversation: { key: `slack:T1/${title}`, title, url: `https://app.slack.com/client/T1/${title}` },
      text,
      recipients: [],
      urgency: 'normal',
      sendAt,
    },
  });
}

describe('Outbox', () => {
  it('lists every waiting draft with its conversation, first line and when it is due (day and date when not today)', async () => {
    const w = await world(); // Berlin; Mon 2 Mar 2026 10:00 CET
    await add(w, 'design-review', '\nCould you approve the new header?\nDetails below.', MONDAY_9 + 6 * 24 * HOUR);
    await add(w, 'Priya', 'Numbers for Q3 please', MONDAY_9 + 3 * HOUR);
    w.show('outbox');
    const list = await screen.findByTestId('outbox-list');
    const items = within(list).getAllByTestId('outbox-item');
    expect(items.map((i) => i.querySelector('strong')!.textContent)).toEqual(['Priya', 'design-review']);
    expect(items[0]!.textContent).toContain('Numbers for Q3 please');
    expect(within(items[0]!).getByTestId('outbox-when').textContent).toBe('Due 13:00 CET today (in 3 hours)');
    expect(items[1]!.textContent).toContain('Could you approve the new header?');
    expect(within(items[1]!).getByTestId('outbox-when').textContent).toBe('Due Sun 8 Mar, 10:00 CET (in 6 days)');
    expect(screen.getByTestId('outbox-badge-note').textContent).toBe(
      'The number on the toolbar badge is the 2 drafts waiting here.',
    );
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    expect(within(items[0]!).getByTestId('outbox-open')).toBeTruthy();
  });

  it('Cancel removes the draft from the list and the badge, sending nothing', async () => {
    const w = await world();
    const item = await add(w, 'Priya', 'Numbers for Q3 please', MONDAY_9 + 3 * HOUR);
    w.show('outbox');
    fireEvent.click(await screen.findByTestId('outbox-cancel'));
    expect((await screen.findByTestId('outbox-note')).textContent).toBe(
      'Cancelled the draft to Priya. Nothing was sent.',
    );
    await waitFor(() => expect(screen.queryAllByTestId('outbox-item')).toHaveLength(0));
    expect((await w.client.request({ type: 'outbox/list' })).find((i) => i.id === item.id)?.status).toBe('cancelled');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(screen.getByTestId('outbox-badge-note').textContent).toMatch(/^Nothing is waiting/);
  });

  it('Open that cannot reach the conversation says so and keeps the draft waiting (never marked delivered)', async () => {
    const w = await world();
    const item = await add(w, 'Priya', 'Numbers for Q3 please', MONDAY_9 - HOUR);
    w.clock.now = MONDAY_9;
    w.show('outbox');
    fireEvent.click(await screen.findByTestId('outbox-open'));
    const note = await screen.findByTestId('outbox-note');
    expect(note.textContent).toBe('Could not put it back into Priya (Slack did not answer). It is still waiting here.');
    expect(note.getAttribute('role')).toBe('alert');
    expect(w.sent('outbox/open')).toHaveLength(1);
    const [stored] = await w.client.request({ type: 'outbox/list' });
    expect(stored).toMatchObject({ id: item.id });
    expect(['scheduled', 'due']).toContain(stored!.status);
    expect(screen.getAllByTestId('outbox-item')).toHaveLength(1);
  });

  it('first lines skip blank lines and are shortened', () => {
    expect(firstLine('\n\n  hello there \nmore')).toBe('hello there');
    expect(firstLine('x'.repeat(100), 10)).toBe('xxxxxxxxx…');
  });
});

describe('openNote', () => {
  it('says delivered only for a restored draft; otherwise where it belongs and that it still waits', () => {
    expect(openNote('restored', '#design', 'Slack')).toEqual({
      text: 'Opened #design: the draft is back in its composer, ready to send.',
    });
    for (const outcome of ['asked', 'elsewhere', 'failed', 'unreachable', 'gone'] as const) {
      expect(openNote(outcome, '#design', 'Slack').text).not.toMatch(/back in its composer/);
    }
    expect(openNote('elsewhere', '#design', 'Slack')).toEqual({
      error: true,
      text: 'This draft belongs in #design (Slack), and Composure could not switch there. Open #design and it comes back; it is still waiting here.',
    });
    expect(openNote('asked', 'Board prep', 'Teams').text).toMatch(/waits here until you say yes/);
  });
});
