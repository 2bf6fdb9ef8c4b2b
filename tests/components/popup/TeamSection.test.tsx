// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { world, type World } from './world';

afterEach(cleanup);

const input = (el: HTMLElement, value: string) => fireEvent.input(el, { target: { value } });
const NINE_TO_FIVE = { start: '09:00', end: '17:00' };
const weekdays = { mon: [NINE_TO_FIVE], tue: [NINE_TO_FIVE], wed: [NINE_TO_FIVE], thu: [NINE_TO_FIVE], fri: [NINE_TO_FIVE] };

async function seed(w: World) {
  await w.client.request({ type: 'people/upsert', person: { name: 'Ana Ruiz', handles: ['ana'], emails: [], timeZone: 'Europe/Madrid', workingHours: weekdays } });
  await w.client.request({ type: 'people/upsert', person: { name: 'Kim Lee', handles: ['kim'], emails: ['kim@example.com'], timeZone: 'America/New_York', workingHours: weekdays } });
}
const rows = () => screen.queryAllByTestId('person');
const rowOf = (name: string) => rows().find((r) => r.textContent?.includes(name))!;

describe('Team', () => {
  it('is empty at first, with a way to add or import', async () => {
    const w = await world();
    w.show('team');
    expect(await screen.findByText('No teammates yet — add one or import a CSV')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add a teammate' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Import a file' })).toBeTruthy();
  });

  it('adds a person, who shows their local time and whether they are working', async () => {
    const w = await world();
    w.show('team');
    fireEvent.click(await screen.findByRole('button', { name: 'Add a teammate' }));
    input(screen.getByLabelText('Name'), 'Sam Tan');
    input(screen.getByLabelText('Chat handles'), '@sam, @sam.tan');
    input(screen.getByLabelText('Emails'), 'sam@example.com');
    fireEvent.change(screen.getByLabelText('Time zone'), { target: { value: 'Asia/Singapore' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add teammate' }));

    expect(await screen.findByText('Sam Tan added.')).toBeTruthy();
    await waitFor(() => expect(rows()).toHaveLength(1));
    const row = rowOf('Sam Tan');
    // 09:00 UTC on Monday is 17:00 in Singapore: the end of a 09:00–17:00 day (end exclusive).
    expect(within(row).getByTestId('person-local').textContent).toBe('17:00 Mon · SGT · Singapore');
    expect(within(row).getByTestId('person-status').textContent).toBe('Off');
    expect(row.textContent).toContain('@sam · @sam.tan · sam@example.com');
    const [stored] = await w.client.request({ type: 'people/list' });
    expect(stored).toMatchObject({ name: 'Sam Tan', handles: ['sam', 'sam.tan'], emails: ['sam@example.com'], timeZone: 'Asia/Singapore' });
  });

  it("asks before using someone else's handle: nothing is overwritten; 'Use another handle' goes back to the field; 'Update' updates them", async () => {
    const w = await world();
    await seed(w);
    w.show('team');
    fireEvent.click(await screen.findByRole('button', { name: 'Add' }));
    input(screen.getByLabelText('Name'), 'Ana R.');
    input(screen.getByLabelText('Chat handles'), '@ana');
    fireEvent.click(screen.getByRole('button', { name: 'Add teammate' }));
    const question = await screen.findByTestId('merge-question');
    expect(question.textContent).toContain("@ana is Ana Ruiz's handle: update Ana Ruiz, or use another handle?");
    expect(screen.getByTestId('person-form-summary').getAttribute('role')).toBe('alert');
    expect((await w.client.request({ type: 'people/list' })).map((p) => p.name).sort()).toEqual(['Ana Ruiz', 'Kim Lee']);
    fireEvent.click(within(question).getByRole('button', { name: 'Use another handle' }));
    expect(screen.queryByTestId('merge-question')).toBeNull();
    expect(document.activeElement).toBe(screen.getByLabelText('Chat handles'));
    fireEvent.click(screen.getByRole('button', { name: 'Add teammate' }));
    fireEvent.click(within(await screen.findByTestId('merge-question')).getByRole('button', { name: 'Update Ana Ruiz' }));
    await waitFor(async () => expect((await w.client.request({ type: 'people/list' })).map((p) => p.name).sort()).toEqual(['Ana R.', 'Kim Lee']));
    expect(await screen.findByText('Ana Ruiz updated (now Ana R.).')).toBeTruthy();
  });

  it('a malformed email is named next to its field and announced at the top, in plain words; nothing is sent', async () => {
    const w = await world();
    w.show('team');
    fireEvent.click(await screen.findByRole('button', { name: 'Add a teammate' }));
    input(screen.getByLabelText('Name'), 'Sam Tan');
    input(screen.getByLabelText('Emails'), 'sam@, sam@example.com');
    fireEvent.click(screen.getByRole('button', { name: 'Add teammate' }));
    expect((await screen.findByTestId('person-emails-error')).textContent).toBe("'sam@' is not an email address (write it like ana@example.com).");
    expect(screen.getByLabelText('Emails').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Emails').getAttribute('aria-describedby')).toBe('person-emails-error');
    expect(screen.getByTestId('person-form-summary').textContent).toBe('Not saved: check one field (Emails).');
    expect(document.body.textContent).not.toMatch(/people\/upsert|person\.emails/);
    expect(w.sent('people/upsert')).toHaveLength(0);
  });

  it('shows who is working now on their own clock', async () => {
    const w = await world();
    await seed(w);
    w.show('team');
    await screen.findByText('Ana Ruiz');
    expect(within(rowOf('Ana Ruiz')).getByTestId('person-local').textContent).toBe('10:00 Mon · CET · Madrid');
    expect(within(rowOf('Ana Ruiz')).getByTestId('person-status').textContent).toBe('Working');
    expect(within(rowOf('Kim Lee')).getByTestId('person-local').textContent).toBe('04:00 Mon · EST · New York');
    expect(within(rowOf('Kim Lee')).getByTestId('person-status').textContent).toBe('Off');
  });

  it('edits a person in place', async () => {
    const w = await world();
    await seed(w);
    w.show('team');
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Kim Lee' }));
    const name = screen.getByLabelText('Name') as HTMLInputElement;
    expect(name.value).toBe('Kim Lee');
    expect((screen.getByLabelText('Chat handles') as HTMLInputElement).value).toBe('@kim');
    input(name, 'Kim Lee-Park');
    fireEvent.click(screen.getByLabelText('Saturday'));
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Kim Lee-Park updated.')).toBeTruthy();
    const people = await w.client.request({ type: 'people/list' });
    expect(people).toHaveLength(2);
    expect(people.find((p) => p.name === 'Kim Lee-Park')?.workingHours.sat).toEqual([NINE_TO_FIVE]);
  });

  it('deletes only after a confirmation', async () => {
    const w = await world();
    await seed(w);
    w.show('team');
    fireEvent.click(await screen.findByRole('button', { name: 'Delete Ana Ruiz' }));
    expect(w.sent('people/delete')).toHaveLength(0);
    fireEvent.click(within(screen.getByRole('group', { name: 'Delete Ana Ruiz?' })).getByRole('button', { name: 'Keep' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete Ana Ruiz' }));
    fireEvent.click(within(screen.getByRole('group', { name: 'Delete Ana Ruiz?' })).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Ana Ruiz deleted.')).toBeTruthy();
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect((await w.client.request({ type: 'people/list' })).map((p) => p.name)).toEqual(['Kim Lee']);
  });

  it('searches by name, handle or email, and says when nothing matches', async () => {
    const w = await world();
    await seed(w);
    w.show('team');
    await screen.findByText('Ana Ruiz');
    const search = screen.getByLabelText('Search teammates');
    input(search, 'kim@');
    await waitFor(() => expect(rows().map((r) => r.querySelector('.person-name')?.textContent)).toEqual(['Kim Lee']));
    input(search, 'zzz');
    expect(await screen.findByText('No one matches “zzz”')).toBeTruthy();
    expect(w.sent('people/list').map((c) => c.query)).toEqual([undefined, 'kim@', 'zzz']);
  });

  it('a rejected save shows the background message and keeps the form', async () => {
    const w = await world();
    await seed(w);
    w.show('team');
    fireEvent.click(await screen.findByRole('button', { name: 'Add' }));
    input(screen.getByLabelText('Name'), 'Two People');
    input(screen.getByLabelText('Chat handles'), '@ana, @kim');
    fireEvent.click(screen.getByRole('button', { name: 'Add teammate' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/ana|kim/i);
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Two People');
    expect((await w.client.request({ type: 'people/list' })).map((p) => p.name).sort()).toEqual(['Ana Ruiz', 'Kim Lee']);
  });
});
