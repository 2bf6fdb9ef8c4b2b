// Team directory as CSV: header `name,handle,email,timeZone,hours,outOfOffice`. Pure.
// Columns may come in any order (names are case-insensitive) but all six must be present.
// `handle` and `email` may hold several values separated by ';' (e.g. a Slack and a Teams handle).
// `hours` and `outOfOffice` use the grammars documented in hours.ts. Every row needs a name,
// a time zone, hours, and at least one handle or email (so re-importing updates instead of duplicating).
import * as v from 'valibot';
import type { PersonInput, PersonRecord } from '../records/types';
import { PersonInputSchema } from '../protocol/schemas';
import { plain } from '../protocol/validate';
import { emailProblem, handleProblem, timeZoneProblem, canonicalTimeZone } from '../protocol/validators';
import { parseCsv, serializeCsv } from './csv-rfc4180';
import { formatDateRanges, formatHours, parseDateRanges, parseHours } from './hours';
import type { PlanInput } from './import-plan';
import { rowError, type RowError } from './row-error';

/** The CSV columns, in the order we write them. */
export const CSV_COLUMNS = ['name', 'handle', 'email', 'timeZone', 'hours', 'outOfOffice'] as const;
/** Columns a file may add: `previousName` says a row renames the person who has it now. */
const OPTIONAL_COLUMNS = ['previousName'] as const;
type Column = (typeof CSV_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];
const ALL_COLUMNS: readonly Column[] = [...CSV_COLUMNS, ...OPTIONAL_COLUMNS];

/** People read from a file (with their row numbers) and every problem found. */
export interface PeopleParse {
  people: PlanInput[];
  errors: RowError[];
}

function list(cell: string): string[] {
  return cell.split(';').map((s) => s.trim()).filter(Boolean);
}

/** Separators spreadsheets export instead of commas (a locale with decimal commas uses ';'). */
const SEPARATORS: ReadonlyArray<[string, string]> = [[';', 'semicolons'], ['\t', 'tabs'], ['|', 'vertical bars']];

function readHeader(header: string[] | undefined): { columns?: Map<Column, number>; errors: RowError[] } {
  const expected = CSV_COLUMNS.join(',');
  if (!header || header.every((h) => !h.trim())) {
    return { errors: [rowError('Row', 1, 'header', `the header row is missing (expected ${expected})`)] };
  }
  // Not a header at all (another separator, or not this file): one error about the header, not one per column.
  const known = header.filter((h) => ALL_COLUMNS.some((c) => c.toLowerCase() === h.trim().toLowerCase())).length;
  if (known === 0 || header.length === 1) {
    const sep = SEPARATORS.find(([ch]) => header.join(',').includes(ch));
    const problem = sep
      ? `the header is separated by ${sep[1]}, not commas: save the file as comma-separated CSV whose first row is ${expected}`
      : `the first row is not the header Composure expects: ${expected}`;
    return { errors: [rowError('Row', 1, 'header', problem, header.join(','))] };
  }
  const columns = new Map<Column, number>();
  const errors: RowError[] = [];
  header.forEach((raw, i) => {
    const col = ALL_COLUMNS.find((c) => c.toLowerCase() === raw.trim().toLowerCase());
    if (!col) errors.push(rowError('Row', 1, 'header', `unknown column '${raw}' (expected ${expected}, optionally previousName)`, raw));
    else if (columns.has(col)) errors.push(rowError('Row', 1, 'header', `column '${raw}' appears twice`, raw));
    else columns.set(col, i);
  });
  for (const c of CSV_COLUMNS) {
    if (!columns.has(c)) errors.push(rowError('Row', 1, 'header', `column '${c}' is missing (expected ${expected})`));
  }
  return errors.length ? { errors } : { columns, errors };
}

// PersonInput fields → the CSV column they come from.
const COLUMN_OF: Record<string, Column> = {
  name: 'name',
  handles: 'handle',
  emails: 'email',
  timeZone: 'timeZone',
  workingHours: 'hours',
  outOfOffice: 'outOfOffice',
  previousName: 'previousName',
};

/** Cells a spreadsheet would run as a formula (OWASP CSV injection): '=', '+', '-', '@', tab, CR. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a formula-like cell with an apostrophe so spreadsheets show it as text. */
export function neutralizeCell(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Reads back a cell neutralizeCell wrote: "'=x" is "=x" again. */
function unneutralize(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

function readRow(cells: string[], columns: Map<Column, number>, row: number, errors: RowError[]): PersonInput | undefined {
  const before = errors.length;
  const cell = (c: Column) => (columns.has(c) ? unneutralize((cells[columns.get(c)!] ?? '').trim()) : '');
  const fail = (field: Column | 'csv', problem: string, value?: string) => errors.push(rowError('Row', row, field, problem, value));

  const name = cell('name');
  if (!name) fail('name', 'name is missing');
  const handles = list(cell('handle'));
  for (const h of handles) {
    const p = handleProblem(h);
    if (p) fail('handle', `handle ${p}`, h);
  }
  const emails = list(cell('email'));
  for (const e of emails) {
    const p = emailProblem(e);
    if (p) fail('email', `email ${p}`, e);
  }
  if (!handles.length && !emails.length) fail('handle', 'needs a handle or an email so the person can be matched');
  const zone = cell('timeZone');
  const zp = zone ? timeZoneProblem(zone) : 'is missing';
  if (zp) fail('timeZone', `timeZone ${zp}`, zone);
  const hours = parseHours(cell('hours'));
  for (const p of hours.problems) fail('hours', `hours ${p}`, cell('hours'));
  const off = parseDateRanges(cell('outOfOffice'));
  for (const p of off.problems) fail('outOfOffice', `outOfOffice ${p}`, cell('outOfOffice'));
  if (errors.length > before) return undefined;
  const previousName = cell('previousName');
  const person: PersonInput = { name, handles, emails, timeZone: canonicalTimeZone(zone)!, workingHours: hours.value, outOfOffice: off.value };
  if (previousName) person.previousName = previousName;
  // The popup's limits too (name length, alias and range counts): a directory that breaks them
  // could be imported but its backup could never be restored.
  const limits = v.safeParse(PersonInputSchema, person);
  if (limits.success) return person;
  for (const issue of limits.issues) {
    const [first, ...rest] = (issue.path ?? []).map((p) => String(p.key));
    const column = COLUMN_OF[first ?? ''] ?? 'csv';
    fail(column, `${column}${rest.length ? ` (${rest.join('.')})` : ''} ${plain(issue)}`);
  }
  return undefined;
}

/** Parses a team-directory CSV; the header is row 1, so the first person is row 2. */
export function parsePeopleCsv(text: string): PeopleParse {
  const { records, errors: syntax } = parseCsv(text);
  const errors: RowError[] = syntax.map((e) => rowError('Row', e.row, 'csv', e.message));
  const { columns, errors: headerErrors } = readHeader(records[0]);
  errors.push(...headerErrors);
  if (!columns) return { people: [], errors };
  const people: PlanInput[] = [];
  records.slice(1).forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => !c.trim())) return; // blank lines, common at the end of exported files
    if (cells.length !== columns.size) {
      errors.push(rowError('Row', row, 'csv', `expected ${columns.size} fields, found ${cells.length}`));
      return;
    }
    const person = readRow(cells, columns, row, errors);
    if (person) people.push({ row, person });
  });
  if (!people.length && !errors.length) errors.push(rowError('Row', 2, 'csv', 'the file has a header but no people'));
  return { people, errors };
}

/** Writes the directory as CSV, sorted by name; parsePeopleCsv reads it back unchanged. */
export function exportPeopleCsv(people: readonly PersonRecord[]): string {
  const rows = [...people]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((p) => [
      p.name,
      p.handles.join('; '),
      p.emails.join('; '),
      p.timeZone,
      formatHours(p.workingHours),
      formatDateRanges(p.outOfOffice),
    ]);
  return serializeCsv([[...CSV_COLUMNS], ...rows.map((r) => r.map(neutralizeCell))]);
}
