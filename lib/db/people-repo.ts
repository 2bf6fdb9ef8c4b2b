// The team directory. Matching is by normalised handle/email (see person-match.ts).
import type { ComposureDb } from './database';
import { guard } from './errors';
import { indexPeople, lookupAlias, normalizeEmail, normalizeHandle, normalizeName } from './person-match';
import type { MatchedPerson, PersonRecord } from '../records/types';

/** Everyone, sorted by name; `query` filters by substring of name, handle or email. */
export function listPeople(db: ComposureDb, query?: string): Promise<PersonRecord[]> {
  return guard(async () => {
    const all = await db.people.toArray();
    const q = query ? normalizeName(query).replace(/^@+/, '') : '';
    const hits = q
      ? all.filter(
          (p) =>
            normalizeName(p.name).includes(q) ||
            p.handles.some((h) => h.includes(q)) ||
            p.emails.some((e) => e.includes(q)),
        )
      : all;
    return hits.sort((a, b) => a.name.localeCompare(b.name));
  });
}

/** Deletes an entry; true when it existed. */
export function deletePerson(db: ComposureDb, id: string): Promise<boolean> {
  return guard(() =>
    db.transaction('rw', db.people, async () => {
      const had = (await db.people.get(id)) !== undefined;
      await db.people.delete(id);
      return had;
    }),
  );
}

/** Writes a planned batch (adds and updates) in one transaction: all or nothing. */
export function writePeople(db: ComposureDb, records: readonly PersonRecord[]): Promise<void> {
  return guard(() =>
    db.transaction('rw', db.people, async () => {
      if (records.length) await db.people.bulkPut([...records]);
    }),
  );
}

/** Result of recognising the recipients seen in a conversation. */
export interface RecipientMatch {
  /** Unique directory entries matched, in first-seen order, as the page needs them. */
  people: MatchedPerson[];
  /** Each query that matched, with the entry's id. */
  matches: Array<{ query: string; personId: string }>;
  /** Queries (names or handles, as given) not found in the directory. */
  unknown: string[];
}

/**
 * Matches display names (exact, case-insensitive, unique only) and handles/emails against the directory.
 * Every lookup goes through an index (handles, emails, name), so the work grows with the number of
 * queries and the people they find, not with the size of the directory (README: directory size).
 */
export function matchRecipients(db: ComposureDb, names: string[], handles: string[]): Promise<RecipientMatch> {
  return guard(async () => {
    const handleKeys = [...new Set(handles.flatMap((h) => [normalizeHandle(h), normalizeEmail(h)]))].filter(Boolean);
    const candidates = handleKeys.length
      ? await db.people.where('handles').anyOf(handleKeys).or('emails').anyOf(handleKeys).toArray()
      : [];
    // Names are stored trimmed with single spaces (PersonInputSchema), so the name index finds them
    // case-insensitively; the exact comparison below is the normalised one.
    const nameKeys = [...new Set(names.map(normalizeName))].filter(Boolean);
    const byName = nameKeys.length
      ? (await db.people.where('name').anyOfIgnoreCase(nameKeys).toArray()).filter((p) => nameKeys.includes(normalizeName(p.name)))
      : [];
    const unique = new Map([...candidates, ...byName].map((p) => [p.id, p]));
    const index = indexPeople([...unique.values()]);

    const out: RecipientMatch = { people: [], matches: [], unknown: [] };
    const seen = new Set<string>();
    const add = (query: string, p: PersonRecord | undefined) => {
      if (!p) return void out.unknown.push(query);
      out.matches.push({ query, personId: p.id });
      if (seen.has(p.id)) return;
      seen.add(p.id);
      const { id, name, timeZone, workingHours, outOfOffice } = p;
      out.people.push({ id, name, timeZone, workingHours, outOfOffice });
    };
    for (const h of handles) add(h, lookupAlias(index, h));
    for (const n of names) {
      const same = index.byName.get(normalizeName(n)) ?? [];
      // Two "Alex"es: guessing would schedule for the wrong person, so report it as unknown.
      add(n, same.length === 1 ? same[0] : undefined);
    }
    return out;
  });
}

/** Reads the directory, lets `plan` decide the writes, and writes them, all in ONE transaction.
 * If `plan` throws, nothing is written. */
export function replanPeople(
  db: ComposureDb,
  plan: (existing: PersonRecord[]) => PersonRecord[],
): Promise<void> {
  return guard(() =>
    db.transaction('rw', db.people, async () => {
      const writes = plan(await db.people.toArray());
      if (writes.length) await db.people.bulkPut(writes);
    }),
  );
}
