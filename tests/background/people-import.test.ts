import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { counts } from '../db/fresh-db';
import { setup } from './harness';

const HEADER = 'name,handle,email,timeZone,hours,outOfOffice';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\r\n') + '\r\n';

let t: ReturnType<typeof setup>;
beforeEach(async () => {
  t = setup();
  await t.call({
    type: 'people/import',
    format: 'csv',
    text: csv('Ana,@ana,ana@example.com,Europe/Berlin,mon-fri 09:00-17:00,', 'Bo,bo,,Asia/Tokyo,mon-fri 10:00-18:00,'),
  });
});
afterEach(() => t.db.close());

describe('people/import', () => {
  it('writes nothing when any row is malformed, and names every problem', async () => {
    const before = await t.db.people.toArray();
    const error = await t.fail({
      type: 'people/import',
      format: 'csv',
      text: csv(
        'Cy,cy,,UTC,mon 09:00-17:00,', // fine, but must not be written either
        'Di,di,,Europe/Berln,mon 09:00-17:00,',
        'Ed,ed,,UTC,mon 25:00-26:00,',
        'Fi,fi,,UTC,mon 17:00-09:00,',
        ',gu,,UTC,mon 09:00-17:00,',
        'Ha,ha,,UTC,mon 09:00-17:00,2026-13-40',
      ),
    });
    expect(error.code).toBe('invalid-file');
    expect(error.message).toMatch(/^Nothing was imported: 5 problems in 5 rows\. Row 3: timeZone 'Europe\/Berln'/);
    const rows = (error.details as { errors: Array<{ row: number; field: string }> }).errors.map((e) => [e.row, e.field]);
    expect(rows).toEqual([[3, 'timeZone'], [4, 'hours'], [5, 'hours'], [6, 'name'], [7, 'outOfOffice']]);
    expect(await t.db.people.toArray()).toEqual(before);
  });

  it('a row that would rename someone matched by handle or email is reported, not applied, unless the file names them in previousName', async () => {
    const before = await t.db.people.toArray();
    const error = await t.fail({ type: 'people/import', format: 'csv', text: csv('Dana Scully,@ana,,Europe/Berlin,mon-fri 09:00-17:00,', 'Cy,cy,,UTC,mon 09:00-17:00,') });
    expect(error.code).toBe('invalid-file');
    expect(error.message).toContain("Row 2: @ana is Ana's handle, and this row names them 'Dana Scully': nothing was renamed. To rename Ana, add previousName 'Ana' to the row; otherwise use another handle");
    expect(await t.db.people.toArray()).toEqual(before);
    // The file says it is an update of Ana: applied.
    const withColumn = `${HEADER},previousName\r\nAna Weber,@ana,,Europe/Berlin,mon-fri 09:00-17:00,,Ana\r\n`;
    expect(await t.call({ type: 'people/import', format: 'csv', text: withColumn })).toMatchObject({ updated: 1 });
    expect((await t.call({ type: 'people/list', query: 'ana' }))[0]).toMatchObject({ name: 'Ana Weber', handles: ['ana'] });
    // JSON says the same with "previousName"; a wrong previousName is still refused.
    const json = (previousName: string) => JSON.stringify({ format: 'composure-team', version: 1, people: [{ name: 'Bo Chen', handles: ['bo'], timeZone: 'Asia/Tokyo', workingHours: { mon: [{ start: '10:00', end: '18:00' }] }, previousName }] });
    expect((await t.fail({ type: 'people/import', format: 'json', text: json('Ana') })).message).toMatch(/@bo is Bo's handle, and this row names them 'Bo Chen'/);
    expect(await t.call({ type: 'people/import', format: 'json', text: json('bo') })).toMatchObject({ updated: 1 });
  });

  it('rejects a wrong header without writing', async () => {
    const error = await t.fail({ type: 'people/import', format: 'csv', text: 'name,email\nCy,cy@x.io\n' });
    expect(error.message).toMatch(/column 'handle' is missing/);
    expect(await t.db.people.count()).toBe(2);
  });

  it('reports added / updated / unchanged, matching by handle or email', async () => {
    const report = await t.call({
      type: 'people/import',
      format: 'csv',
      text: csv(
        'Ana,ANA,,Europe/Berlin,mon-fri 09:00-17:00,', // same person, same data
        'Bo Li,,BO@x.io; ,Asia/Tokyo,mon-fri 10:00-18:00,', // no handle: cannot match Bo → added
        'Bo,@Bo,,Asia/Tokyo,mon-thu 10:00-18:00,2026-05-01', // matched by handle, changed
        'Cy,cy,cy@x.io,UTC,mon 09:00-17:00,',
      ),
    });
    expect(report).toEqual({ added: 2, updated: 1, unchanged: 1, dryRun: false });
    const bo = (await t.call({ type: 'people/list', query: 'bo' })).find((p) => p.name === 'Bo');
    expect(bo).toMatchObject({ handles: ['bo'], outOfOffice: [{ start: '2026-05-01', end: '2026-05-01' }] });
    expect(Object.keys(bo!.workingHours)).toEqual(['mon', 'tue', 'wed', 'thu']);
    expect(await t.db.people.count()).toBe(4);
  });

  it('a dry run reports without writing', async () => {
    const report = await t.call({ type: 'people/import', format: 'csv', text: csv('Cy,cy,,UTC,mon 09:00-17:00,'), dryRun: true });
    expect(report).toEqual({ added: 1, updated: 0, unchanged: 0, dryRun: true });
    expect(await t.db.people.count()).toBe(2);
  });

  it('round-trips CSV and JSON exports through import with nothing changed', async () => {
    for (const format of ['csv', 'json'] as const) {
      const file = await t.call({ type: 'people/export', format });
      expect(file.filename).toBe(`composure-team.${format}`);
      expect(await t.call({ type: 'people/import', format, text: file.text })).toEqual({ added: 0, updated: 0, unchanged: 2, dryRun: false });
    }
  });

  it('imports a JSON team file shared by a lead', async () => {
    const text = JSON.stringify({
      format: 'composure-team',
      version: 1,
      people: [{ name: 'Cy', handles: ['cy'], emails: ['ana@example.com'], timeZone: 'UTC', workingHours: { mon: [{ start: '08:00', end: '12:00' }] }, previousName: 'Ana' }],
    });
    // Cy's email belongs to Ana and the file says Cy is Ana renamed: updated, not a new person.
    expect(await t.call({ type: 'people/import', format: 'json', text })).toEqual({ added: 0, updated: 1, unchanged: 0, dryRun: false });
    expect((await t.call({ type: 'people/match', names: [], handles: ['@cy'] })).people[0]).toMatchObject({ name: 'Cy' });
    expect((await t.call({ type: 'people/list', query: 'cy' }))[0]).toMatchObject({ name: 'Cy', handles: ['ana', 'cy'] });
  });

  it('imports 5 000 rows in one go', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `P${i},h${i},p${i}@example.com,America/New_York,mon-fri 09:00-17:00,`);
    expect(await t.call({ type: 'people/import', format: 'csv', text: csv(...rows) })).toEqual({ added: 5000, updated: 0, unchanged: 0, dryRun: false });
    expect(await t.db.people.count()).toBe(5002);
    expect(await t.call({ type: 'people/import', format: 'csv', text: csv(...rows) })).toEqual({ added: 0, updated: 0, unchanged: 5000, dryRun: false });
  }, 30_000);

  it('a full disk gives a clear error and loses nothing', async () => {
    const before = await counts(t.db);
    vi.spyOn(t.db.people, 'bulkPut').mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const error = await t.fail({ type: 'people/import', format: 'csv', text: csv('Cy,cy,,UTC,mon 09:00-17:00,', 'Ana,ana,,UTC,mon 09:00-17:00,') });
    expect(error).toEqual({ code: 'storage-full', message: expect.stringMatching(/^Storage is full: .*nothing was changed/) });
    expect(await counts(t.db)).toEqual(before);
    expect((await t.call({ type: 'people/match', names: [], handles: ['ana'] })).people[0]?.timeZone).toBe('Europe/Berlin');
  });
});

describe('people/upsert, delete, match', () => {
  it('creates, edits by id (replacing aliases), refuses taken aliases, deletes', async () => {
    const created = await t.call({ type: 'people/upsert', person: { name: 'Cy', handles: ['@Cy'], timeZone: 'america/new_york', workingHours: { tue: [{ start: '09:00', end: '12:00' }] } } });
    expect(created).toMatchObject({ created: true, person: { handles: ['cy'], emails: [], timeZone: 'America/New_York', outOfOffice: [] } });
    const id = created.person.id;
    const edited = await t.call({ type: 'people/upsert', person: { id, name: 'Cyd', handles: ['cyd'], timeZone: 'UTC', workingHours: { tue: [{ start: '09:00', end: '12:00' }] } } });
    expect(edited).toMatchObject({ created: false, person: { id, name: 'Cyd', handles: ['cyd'] } });
    expect(await t.fail({ type: 'people/upsert', person: { id, name: 'Cyd', handles: ['ana'], timeZone: 'UTC', workingHours: { mon: [{ start: '09:00', end: '12:00' }] } } }))
      .toMatchObject({ code: 'conflict', message: "@ana is Ana's handle: use another handle, or remove it from Ana first.", details: { conflict: { field: 'handle', value: '@ana', personName: 'Ana', canUpdate: false } } });
    expect(await t.fail({ type: 'people/upsert', person: { id: 'ghost', name: 'G', timeZone: 'UTC', workingHours: { mon: [{ start: '09:00', end: '12:00' }] } } }))
      .toMatchObject({ code: 'not-found' });
    expect(await t.call({ type: 'people/delete', id })).toEqual({ deleted: true });
    expect(await t.call({ type: 'people/delete', id })).toEqual({ deleted: false });
  });

  it("adding someone with another person's handle asks first; nothing changes until the user says update them", async () => {
    const [ana] = (await t.call({ type: 'people/list' })).filter((p) => p.name === 'Ana');
    const before = await t.call({ type: 'people/list' });
    const dana = { name: 'Dana S.', handles: ['@ANA'], timeZone: 'UTC', workingHours: { mon: [{ start: '09:00', end: '12:00' }] } };
    const asked = await t.fail({ type: 'people/upsert', person: dana });
    expect(asked).toMatchObject({ code: 'conflict', message: "@ana is Ana's handle: update Ana, or use another handle?", details: { conflict: { personId: ana!.id, canUpdate: true } } });
    expect(await t.call({ type: 'people/list' })).toEqual(before);
    const byEmail = await t.fail({ type: 'people/upsert', person: { ...dana, handles: [], emails: ['Ana@Example.com'] } });
    expect(byEmail.message).toBe("ana@example.com is Ana's email: update Ana, or use another email?");
    // "Update Ana": her record takes the form's name and hours, and keeps her other aliases.
    const updated = await t.call({ type: 'people/upsert', person: dana, update: ana!.id });
    expect(updated).toMatchObject({ created: false, person: { id: ana!.id, name: 'Dana S.', timeZone: 'UTC', emails: ana!.emails } });
    // An 'update' naming someone else is not a yes.
    expect((await t.fail({ type: 'people/upsert', person: { ...dana, name: 'X' }, update: 'someone-else' })).code).toBe('conflict');
  });

  it('matches conversation recipients and lists unknowns', async () => {
    const m = await t.call({ type: 'people/match', names: ['Bo', 'Zed'], handles: ['@Ana', 'ANA@EXAMPLE.COM', '@nobody'] });
    expect(m.people.map((p) => p.name)).toEqual(['Ana', 'Bo']);
    expect(m.unknown).toEqual(['@nobody', 'Zed']);
  });
});
