// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup } from '../../../components/popup/Popup';
import type { Client } from '../../../lib/protocol/client';
import { ProtocolError } from '../../../lib/protocol/responses';
import { noOwnRequests, world } from './world';

afterEach(cleanup);

const input = (el: HTMLElement, value: string) => fireEvent.input(el, { target: { value } });
const change = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });

describe('Me', () => {
  it('saves name, zone, split hours and time off through settings/update, and they persist', async () => {
    const w = await world();
    w.show('me');
    input(await screen.findByLabelText('Name'), 'Robin');
    change(screen.getByLabelText('Time zone'), 'Asia/Tokyo');
    fireEvent.click(screen.getByLabelText('Friday')); // day off
    fireEvent.click(screen.getByRole('button', { name: 'Add a shift on Monday' }));
    change(screen.getByLabelText('Monday shift 1 end'), '12:00');
    change(screen.getByLabelText('Monday shift 2 start'), '13:00');
    change(screen.getByLabelText('Monday shift 2 end'), '17:30');
    fireEvent.click(screen.getByRole('button', { name: '+ Add time off' }));
    change(screen.getByLabelText('Time off 1 last day'), '2026-03-06');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect((await screen.findByText(/^Saved/)).textContent).toContain('Saved');
    expect(w.sent('settings/update')).toHaveLength(1);
    const { me } = await w.client.request({ type: 'settings/get' });
    expect(me).toEqual({
      name: 'Robin',
      timeZone: 'Asia/Tokyo',
      workingHours: {
        mon: [{ start: '09:00', end: '12:00' }, { start: '13:00', end: '17:30' }],
        tue: [{ start: '09:00', end: '17:00' }],
        wed: [{ start: '09:00', end: '17:00' }],
        thu: [{ start: '09:00', end: '17:00' }],
      },
      // "today" is read on the user's clock: 18:00 on Monday in Tokyo is still 2 March.
      outOfOffice: [{ start: '2026-03-02', end: '2026-03-06' }],
    });
  });

  it('offers the detected zone first and a one-click way back to it', async () => {
    const w = await world({ timeZone: 'Asia/Tokyo' });
    w.show('me');
    const select = (await screen.findByLabelText('Time zone')) as HTMLSelectElement;
    const detected = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(select.options[0]!.value).toBe(detected);
    expect(select.options.length).toBeGreaterThan(300);
    expect(select.value).toBe('Asia/Tokyo');
    fireEvent.click(screen.getByRole('button', { name: 'Use it' }));
    expect(select.value).toBe(detected);
  });

  it('blocks saving overlapping shifts with a readable reason, and nothing is sent', async () => {
    const w = await world();
    w.show('me');
    fireEvent.click(await screen.findByRole('button', { name: 'Add a shift on Tuesday' }));
    change(screen.getByLabelText('Tuesday shift 2 start'), '16:00');
    expect(screen.getAllByText('Shifts overlap').length).toBeGreaterThan(0);
    // Next to the field (tied to it for screen readers) and beside Save, which stays in view.
    expect(screen.getByTestId('me-workingHours-error').textContent).toBe('Tuesday: Shifts overlap.');
    expect(screen.getByText('Working hours').closest('fieldset')!.getAttribute('aria-describedby')).toBe('me-workingHours-error');
    expect(screen.getAllByText('Tuesday: Shifts overlap.')).toHaveLength(2);
    const save = screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.submit(save.closest('form')!);
    await waitFor(() => expect(w.sent('settings/update')).toHaveLength(0));
  });

  it('a day with no shifts is off; removing every day asks for one', async () => {
    const w = await world();
    w.show('me');
    for (const d of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) fireEvent.click(await screen.findByLabelText(d));
    expect(screen.getByTestId('me-workingHours-error').textContent).toBe('Choose at least one working day.');
    fireEvent.click(screen.getByLabelText('Saturday'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText(/^Saved/);
    expect((await w.client.request({ type: 'settings/get' })).me.workingHours).toEqual({ sat: [{ start: '09:00', end: '17:00' }] });
  });

  it('an end at midnight (00:00 in the time input) is sent as 24:00', async () => {
    const w = await world();
    w.show('me');
    fireEvent.click(await screen.findByLabelText('Saturday'));
    change(screen.getByLabelText('Saturday shift 1 start'), '22:00');
    change(screen.getByLabelText('Saturday shift 1 end'), '00:00');
    expect(screen.queryByText(/Saturday:/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(w.sent('settings/update')).toHaveLength(1));
    const patch = w.sent('settings/update')[0]!.patch as { me: { workingHours: Record<string, unknown> } };
    expect(patch.me.workingHours.sat).toEqual([{ start: '22:00', end: '24:00' }]);
    expect((screen.getByLabelText('Saturday shift 1 end') as HTMLInputElement).value).toBe('00:00');
  });

  it('a zone Composure does not know is named next to the zone field, and nothing is sent until one is chosen', async () => {
    const w = await world();
    const { me } = await w.client.request({ type: 'settings/get' });
    await w.db.settings.put({ key: 'me', value: { ...me, timeZone: 'Mars/Olympus' } });
    w.show('me');
    const note = await screen.findByTestId('me-timeZone-error');
    expect(note.textContent).toBe("'Mars/Olympus' is not a time zone Composure knows: choose yours from the list.");
    const select = screen.getByLabelText('Time zone');
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(select.getAttribute('aria-describedby')).toBe('me-timeZone-error');
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
    change(select, 'Asia/Tokyo');
    expect(screen.queryByTestId('me-timeZone-error')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText(/^Saved/);
    expect((await w.client.request({ type: 'settings/get' })).me.timeZone).toBe('Asia/Tokyo');
  });

  it('what the background refuses is shown next to its field in plain words, announced at the top, and the field takes focus', async () => {
    const w = await world();
    const refusing: Client = {
      request: async (msg) => {
        if (msg.type !== 'settings/update') return w.client.request(msg);
        const issues = [{ path: 'patch.me.timeZone', message: "'Asia/Tokyo' is not a valid IANA time zone (like Europe/Berlin)" }];
        throw new ProtocolError('invalid-request', "Invalid 'settings/update' request: patch.me.timeZone: …", { issues });
      },
    };
    render(<Popup client={refusing} now={w.now} initialTab="me" ownRequests={noOwnRequests} />);
    change(await screen.findByLabelText('Time zone'), 'Asia/Tokyo');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const summary = await screen.findByTestId('me-form-summary');
    expect(summary.getAttribute('role')).toBe('alert');
    expect(summary.textContent).toBe('Not saved: check one field (Time zone).');
    expect(screen.getByTestId('me-timeZone-error').textContent).toBe("'Asia/Tokyo' is not a valid IANA time zone (like Europe/Berlin).");
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Time zone')));
    expect(document.body.textContent).not.toMatch(/settings\/update|patch\.me/);
    // The next edit clears what was refused.
    change(screen.getByLabelText('Time zone'), 'Europe/Berlin');
    expect(screen.queryByTestId('me-form-summary')).toBeNull();
    expect(screen.queryByTestId('me-timeZone-error')).toBeNull();
  });
});
