// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { madeText } from '../../../components/popup/privacy/restore-text';
import { world, type World } from './world';

const day = [{ start: '09:00', end: '17:00' }];
const person = (name: string, handle: string) => ({
  name,
  handles: [handle],
  emails: [],
  timeZone: 'Europe/Madrid',
  workingHours: { mon: day },
});

async function seed(w: World) {
  await w.client.request({ type: 'settings/update', patch: { me: { name: 'Kim' } } });
  await w.client.request({ type: 'people/upsert', person: person('Ana', 'ana') });
  await w.client.request({
    type: 'outbox/add',
    item: {
      host: 'slack',
      conversation: { key: 'C1', title: '#design', url: 'https://app.slack.com/client/T1/C1' },
      text: 'later',
      recipients: [],
      urgency: 'normal',
      sendAt: w.clock.now + 3_600_000,
    },
  });
  await w.client.request({
    type: 'stats/record',
    event: { kind: 'message', score: 80, missing: [], urgency: 'normal' },
  });
}

function choose(text: string, name = 'composure-backup-2026-03-02.json', size?: number) {
  const input = screen.getByLabelText('Choose backup…') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  if (size !== undefined) {
    Object.defineProperty(file, 'size', { value: size });
    file.text = () => Promise.reject(new Error('a file over the limit must not be read'));
  }
  Object.defineProperty(input, 'files', { configurable: true, value: [file] });
  fireEvent.change(input);
}

const rowText = (table: string) => [...screen.getByTestId(`restore-row-${table}`).children].map((c) => c.textContent);
const writes = (w: World) => w.sent('backup/import').filter((c) => !c.dryRun);

afterEach(cleanup);

describe('Restore from a backup (Privacy)', () => {
  it('previews what is replaced and kept, writes nothing until confirmed, then restores and says what', async () => {
    const w = await world();
    await seed(w);
    const backup = (await w.client.request({ type: 'backup/export' })).text;
    // Since the backup: another teammate, a new name, the outbox emptied, Teams turned off.
    await w.client.request({ type: 'people/upsert', person: person('Bo', 'bo') });
    await w.client.request({ type: 'settings/update', patch: { me: { name: 'Someone' } } });
    await w.db.outbox.clear();
    await w.client.request({ type: 'switch/off', scope: 'host', host: 'teams', key: 'teams', label: 'Teams' });
    w.show('privacy');
    await screen.findByText('(2 people)');

    choose(backup);
    const preview = await screen.findByTestId('restore-preview');
    expect(within(preview).getByText('Replace your data with this backup?')).toBeTruthy();
    expect(preview.textContent).toContain('made Mon 2 Mar 2026, 10:00');
    expect(rowText('people')).toEqual(['Team directory', '2 people', '1 person']);
    expect(rowText('outbox')).toEqual(['Outbox drafts', '0 waiting', '1 waiting']);
    expect(rowText('settings')).toEqual(['Settings (name, zone, hours, norms, focus)', 'yours', 'Kim · Europe/Berlin']);
    expect(rowText('stats')).toEqual(['Daily totals', '1 day', '1 day']);
    expect(screen.getByTestId('restore-preview').textContent).toContain(
      'Kept as they are: what you turned off or paused (1), where the sidebar sits',
    );
    expect(w.sent('backup/import')).toEqual([{ type: 'backup/import', text: backup, dryRun: true }]);
    expect(await w.db.people.count()).toBe(2);

    // Cancel (or Escape) leaves everything as it was.
    fireEvent.click(screen.getByTestId('restore-cancel'));
    expect(screen.queryByTestId('restore-preview')).toBeNull();
    expect(writes(w)).toEqual([]);

    choose(backup);
    fireEvent.click(await screen.findByTestId('restore-confirm'));
    expect((await screen.findByTestId('restore-done')).textContent).toBe(
      'Restored from composure-backup-2026-03-02.json: your settings (Kim, Europe/Berlin), 1 person, 1 draft waiting, 0 focus sessions, 1 day of totals.',
    );
    expect(writes(w)).toHaveLength(1);
    expect((await w.db.people.toArray()).map((p) => p.name)).toEqual(['Ana']);
    expect((await w.client.request({ type: 'settings/get' })).me.name).toBe('Kim');
    expect(await w.db.outbox.count()).toBe(1);
    expect(await w.client.request({ type: 'switch/list' })).toHaveLength(1);
    await waitFor(() => expect(screen.getByText('(1 person)')).toBeTruthy());
  });

  it('Escape closes the preview without writing', async () => {
    const w = await world();
    await seed(w);
    const backup = (await w.client.request({ type: 'backup/export' })).text;
    w.show('privacy');
    choose(backup);
    await screen.findByTestId('restore-preview');
    // The listener is attached after the dialog paints (an effect): press until it is there.
    await waitFor(() => {
      const confirm = screen.queryByTestId('restore-confirm');
      if (confirm) fireEvent.keyDown(confirm, { key: 'Escape' });
      expect(screen.queryByTestId('restore-preview')).toBeNull();
    });
    expect(writes(w)).toEqual([]);
  });

  it.each([
    ['a broken file', '{"format":"composure-backup",', /^This file is not a Composure backup: it is not valid JSON\.$/],
    [
      'a team file',
      '{"format":"composure-team","version":1,"people":[]}',
      /^This is a team file, not a full backup: import it in the Team tab\./,
    ],
    [
      'a foreign file',
      '{"name":"something else"}',
      /^This file is not a Composure backup \(a backup is the JSON file "Export everything" saves\)/,
    ],
    [
      'a newer backup',
      '{"format":"composure-backup","version":7}',
      /^This backup was made by a newer Composure \(backup format 7; this one reads up to 1\): update Composure/,
    ],
    [
      'a damaged entry',
      '{"format":"composure-backup","version":1,"people":[{"id":"p1","name":"Ana","handles":[],"emails":[],"timeZone":"Europe/Berln","workingHours":{},"createdAt":1,"updatedAt":1}]}',
      /^This backup is damaged: Person 1, timeZone 'Europe\/Berln' is not a valid IANA time zone/,
    ],
  ])('refuses %s in one sentence and writes nothing', async (_what, text, sentence) => {
    const w = await world();
    await seed(w);
    w.show('privacy');
    await screen.findByText('(1 person)');
    choose(text);
    const error = await screen.findByTestId('restore-error');
    expect(within(error).getByText('Nothing was restored')).toBeTruthy();
    expect(error.textContent?.replace('Nothing was restored', '')).toMatch(sentence);
    expect(screen.queryByTestId('restore-preview')).toBeNull();
    expect(writes(w)).toEqual([]);
    expect((await w.db.people.toArray()).map((p) => p.name)).toEqual(['Ana']);
  });

  it('a file over the limit is refused before it is read or sent', async () => {
    const w = await world();
    w.show('privacy');
    choose('{}', 'huge.json', 70_000_000);
    expect((await screen.findByTestId('restore-error')).textContent).toContain(
      'This file is too large (70.0 MB) to be a Composure backup',
    );
    expect(w.sent('backup/import')).toEqual([]);
  });

  it('names when the backup was made in the user’s zone, or nothing when the file does not say', () => {
    expect(madeText(Date.UTC(2026, 11, 4, 23, 30), 'Asia/Tokyo')).toBe('made Sat 5 Dec 2026, 08:30');
    expect(madeText(null, 'Asia/Tokyo')).toBe('');
  });
});
