// JSON files: a team directory a lead can share, and a full backup. Pure.
import * as v from 'valibot';
import type { PersonRecord, Snapshot } from '../records/types';
import { defaultSettings } from '../records/defaults';
import { PersonInputSchema } from '../protocol/schemas';
import { plain } from '../protocol/validate';
import { BACKUP_VERSION, BackupSchema } from './backup-schema';
import type { PeopleParse } from './csv';
import { rowError, type RowError } from './row-error';
import { errorMessage } from '../contained';

/** Team files carry no ids: ids are local to one browser profile. */
const TeamPersonSchema = v.omit(PersonInputSchema, ['id']);

/** The newest team-file version this code reads and writes. */
export const TEAM_FILE_VERSION = 1;

function fileError(problem: string): RowError {
  return { row: 0, field: 'file', message: problem };
}

function parseJson(text: string): { value?: unknown; error?: RowError } {
  try {
    return { value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (e) {
    return { error: fileError(`The file is not valid JSON: ${errorMessage(e)}`) };
  }
}

function issueMessage(label: string, row: number, issue: v.BaseIssue<unknown>): RowError {
  const path = v.getDotPath(issue) ?? '';
  const field = path || 'entry';
  const value = typeof issue.input === 'string' ? issue.input : undefined;
  return rowError(label, row, field, `${field} ${plain(issue)}`, value);
}

/** Parses a team file {format:'composure-team', version:1, people:[…]}; entry N is people[N-1]. */
export function parseTeamJson(text: string): PeopleParse {
  const { value, error } = parseJson(text);
  if (error) return { people: [], errors: [error] };
  const file = value as { format?: unknown; version?: unknown; people?: unknown } | null;
  if (file?.format !== 'composure-team') {
    return { people: [], errors: [fileError(`The file is not a Composure team file (format should be 'composure-team')`)] };
  }
  if (typeof file.version !== 'number' || file.version > TEAM_FILE_VERSION) {
    return { people: [], errors: [fileError(`Team file version ${String(file.version)} is not supported; update Composure`)] };
  }
  if (!Array.isArray(file.people)) return { people: [], errors: [fileError(`The file has no "people" list`)] };
  const out: PeopleParse = { people: [], errors: [] };
  file.people.forEach((raw, i) => {
    const row = i + 1;
    const result = v.safeParse(TeamPersonSchema, raw);
    if (!result.success) {
      out.errors.push(...result.issues.map((issue) => issueMessage('Person', row, issue)));
    } else if (!result.output.handles.length && !result.output.emails.length) {
      out.errors.push(rowError('Person', row, 'handles', 'needs a handle or an email so the person can be matched'));
    } else {
      out.people.push({ row, person: result.output });
    }
  });
  return out;
}

/** Writes the directory as a team file (no ids or timestamps), sorted by name. */
export function exportTeamJson(people: readonly PersonRecord[], now: number): string {
  const entries = [...people]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(({ name, handles, emails, timeZone, workingHours, outOfOffice }) => ({
      name,
      handles,
      emails,
      timeZone,
      workingHours,
      outOfOffice,
    }));
  return JSON.stringify({ format: 'composure-team', version: TEAM_FILE_VERSION, exportedAt: now, people: entries }, null, 2);
}

/** Which settings sections a backup holds (the rest are filled from the defaults). */
export type SettingsSection = 'me' | 'norms' | 'focus';

/**
 * A parsed backup, or the problems that stop it from being restored: `problem` is one plain sentence for
 * a person (not JSON, not a backup, a team file, too new, or the first damaged entry); `errors` the detail.
 */
export type BackupParse =
  | { snapshot: Snapshot; errors: []; sections: SettingsSection[]; exportedAt: number | null }
  | { snapshot?: undefined; errors: RowError[]; problem: string };

const TABLE_WORDS: Record<string, string> = {
  people: 'Person',
  outbox: 'Outbox draft',
  focusSessions: 'Focus session',
  stats: 'Daily total',
};

/** "people.2.timeZone: 'X' is not…" → "Person 3 in it: timeZone 'X' is not…". */
function damaged(path: string, message: string): string {
  const [table = '', index, ...rest] = path.split('.');
  const what = TABLE_WORDS[table];
  const where = what && index !== undefined && /^\d+$/.test(index) ? `${what} ${Number(index) + 1}` : path || 'the file';
  const field = what ? rest.join('.') : '';
  return `This backup is damaged: ${where}${field ? `, ${field}` : ''} ${message.replace(/[.]$/, '')}.`;
}

/** The one sentence that says why a file that parsed as JSON is not a backup this code can restore. */
function backupProblem(value: unknown, first: { path: string; message: string }): string {
  const file = value as { format?: unknown; version?: unknown } | null;
  if (file?.format === 'composure-team') return 'This is a team file, not a full backup: import it in the Team tab.';
  if (typeof file !== 'object' || file === null || Array.isArray(file) || file.format !== 'composure-backup') {
    return 'This file is not a Composure backup (a backup is the JSON file "Export everything" saves).';
  }
  if (typeof file.version === 'number' && file.version > BACKUP_VERSION) {
    return `This backup was made by a newer Composure (backup format ${file.version}; this one reads up to ${BACKUP_VERSION}): update Composure to restore it.`;
  }
  if (first.path === 'version') return 'This backup has no version Composure knows.';
  return damaged(first.path, first.message);
}

/** Parses and fully validates a backup; errors name the path ("people.3.timeZone …"). */
export function parseBackupJson(text: string): BackupParse {
  const { value, error } = parseJson(text);
  if (error) return { errors: [error], problem: 'This file is not a Composure backup: it is not valid JSON.' };
  const result = v.safeParse(BackupSchema, value);
  if (!result.success) {
    const errors = result.issues.slice(0, 100).map((issue) => {
      const path = v.getDotPath(issue) ?? 'file';
      return { row: 0, field: path, message: `${path}: ${plain(issue)}` };
    });
    const first = result.issues[0];
    const problem = backupProblem(value, { path: (first && v.getDotPath(first)) ?? '', message: first ? plain(first) : 'is not valid' });
    return { errors, problem };
  }
  const b = result.output;
  // One pass with a Set: a 100,000-person backup is checked in milliseconds, not seconds.
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const p of b.people) (seen.has(p.id) ? dupes : seen).add(p.id);
  if (dupes.size) {
    const errors = [...dupes].map((id) => ({ row: 0, field: 'people', message: `people: id '${id}' appears twice` }));
    return { errors, problem: `This backup is damaged: the person with id '${[...dupes][0]}' appears twice.` };
  }
  const defaults = defaultSettings();
  const sections = (['me', 'norms', 'focus'] as const).filter((k) => b.settings[k] !== undefined);
  return {
    errors: [],
    sections,
    exportedAt: b.exportedAt ?? null,
    snapshot: {
      settings: {
        me: { ...defaults.me, ...b.settings.me },
        norms: Object.fromEntries(
          Object.entries(defaults.norms).map(([k, n]) => [k, { ...n, ...b.settings.norms?.[k as keyof typeof defaults.norms] }]),
        ) as Snapshot['settings']['norms'],
        focus: { ...defaults.focus, ...b.settings.focus },
      },
      people: b.people,
      outbox: b.outbox,
      focusSessions: b.focusSessions,
      stats: b.stats,
    },
  };
}

/** Writes a full backup. */
export function exportBackupJson(snapshot: Snapshot, meta: { now: number; schemaVersion: number }): string {
  return JSON.stringify(
    { format: 'composure-backup', version: BACKUP_VERSION, schemaVersion: meta.schemaVersion, exportedAt: meta.now, ...snapshot },
    null,
    2,
  );
}
