// The CSV and JSON importers on 10 000 generated files each: valid files, mangled valid files
// (dropped quotes, extra columns, BOM, CRLF, NULs, truncation, structural edits) and random bytes.
// They answer with row errors, never by throwing; what they accept is what the rest of the app accepts.
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { PersonRecord } from '../../lib/records/types';
import { parseCsv, serializeCsv } from '../../lib/io/csv-rfc4180';
import { exportPeopleCsv, parsePeopleCsv, type PeopleParse } from '../../lib/io/csv';
import { planPeopleWrite } from '../../lib/io/import-plan';
import { exportBackupJson, exportTeamJson, parseBackupJson, parseTeamJson } from '../../lib/io/json';
import { PersonRecordSchema } from '../../lib/io/backup-schema';
import { MAX_ALIASES, PersonInputSchema } from '../../lib/protocol/schemas';
import { FUZZ, hostileText } from './arbitraries';
import { backupFile, csvFile, teamArb, teamJsonFile } from './files';

/** Checks a parse result's shape and that every accepted person is valid. */
function checkParse(result: PeopleParse, firstRow: number, emptyIsError: boolean): void {
  for (const e of result.errors) {
    expect(Number.isInteger(e.row) && e.row >= 0, `row ${e.row}`).toBe(true);
    expect(typeof e.message === 'string' && e.message.length > 0).toBe(true);
  }
  const rows = result.people.map((p) => p.row);
  expect(new Set(rows).size).toBe(rows.length);
  for (const { row, person } of result.people) {
    expect(row).toBeGreaterThanOrEqual(firstRow);
    // Whatever a file import accepts must pass the same rules as the popup form and a backup restore.
    const check = v.safeParse(PersonInputSchema, person);
    expect(check.success, `row ${row} accepted but invalid: ${check.issues?.map((i) => i.message).join('; ')}`).toBe(true);
    expect(person.handles.length + person.emails.length).toBeGreaterThan(0);
  }
  // A CSV with a header and no rows is an error; a team file with `people: []` imports nobody.
  if (emptyIsError && !result.errors.length) expect(result.people.length).toBeGreaterThan(0);
  // Planning the write never throws, and everything it would store can be backed up and restored.
  const plan = planPeopleWrite(EXISTING, result.people, { now: 1, newId: () => 'n' });
  for (const record of [...plan.add, ...plan.update]) expect(v.safeParse(PersonRecordSchema, record).success).toBe(true);
}
const EXISTING: PersonRecord[] = [
  { id: 'e1', name: 'Ana', handles: ['ana'], emails: ['ana@x.io'], timeZone: 'UTC', workingHours: { mon: [{ start: '09:00', end: '17:00' }] }, outOfOffice: [], createdAt: 1, updatedAt: 1 },
];

const comparable = (people: readonly PersonRecord[]) =>
  [...people].sort((a, b) => a.name.localeCompare(b.name)).map(({ name, handles, emails, timeZone, workingHours, outOfOffice }) => ({ name, handles, emails, timeZone, workingHours, outOfOffice }));
// Deeply nested and oversized structures a hand-edited or hostile file may hold.
const NESTED = '['.repeat(50_000) + ']'.repeat(50_000);
const DEEP_PEOPLE = `{"format":"composure-team","version":1,"people":${NESTED}}`;

describe('CSV importer fuzz', () => {
  it('RFC 4180 layer: never throws, and serialising what it read reads back the same', () => {
    const csvish = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\r', '\n', ' ', ';', '\uFEFF', '\u0000', 'é', '😀'), maxLength: 200 });
    fc.assert(
      fc.property(fc.oneof(csvish, hostileText(200)), (text) => {
        const { records, errors } = parseCsv(text);
        for (const e of errors) expect(e.row).toBeGreaterThanOrEqual(1);
        if (records.length) expect(parseCsv(serializeCsv(records)).records).toEqual(records);
      }),
      FUZZ,
    );
  }, 240_000);

  it('people CSV: row errors, never a throw; accepted rows are valid people', () => {
    fc.assert(
      fc.property(csvFile, (text) => checkParse(parsePeopleCsv(text), 2, true)),
      { ...FUZZ, examples: [['\uFEFF\uFEFF'], ['"'], ['name,handle,email,timeZone,hours,outOfOffice\n,,,,,'], [NESTED]] },
    );
  }, 240_000);

  it('round-trips any valid directory exactly', () => {
    fc.assert(
      fc.property(teamArb.filter((t) => t.length > 0), (team) => {
        const back = parsePeopleCsv(exportPeopleCsv(team));
        expect(back.errors).toEqual([]);
        expect(comparable(back.people.map((p) => ({ ...p.person, id: '', createdAt: 0, updatedAt: 0 }) as PersonRecord))).toEqual(comparable(team));
      }),
      { ...FUZZ, numRuns: 2_000 },
    );
  }, 240_000);
});

describe('import merge fuzz', () => {
  it('merging a file into the directory never stores more aliases than a backup can restore', () => {
    const aliases = (prefix: string) => fc.integer({ min: 0, max: MAX_ALIASES }).map((n) => Array.from({ length: n }, (_, i) => `${prefix}${i}`));
    fc.assert(
      fc.property(aliases('old'), aliases('new'), fc.boolean(), (had, added, byEmail) => {
        const existing: PersonRecord = { ...EXISTING[0]!, handles: byEmail ? had : ['ana', ...had.slice(1)], emails: byEmail ? ['ana@x.io'] : [] };
        const incoming = { name: 'Ana', handles: byEmail ? added : ['ana', ...added.slice(1)], emails: byEmail ? ['ana@x.io'] : [], timeZone: 'UTC', workingHours: existing.workingHours };
        const plan = planPeopleWrite([existing], [{ row: 2, person: incoming }], { now: 1, newId: () => 'n' });
        for (const record of [...plan.add, ...plan.update]) expect(record.handles.length).toBeLessThanOrEqual(MAX_ALIASES);
        expect(plan.update.length + plan.unchanged.length + plan.errors.length > 0).toBe(true);
      }),
      { ...FUZZ, numRuns: 2_000 },
    );
  });
});

describe('JSON importer fuzz', () => {
  it('team file: row errors, never a throw; accepted entries are valid people', () => {
    fc.assert(
      fc.property(teamJsonFile, (text) => checkParse(parseTeamJson(text), 1, false)),
      { ...FUZZ, examples: [[NESTED], [DEEP_PEOPLE], ['{"format":"composure-team","version":1,"people":[{"__proto__":{"name":"x"}}]}'], ['null']] },
    );
  }, 240_000);

  it('team file round-trips any valid directory exactly', () => {
    fc.assert(
      fc.property(teamArb.filter((t) => t.length > 0), (team) => {
        const back = parseTeamJson(exportTeamJson(team, 1));
        expect(back.errors).toEqual([]);
        expect(comparable(back.people.map((p) => ({ ...p.person }) as PersonRecord))).toEqual(comparable(team));
      }),
      { ...FUZZ, numRuns: 2_000 },
    );
  }, 240_000);

  it('backup: errors or a complete snapshot, never a throw; an accepted backup re-exports to itself', () => {
    fc.assert(
      fc.property(backupFile, (text) => {
        const parsed = parseBackupJson(text);
        if (!parsed.snapshot) {
          expect(parsed.errors.length).toBeGreaterThan(0);
          for (const e of parsed.errors) expect(typeof e.message === 'string' && e.message.length > 0).toBe(true);
          return;
        }
        const again = parseBackupJson(exportBackupJson(parsed.snapshot, { now: 1, schemaVersion: 2 }));
        expect(again.errors).toEqual([]);
        expect(again.snapshot).toEqual(parsed.snapshot);
      }),
      { ...FUZZ, examples: [[NESTED], [`{"format":"composure-backup","version":1,"people":${NESTED}}`], ['{"format":"composure-backup","version":1e400}']] },
    );
  }, 240_000);
});
