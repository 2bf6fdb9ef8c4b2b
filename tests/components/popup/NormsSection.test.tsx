// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultNorms } from '../../../lib/records/defaults';
import { Popup } from '../../../components/popup/Popup';
import type { Client } from '../../../lib/protocol/client';
import { ProtocolError } from '../../../lib/protocol/responses';
import { noOwnRequests, world } from './world';

afterEach(cleanup);

describe('Norms', () => {
  it('starts from the practice: urgent in minutes (page, not chat), same day, one business day, FYI no reply', async () => {
    const w = await world();
    w.show('norms');
    const urgent = within(await screen.findByTestId('norm-urgent'));
    expect((urgent.getByLabelText('Expectation line') as HTMLInputElement).value).toMatch(/minutes — page\/call/);
    expect((urgent.getByLabelText('Reply within') as HTMLInputElement).value).toBe('15');
    expect((urgent.getByLabelText('Urgent target unit') as HTMLSelectElement).value).toBe('min');
    const sameDay = within(screen.getByTestId('norm-same-day'));
    expect((sameDay.getByLabelText('Reply within') as HTMLInputElement).value).toBe('4');
    expect((sameDay.getByLabelText('Same day target unit') as HTMLSelectElement).value).toBe('h');
    expect((sameDay.getByLabelText('Count working hours only') as HTMLInputElement).checked).toBe(true);
    const normal = within(screen.getByTestId('norm-normal'));
    expect((normal.getByLabelText('Normal target unit') as HTMLSelectElement).value).toBe('d');
    const fyi = within(screen.getByTestId('norm-fyi'));
    expect((fyi.getByLabelText('No reply expected') as HTMLInputElement).checked).toBe(true);
    expect(fyi.queryByLabelText('Reply within')).toBeNull();
  });

  it('edits persist through settings/update', async () => {
    const w = await world();
    w.show('norms');
    const urgent = within(await screen.findByTestId('norm-urgent'));
    fireEvent.input(urgent.getByLabelText('Expectation line'), { target: { value: 'within 10 minutes — call me' } });
    fireEvent.input(urgent.getByLabelText('Reply within'), { target: { value: '10' } });
    const normal = within(screen.getByTestId('norm-normal'));
    fireEvent.input(normal.getByLabelText('Reply within'), { target: { value: '2' } });
    fireEvent.click(within(screen.getByTestId('norm-fyi')).getByLabelText('No reply expected'));
    fireEvent.click(screen.getByRole('button', { name: 'Save norms' }));
    await screen.findByText(/^Saved/);

    const { norms } = await w.client.request({ type: 'settings/get' });
    expect(norms.urgent).toEqual({ expectation: 'within 10 minutes — call me', targetMinutes: 10, workingTime: false });
    expect(norms.normal.targetMinutes).toBe(2 * 1440);
    expect(norms.fyi.targetMinutes).toBe(1440);
    expect(w.sent('settings/update')).toHaveLength(1);
  });

  it('refuses an empty expectation line, and restores defaults on request', async () => {
    const w = await world();
    await w.client.request({ type: 'settings/update', patch: { norms: { normal: { expectation: 'by tomorrow', targetMinutes: 600 } } } });
    w.show('norms');
    const normal = within(await screen.findByTestId('norm-normal'));
    fireEvent.input(normal.getByLabelText('Expectation line'), { target: { value: '  ' } });
    expect(screen.getByText('Give every tier an expectation line')).toBeTruthy();
    const line = normal.getByLabelText('Expectation line');
    expect(line.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId(line.getAttribute('aria-describedby')!).textContent).toBe('Write the line the sidebar inserts for this tier.');
    expect(within(screen.getByTestId('norm-urgent')).queryByText(/Write the line/)).toBeNull();
    expect((screen.getByRole('button', { name: 'Save norms' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Restore defaults' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save norms' }));
    await screen.findByText(/^Saved/);
    expect((await w.client.request({ type: 'settings/get' })).norms).toEqual(defaultNorms());
  });

  it('a reply target over 30 days is named next to it; nothing is sent', async () => {
    const w = await world();
    w.show('norms');
    const normal = within(await screen.findByTestId('norm-normal'));
    fireEvent.input(normal.getByLabelText('Reply within'), { target: { value: '40' } });
    const amount = normal.getByLabelText('Reply within');
    expect(amount.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('norm-normal-target-error').textContent).toBe('Reply within at most 30 days.');
    expect(screen.getByText('Normal: reply within at most 30 days')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Save norms' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.submit(screen.getByRole('button', { name: 'Save norms' }).closest('form')!);
    expect(w.sent('settings/update')).toHaveLength(0);
  });

  it('what the background refuses is shown next to the field in plain words and announced at the top', async () => {
    const w = await world();
    const refusing: Client = {
      request: async (msg) => {
        if (msg.type !== 'settings/update') return w.client.request(msg);
        const issues = [{ path: 'patch.norms.urgent.expectation', message: 'Invalid length: Expected <=300 but received 301' }];
        throw new ProtocolError('invalid-request', "Invalid 'settings/update' request: patch.norms.urgent.expectation: …", { issues });
      },
    };
    render(<Popup client={refusing} now={w.now} initialTab="norms" ownRequests={noOwnRequests} />);
    await screen.findByTestId('norm-urgent');
    fireEvent.click(screen.getByRole('button', { name: 'Save norms' }));
    const summary = await screen.findByTestId('norms-form-summary');
    expect(summary.getAttribute('role')).toBe('alert');
    expect(summary.textContent).toBe('Not saved: check one field (Urgent expectation line).');
    expect(screen.getByTestId('norm-urgent-text-error').textContent).toBe('Urgent expectation line is not accepted as it is: check it.');
    expect(document.body.textContent).not.toMatch(/settings\/update|patch\.norms|Expected <=/);
  });
});
