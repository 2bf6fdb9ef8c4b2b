// @vitest-environment happy-dom
// Forms and dialogs behave like a polished app's: opening one puts focus inside it, Escape closes it
// and gives focus back to what opened it; times are one 24-hour clock; a wrong-shaped CSV gets one error.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { parseTime } from '../../../components/popup/controls/TimeInput';
import { world } from './world';

afterEach(cleanup);

const escape = (el: Element) => fireEvent.keyDown(el, { key: 'Escape' });

describe('popup forms and dialogs', () => {
  it('Add puts focus in the form; Escape closes it and returns focus to Add', async () => {
    const w = await world();
    w.show('team');
    fireEvent.click(await screen.findByTestId('team-add'));
    const name = await screen.findByLabelText('Name');
    await waitFor(() => expect(document.activeElement).toBe(name));
    escape(name);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('team-add')));
    expect(w.sent('people/upsert')).toEqual([]);
  });

  it('Escape closes the import panel and returns focus to Import…', async () => {
    const w = await world();
    w.show('team');
    fireEvent.click(await screen.findByTestId('team-import'));
    escape(await screen.findByText('Choose file…'));
    await waitFor(() => expect(screen.queryByText('Import teammates')).toBeNull());
    expect(document.activeElement).toBe(screen.getByTestId('team-import'));
  });

  it('Escape cancels the erase dialog and returns focus to its button, erasing nothing', async () => {
    const w = await world();
    w.show('privacy');
    fireEvent.click(await screen.findByTestId('erase-start'));
    escape(await screen.findByTestId('erase-confirm'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('erase-start')));
    expect(w.sent('data/erase')).toEqual([]);
  });

  it('a semicolon-separated CSV gets one error about the header', async () => {
    const w = await world();
    w.show('team');
    fireEvent.click(await screen.findByTestId('team-import'));
    fireEvent.click(screen.getByRole('button', { name: 'Paste instead' }));
    fireEvent.input(screen.getByLabelText('Paste CSV or JSON'), { target: { value: 'name;handle;email;timeZone;hours;outOfOffice\nAna;@ana;;UTC;mon 09:00-17:00;\n' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check CSV' }));
    const errors = await screen.findByTestId('import-errors');
    expect(errors.querySelectorAll('li')).toHaveLength(1);
    expect(errors.textContent).toContain('separated by semicolons, not commas');
  });

  it('times are 24-hour text everywhere, with a sentence beside one that is not a time', async () => {
    const w = await world();
    w.show('me');
    const end = (await screen.findByLabelText('Monday shift 1 end')) as HTMLInputElement;
    expect(end.type).toBe('text');
    expect(end.value).toBe('17:00');
    fireEvent.input(end, { target: { value: '5pm' } });
    expect(await screen.findByText('Write the time as 24-hour HH:MM, like 09:30.')).toBeTruthy();
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect([parseTime('9:30'), parseTime('0930'), parseTime('24:00'), parseTime('24:00', true), parseTime('12:60')]).toEqual(['09:30', '09:30', null, '24:00', null]);
  });
});
