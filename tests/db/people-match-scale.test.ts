// people/match at directory scale (issue 15 §7): every lookup goes through an index, so the records a
// match reads depend on the queries and the people they find, never on how many people the directory
// holds. Work is counted (records the database hands back), not timed.
import type { DBCoreCursor } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { ComposureDb } from '../../lib/db/database';
import { matchRecipients, writePeople } from '../../lib/db/people-repo';
import type { PersonRecord } from '../../lib/records/types';
import { freshDb } from './fresh-db';

const HOURS = { mon: [{ start: '09:00', end: '17:00' }] };
const person = (i: number): PersonRecord => ({
  id: `id${i}`,
  name: `Person Number${i}`,
  handles: [`p${i}`],
  emails: [`p${i}@example.com`],
  timeZone: 'UTC',
  workingHours: HOURS,
  outOfOffice: [],
  createdAt: 1,
  updatedAt: 1,
});

/** A database whose people table counts every record it hands back (query results and cursor steps). */
function countingDb(): { db: ComposureDb; reads: () => number; reset: () => void } {
  const db = freshDb();
  let reads = 0;
  db.use({
    stack: 'dbcore',
    name: 'count-people-reads',
    create: (down) => ({
      ...down,
      table(name) {
        const t = down.table(name);
        if (name !== 'people') return t;
        return {
          ...t,
          async query(req) {
            const r = await t.query(req);
            reads += r.result.length;
            return r;
          },
          async getMany(req) {
            const r = await t.getMany(req);
            reads += r.filter((x) => x !== undefined).length;
            return r;
          },
          async get(req) {
            reads++;
            return t.get(req);
          },
          async openCursor(req) {
            const c = await t.openCursor(req);
            if (!c) return c;
            return Object.create(c, {
              start: {
                value: (onNext: () => void) =>
                  c.start(() => {
                    reads++;
                    onNext();
                  }),
              },
            }) as DBCoreCursor;
          },
        };
      },
    }),
  });
  return { db, reads: () => reads, reset: () => void (reads = 0) };
}

let open: ComposureDb[] = [];
afterEach(() => {
  for (const db of open) db.close();
  open = [];
});

/** Records read by one match of 3 names and 3 handles (plus 2 unknowns) in a directory of `size`. */
async function readsForMatch(size: number): Promise<number> {
  const { db, reads, reset } = countingDb();
  open.push(db);
  await writePeople(
    db,
    Array.from({ length: size }, (_, i) => person(i)),
  );
  reset();
  const m = await matchRecipients(
    db,
    ['person number7', 'PERSON  NUMBER300', 'Nobody Here'],
    ['@p11', 'P500@Example.com', '@p900', '@ghost'],
  );
  expect(m.matches.map((x) => x.personId)).toEqual(['id11', 'id500', 'id900', 'id7', 'id300']);
  expect(m.unknown).toEqual(['@ghost', 'Nobody Here']);
  // Only what the page needs: no aliases, no bookkeeping.
  expect(m.people[0]).toEqual({
    id: 'id11',
    name: 'Person Number11',
    timeZone: 'UTC',
    workingHours: HOURS,
    outOfOffice: [],
  });
  return reads();
}

describe('people/match at directory scale', () => {
  it('reads the same few records whether the directory holds 1 000 or 5 000 people', async () => {
    const small = await readsForMatch(1_000);
    const large = await readsForMatch(5_000);
    expect(large).toBe(small);
    // 5 people found, each through an index or two (handle or email, name; the case-insensitive name
    // cursor steps over a neighbour or two). The scan this replaced read all 5 000.
    expect(large).toBeLessThanOrEqual(20);
  }, 120_000);
});
