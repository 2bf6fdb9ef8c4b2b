// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { world, type World } from './world';

afterEach(cleanup);

const HEADER = 'name,handle,email,timeZone,hours,outOfOffice';
const BAD_CSV = [
  HEADER,
  'Ana Ruiz,@ana,,Europe/Madrid,mon-fri 09:00-17:00,',
  'Bo Chen,@bo,,Asia/Singapore,mon-fri 09:00-17:00,',
  'Cy Park,@cy,,Europe/Berln,mon-fri 09:00-17:00,',
  'Di Okoro,,,Africa/Lagos,mon-fri 09:00-17:00,',
].join('\n');
const GOOD_CSV = [
  HEADER,
  'Ana Ruiz,@ana,ana@example.com,Europe/Madrid,mon-thu 09:00-17:00,',
  'Bo Chen,@bo,,Asia/Singapore,mon-fri 08:30-12:00 13:00-17:30,2026-12-24..2027-01-02',
  'Kim Lee,@kim,,America/New_York,mon-fri 09:00-17:00,',
].join('\n');

async function withAna(w: World) {
  const day = [{ start: '09:00', end: '17:00' }];
  await w.client.request({ type: 'people/upsert', person: { name: 'Ana Ruiz', handles: ['ana'], emails: [], timeZone: 'Europe/Madrid', workingHours: { mon: day, tue: day } } });
}

async function openImport() {
  fireEvent.click(await screen.findByRole('button', { name: 'Import…' }));
}

async function paste(text: string) {
  fireEvent.click(screen.getByRole('button', { name: 'Paste instead' }));
  fireEvent.input(screen.getByLabelText('Paste CSV or JSON'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: /^Check (CSV|JSON)$/ }));
}

async function choose(name: string, text: string, type = 'text/csv') {
  const input = screen.getByLabelText('Choose a file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], name, { type })] });
  fireEvent.change(input);
}

describe('Team import', () => {
  it('a bad CSV lists every problem per row and writes nothing', async () => {
    const w = await world();
    await withAna(w);
    w.show('team');
    await openImport();
    await paste(BAD_CSV);
    const list = await screen.findByTestId('import-errors');
    const items = [...list.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual([
      "Row 4 · timeZone · 'Europe/Berln' is not a valid IANA time zone (like Europe/Berlin)",
      'Row 5 · handle · needs a handle or an email so the person can be matched',
    ]);
    expect(screen.getByRole('alert').textContent).toContain('Nothing was imported.');
    // The pasted text is the field: it is marked invalid and points at its problems, right under it.
    const box = screen.getByLabelText('Paste CSV or JSON');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(box.getAttribute('aria-describedby')!)).toBe(screen.getByRole('alert'));
    expect(await w.db.people.count()).toBe(1);
    expect(w.sent('people/import').map((c) => c.dryRun)).toEqual([true]);
  });

  it('a file over the limit says "too large" in one sentence, is never read or sent, and writes nothing', async () => {
    const w = await world();
    w.show('team');
    await openImport();
    const input = screen.getByLabelText('Choose a file') as HTMLInputElement;
    const file = new File([GOOD_CSV], 'huge.csv', { type: 'text/csv' });
    Object.defineProperty(file, 'size', { value: 70_000_000 });
    file.text = () => Promise.reject(new Error('a file over the limit must not be read'));
    Object.defineProperty(input, 'files', { configurable: true, value: [file] });
    fireEvent.change(input);
    expect((await screen.findByRole('alert')).textContent).toMatch(/This file is too large \(70\.0 MB\): Composure imports files up to 20 MB\./);
    expect(w.sent('people/import')).toEqual([]);
    expect(await w.db.people.count()).toBe(0);
  });

  it('a good CSV is checked first (dry run), then imported: "2 added, 1 updated"', async () => {
    const w = await world();
    await withAna(w);
    w.show('team');
    await openImport();
    await choose('team.csv', GOOD_CSV);
    expect((await screen.findByText(/^Ready:/)).textContent).toBe('Ready: 2 new teammates, 1 update.');
    expect(await w.db.people.count()).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect((await screen.findByTestId('import-report')).textContent).toBe('Imported: 2 added, 1 updated.');
    expect(await w.db.people.count()).toBe(3);
    await waitFor(() => expect(screen.getAllByTestId('person')).toHaveLength(3));
    const ana = (await w.client.request({ type: 'people/list', query: 'ana' }))[0]!;
    expect(ana.emails).toEqual(['ana@example.com']);
    expect(Object.keys(ana.workingHours)).toEqual(['mon', 'tue', 'wed', 'thu']);
  });

  it('reads JSON files too (by file name), and reports a JSON syntax problem', async () => {
    const w = await world();
    w.show('team');
    await openImport();
    await choose('team.json', '{"format": "composure-team", "people": [', 'application/json');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Nothing was imported');
    expect(w.sent('people/import')[0]).toMatchObject({ format: 'json', dryRun: true });
    const exported = await w.client.request({ type: 'people/export', format: 'json' });
    await choose('team.json', exported.text.replace('"people": []', '"people": [{"name":"Lu","handles":["lu"],"timeZone":"Asia/Tokyo","workingHours":{"mon":[{"start":"09:00","end":"17:00"}]}}]'), 'application/json');
    expect((await screen.findByText(/^Ready:/)).textContent).toBe('Ready: 1 new teammate, 0 updates.');
  });
});
