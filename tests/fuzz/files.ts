// Generators for import files: valid directories and backups, and the ways real files get mangled
// (spreadsheet re-saves, hand edits, truncated downloads, wrong encodings).
import fc from 'fast-check';
import { defaultSettings, emptyDay } from '../../lib/records/defaults';
import type { OutboxItem, PersonRecord, Snapshot } from '../../lib/records/types';
import { exportPeopleCsv } from '../../lib/io/csv';
import { exportBackupJson, exportTeamJson } from '../../lib/io/json';
import { canonicalTimeZone } from '../../lib/protocol/validators';
import { hostileText, structuralMutation, validPerson } from './arbitraries';

const name = fc.oneof(
  fc.constantFrom('Ana', 'Souza, Ana', 'Bo "the builder"', 'Émile', 'محمد', '李雷', 'Zoë\nSmith'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
).map((s) => s.trim().replace(/\s+/g, ' ')).filter((s) => s.length > 0 && s.length <= 200); // as stored: trimmed, single spaces
const handle = fc.oneof(fc.constantFrom('ana', '@bo', 'ana.souza', 'émile', 'U024BE7LH'), fc.stringMatching(/^[a-z][a-z0-9._-]{0,15}$/));
const email = fc.stringMatching(/^[a-z][a-z0-9.]{0,8}@[a-z]{1,8}\.(io|com|de)$/);

/** A directory of distinct, valid people as stored (handles/emails normalised and unique). */
export const teamArb = fc
  .uniqueArray(fc.tuple(name, fc.uniqueArray(handle, { maxLength: 3 }), fc.uniqueArray(email, { maxLength: 2 }), validPerson('x')), {
    maxLength: 6,
    selector: ([n]) => n,
  })
  .map((rows) => {
    const seen = new Set<string>();
    return rows.flatMap(([n, handles, emails, p], i): PersonRecord[] => {
      const hs = handles.map((h) => h.replace(/^@+/, '').toLowerCase()).filter((h) => !seen.has(`h${h}`));
      const es = emails.filter((e) => !seen.has(`e${e}`));
      hs.forEach((h) => seen.add(`h${h}`));
      es.forEach((e) => seen.add(`e${e}`));
      const days = Object.fromEntries(Object.entries(p.workingHours).filter(([, rs]) => rs && rs.length));
      if (!hs.length && !es.length) return [];
      // Stored zones are canonical: every write path canonicalises them (see TimeZoneSchema).
      return [{ ...p, id: `p${i}`, timeZone: canonicalTimeZone(p.timeZone)!, name: n, handles: hs, emails: es, workingHours: Object.keys(days).length ? days : { mon: [{ start: '09:00', end: '17:00' }] }, outOfOffice: p.outOfOffice ?? [], createdAt: 1, updatedAt: 2 }];
    });
  });

const outboxItem = (i: number) =>
  fc.record({
    host: fc.constantFrom('slack' as const, 'teams' as const),
    text: fc.string({ minLength: 1, maxLength: 50 }),
    status: fc.constantFrom('scheduled' as const, 'due' as const, 'restored' as const, 'cancelled' as const),
    sendAt: fc.integer({ min: 0, max: 2e12 }),
  }).map((r): OutboxItem => ({
    ...r,
    id: `o${i}`,
    conversation: { key: `C${i}`, title: '#design', url: `https://app.slack.com/client/T/C${i}` },
    recipients: [],
    urgency: 'normal',
    createdAt: 1,
    updatedAt: 1,
  }));

/** A whole valid snapshot, as a backup holds it. */
export const snapshotArb = fc
  .tuple(teamArb, fc.integer({ min: 0, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => outboxItem(i)))), fc.integer({ min: 0, max: 3 }))
  .map(([people, outbox, days]): Snapshot => ({
    settings: defaultSettings('Europe/Berlin'),
    people,
    outbox,
    focusSessions: days ? [{ id: 'f1', start: 1000, end: 2000, endedAt: 2000, kind: 'manual' }] : [],
    stats: Array.from({ length: days }, (_, i) => ({ ...emptyDay(`2026-03-0${i + 1}`), messagesAssisted: i })),
  }));

type TextMutation = (text: string) => string;
const at = (text: string, n: number) => (text.length ? n % (text.length + 1) : 0);
/** One way a file gets mangled. */
const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  fc.nat().map((n): TextMutation => (t) => { const q = [...t.matchAll(/"/g)]; const i = q.length ? q[n % q.length]!.index : -1; return i < 0 ? t : t.slice(0, i) + t.slice(i + 1); }),
  fc.tuple(fc.nat(), fc.constantFrom(',', ',x', ',"', ',,,', ';', '\t')).map(([n, s]): TextMutation => (t) => t.slice(0, at(t, n)) + s + t.slice(at(t, n))),
  fc.constant<TextMutation>((t) => '\uFEFF' + t),
  fc.constant<TextMutation>((t) => t.replace(/\r?\n/g, '\r\n')),
  fc.constant<TextMutation>((t) => t.replace(/\r\n/g, '\n')),
  fc.constant<TextMutation>((t) => t.replace(/\r?\n/g, '\r')),
  fc.nat().map((n): TextMutation => (t) => t.slice(0, at(t, n)) + '\u0000' + t.slice(at(t, n))),
  fc.nat().map((n): TextMutation => (t) => t.slice(0, at(t, n))),
  fc.nat().map((n): TextMutation => (t) => { const lines = t.split('\n'); const i = n % lines.length; lines.splice(i, 0, lines[i]!); return lines.join('\n'); }),
  fc.tuple(fc.nat(), fc.nat({ max: 20 }), hostileText(20)).map(([n, len, s]): TextMutation => (t) => t.slice(0, at(t, n)) + s + t.slice(at(t, n) + len)),
  fc.constant<TextMutation>((t) => t.replace(/^[^\r\n]*/, (h) => h.toUpperCase())),
  fc.constant<TextMutation>((t) => t.replace(/^([^,\r\n]*),([^,\r\n]*)/, '$2,$1')),
);
/** One to three mutations applied in turn. */
export const textMutations = fc.array(textMutation, { minLength: 1, maxLength: 3 }).map((ms) => (t: string) => ms.reduce((acc, m) => m(acc), t));

/** A mangled version of a valid file (text or structure). */
function mangled(valid: fc.Arbitrary<string>, json: boolean): fc.Arbitrary<string> {
  const variants = [valid, fc.tuple(valid, textMutations).map(([t, m]) => m(t))];
  if (json) variants.push(fc.tuple(valid, fc.array(structuralMutation, { minLength: 1, maxLength: 3 })).map(([t, ms]) => JSON.stringify(ms.reduce((v, m) => m(v), JSON.parse(t) as unknown)) ?? ''));
  return fc.oneof(...variants);
}

/** Random bytes read as a file would be (UTF-8, invalid sequences replaced), or latin-1 mojibake. */
export const bytesAsText = fc.tuple(fc.uint8Array({ maxLength: 400 }), fc.boolean()).map(([b, utf8]) => new TextDecoder(utf8 ? 'utf-8' : 'latin1').decode(b));

const pad = (n: number) => String(n).padStart(2, '0');
/** Rows at and just past the popup's limits: name length, alias count, ranges per day, time-off entries. */
const limitRow = fc
  .record({ name: fc.integer({ min: 195, max: 205 }), handles: fc.integer({ min: 18, max: 22 }), ranges: fc.integer({ min: 11, max: 13 }), off: fc.integer({ min: 199, max: 201 }) })
  .map(({ name, handles, ranges, off }) =>
    [
      'N'.repeat(name),
      Array.from({ length: handles }, (_, i) => `h${i}`).join(';'),
      '',
      'UTC',
      'mon ' + Array.from({ length: ranges }, (_, i) => `${pad(i)}:00-${pad(i)}:30`).join(' '),
      Array.from({ length: off }, (_, i) => `2026-01-${pad((i % 28) + 1)}`).join(';'),
    ].join(','),
  );
const limitFile = fc.array(limitRow, { minLength: 1, maxLength: 2 }).map((rows) => ['name,handle,email,timeZone,hours,outOfOffice', ...rows].join('\n'));

export const csvFile = fc.oneof(
  { arbitrary: mangled(teamArb.map(exportPeopleCsv), false), weight: 6 },
  { arbitrary: limitFile, weight: 1 },
  { arbitrary: hostileText(300), weight: 1 },
  { arbitrary: bytesAsText, weight: 1 },
);
export const teamJsonFile = fc.oneof(
  { arbitrary: mangled(teamArb.map((t) => exportTeamJson(t, 1)), true), weight: 6 },
  { arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)), weight: 1 },
  { arbitrary: bytesAsText, weight: 1 },
);
export const backupFile = fc.oneof(
  { arbitrary: mangled(snapshotArb.map((s) => exportBackupJson(s, { now: 1, schemaVersion: 2 })), true), weight: 6 },
  { arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)), weight: 1 },
  { arbitrary: bytesAsText, weight: 1 },
);
