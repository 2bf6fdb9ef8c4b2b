// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { world } from './world';

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
    expect(screen.getByText('Tuesday: Shifts overlap')).toBeTruthy();
    const save = screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.submit(save.closest('form')!);
    await waitFor(() => expect(w.sent('settings/update')).toHaveLength(0));
  });

  it('a day with no shifts is off; removing every day asks for one', async () => {
    const w = await world();
    w.show('me');
    for (const d of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) fireEvent.click(await screen.findByLabelText(d));
    expect(screen.getByText('Choose at least one working day')).toBeTruthy();
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
});
