import { describe, expect, it } from 'vitest';
import type { PersonInput, PersonRecord } from '../../lib/records/types';
import { planPeopleWrite } from '../../lib/io/import-plan';

const HOURS = { mon: [{ start: '09:00', end: '17:00' }] };
const rec = (id: string, name: string, handles: string[], emails: string[] = []): PersonRecord => ({
  id, name, handles, emails, timeZone: 'UTC', workingHours: HOURS, outOfOffice: [], createdAt: 1, updatedAt: 1,
});
const input = (name: string, handles: string[], emails: string[] = [], over: Partial<PersonInput> = {}): PersonInput => ({
  name, handles, emails, timeZone: 'UTC', workingHours: HOURS, outOfOffice: [], ...over,
});
let ids = 0;
const opts = { now: 50, newId: () => `new${++ids}` };

describe('planPeopleWrite', () => {
  it('adds, updates and leaves unchanged, matching by handle or email case-insensitively', () => {
    const existing = [rec('a', 'Ana', ['ana'], ['ana@x.io']), rec('b', 'Bo', ['bo'])];
    const plan = planPeopleWrite(existing, [
      { row: 2, person: input('Ana', ['@ANA'], ['Ana@X.io']) },
      { row: 3, person: input('Bo B.', [], [], { handles: ['bo'], emails: ['bo@x.io'], timeZone: 'Asia/Tokyo', previousName: 'Bo' }) },
      { row: 4, person: input('Cy', ['cy']) },
    ], opts);
    expect(plan.errors).toEqual([]);
    expect(plan.unchanged.map((p) => p.id)).toEqual(['a']);
    expect(plan.update).toEqual([{ ...existing[1], name: 'Bo B.', emails: ['bo@x.io'], timeZone: 'Asia/Tokyo', updatedAt: 50 }]);
    expect(plan.add).toMatchObject([{ name: 'Cy', handles: ['cy'], createdAt: 50 }]);
  });

  it('keeps aliases on import but replaces them when editing by id', () => {
    const existing = [rec('a', 'Ana', ['ana', 'ana.s'])];
    expect(planPeopleWrite(existing, [{ row: 1, person: input('Ana', ['ana']) }], opts).unchanged).toHaveLength(1);
    const edit = planPeopleWrite(existing, [{ row: 1, person: input('Ana', ['ana']) }].map((r) => ({ ...r, person: { ...r.person, id: 'a' } })), opts);
    expect(edit.update[0]?.handles).toEqual(['ana']);
  });

  it('reports ambiguous matches, duplicate aliases, taken aliases and unknown ids', () => {
    const existing = [rec('a', 'Ana', ['ana']), rec('b', 'Bo', [], ['bo@x.io'])];
    const plan = planPeopleWrite(existing, [
      { row: 2, person: input('Mix', ['ana'], ['bo@x.io']) },
      { row: 3, person: input('New', ['dup']) },
      { row: 4, person: input('New2', ['@DUP']) },
      { row: 5, person: { ...input('Edit', ['ana']), id: 'b' } },
      { row: 6, person: { ...input('Ghost', ['g']), id: 'zzz' } },
    ], opts);
    expect(plan.errors.map((e) => e.message)).toEqual([
      "Row 2: email 'bo@x.io' matches Bo but other aliases match Ana",
      "Row 4: handle '@DUP' is also used on row 3",
      "Row 5: handle 'ana' is also used on row 2",
      "Row 5: handle 'ana' already belongs to Ana",
      "Row 6: id 'zzz' is not in the directory",
    ]);
  });
});
