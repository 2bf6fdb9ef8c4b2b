// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { MONDAY_9, world } from './world';

afterEach(cleanup);
const MIN = 60_000;

describe('Focus', () => {
  it('starts a preset: focus-stop appears with minutes left, the badge agrees, and stop ends it', async () => {
    const w = await world();
    w.show('focus');
    fireEvent.click(await screen.findByLabelText('50 min'));
    const start = screen.getByTestId('focus-start');
    expect(start.textContent).toBe('Start 50-minute focus');
    fireEvent.click(start);
    const stop = await screen.findByTestId('focus-stop');
    expect(screen.getByTestId('focus-minutes-left').textContent).toBe('50m left');
    expect(await w.client.request({ type: 'focus/get' })).toMatchObject({ active: true, minutesLeft: 50 });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('50m');
    // The host-page banner and the reply line, on the user's clock (Berlin: 10:00 now, until 10:50).
    expect(screen.getByText('“Focus until 10:50 · next check 13:00”')).toBeTruthy();
    expect(screen.getByText("“I'm in focus time until 10:50; I'll reply at my 13:00 check.”")).toBeTruthy();

    fireEvent.click(stop);
    expect(await screen.findByTestId('focus-start')).toBeTruthy();
    expect(await w.client.request({ type: 'focus/get' })).toMatchObject({ active: false });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('shows a running session on open, and counts down as time passes', async () => {
    const w = await world();
    await w.client.request({ type: 'focus/start', minutes: 25 });
    w.show('focus');
    expect((await screen.findByTestId('focus-minutes-left')).textContent).toBe('25m left');
    w.clock.now = MONDAY_9 + 10 * MIN;
    fireEvent.click(screen.getByLabelText('Hide unread counts in Slack and Teams while focusing'));
    await waitFor(() => expect(screen.getByTestId('focus-minutes-left').textContent).toBe('15m left'));
  });

  it('"Until…" focuses until a time on the user clock', async () => {
    const w = await world();
    w.show('focus');
    fireEvent.click(await screen.findByLabelText('Until…'));
    expect((screen.getByTestId('focus-start') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.input(screen.getByLabelText('Focus until'), { target: { value: '11:30' } });
    expect(screen.getByTestId('focus-start').textContent).toBe('Focus until 11:30');
    fireEvent.click(screen.getByTestId('focus-start'));
    expect((await screen.findByTestId('focus-minutes-left')).textContent).toBe('90m left');
    expect(w.sent('focus/start')).toEqual([{ type: 'focus/start', until: MONDAY_9 + 90 * MIN }]);
  });

  it('adds and removes scheduled focus blocks', async () => {
    const w = await world();
    w.show('focus');
    expect(await screen.findByText(/No blocks yet/)).toBeTruthy();
    const form = within(screen.getByRole('group', { name: 'Add a focus block' }));
    fireEvent.click(form.getByLabelText('Friday')); // Mon–Thu
    fireEvent.input(form.getByLabelText('Block start'), { target: { value: '14:00' } });
    fireEvent.input(form.getByLabelText('Block end'), { target: { value: '15:30' } });
    fireEvent.click(form.getByRole('button', { name: 'Add block' }));
    await waitFor(() => expect(screen.getAllByTestId('focus-block').map((b) => b.textContent)).toEqual(['Mon–Thu 14:00–15:30×']));
    expect(screen.getByText('Next block starts Mon 14:00 CET.')).toBeTruthy();
    const { blocks } = (await w.client.request({ type: 'settings/get' })).focus;
    expect(blocks).toEqual([{ id: expect.any(String), days: ['mon', 'tue', 'wed', 'thu'], start: '14:00', end: '15:30' }]);

    fireEvent.input(form.getByLabelText('Block end'), { target: { value: '13:00' } });
    expect(form.getByText('End must be after start')).toBeTruthy();
    expect((form.getByRole('button', { name: 'Add block' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Remove block Mon–Thu 14:00–15:30' }));
    await waitFor(() => expect(screen.queryAllByTestId('focus-block')).toHaveLength(0));
    expect((await w.client.request({ type: 'settings/get' })).focus.blocks).toEqual([]);
  });

  it('edits batch-check windows', async () => {
    const w = await world();
    w.show('focus');
    const chips = async () => (await screen.findAllByTestId('batch-window')).map((c) => c.firstChild?.textContent);
    expect(await chips()).toEqual(['09:00', '13:00', '16:30']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove 13:00' }));
    await waitFor(async () => expect(await chips()).toEqual(['09:00', '16:30']));
    const add = screen.getByLabelText('New check time');
    fireEvent.input(add, { target: { value: '11:15' } });
    fireEvent.keyDown(add, { key: 'Enter' });
    await waitFor(async () => expect(await chips()).toEqual(['09:00', '11:15', '16:30']));
    fireEvent.input(add, { target: { value: '09:00' } });
    expect((screen.getByRole('button', { name: 'Add check time' }) as HTMLButtonElement).disabled).toBe(true);
    expect((await w.client.request({ type: 'settings/get' })).focus.batchWindows).toEqual(['09:00', '11:15', '16:30']);
  });

  it('shows why a start failed', async () => {
    const w = await world();
    w.show('focus');
    fireEvent.click(await screen.findByLabelText('Until…'));
    // The popup was left open: by the background's clock the chosen end has passed, so it refuses.
    fireEvent.input(screen.getByLabelText('Focus until'), { target: { value: '10:30' } });
    w.ctx.now = () => MONDAY_9 + 60 * MIN;
    fireEvent.click(screen.getByTestId('focus-start'));
    expect((await screen.findByRole('alert')).textContent).toContain('Focus end time is in the past');
    expect(screen.getByTestId('focus-start')).toBeTruthy();
  });
});
