// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup, TABS } from '../../../components/popup/Popup';
import type { Client } from '../../../lib/protocol/client';
import { ProtocolError } from '../../../lib/protocol/responses';
import { noOwnRequests, world } from './world';

afterEach(cleanup);

describe('Popup', () => {
  it('has a labelled tab list that arrow keys, Home and End move through', async () => {
    const w = await world();
    w.show('me');
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['Me', 'Team', 'Norms', 'Focus', 'Outbox', 'Trends', 'Privacy']);
    expect(screen.getByRole('tablist').getAttribute('aria-label')).toBe('Composure settings');
    const selected = () => screen.getByRole('tab', { selected: true });
    expect(selected().textContent).toBe('Me');
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1, -1, -1, -1, -1]);

    fireEvent.keyDown(selected(), { key: 'ArrowRight' });
    expect(selected().textContent).toBe('Team');
    expect(document.activeElement).toBe(selected());
    fireEvent.keyDown(selected(), { key: 'ArrowLeft' });
    fireEvent.keyDown(selected(), { key: 'ArrowLeft' });
    expect(selected().textContent).toBe('Privacy'); // wraps around
    fireEvent.keyDown(selected(), { key: 'Home' });
    expect(selected().textContent).toBe('Me');
    fireEvent.keyDown(selected(), { key: 'End' });
    expect(selected().textContent).toBe('Privacy');
    const panel = screen.getByRole('tabpanel');
    expect(panel.getAttribute('aria-labelledby')).toBe(selected().id);
    expect(await screen.findByTestId('privacy-requests')).toBeTruthy();
  });

  it('shows each section while loading, then its content', async () => {
    const w = await world();
    w.show('norms');
    expect(screen.getByRole('status').textContent).toContain('Loading norms');
    expect(await screen.findByTestId('norm-urgent')).toBeTruthy();
  });

  it.each(TABS.map((t) => t.id))('the %s tab shows the background error instead of going blank', async (tab) => {
    const failing: Client = {
      request: async () => {
        throw new ProtocolError('storage-unavailable', 'Storage is unavailable: the browser refused to open the database');
      },
    };
    render(<Popup client={failing} now={() => 0} initialTab={tab} ownRequests={noOwnRequests} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Storage is unavailable');
  });
});
