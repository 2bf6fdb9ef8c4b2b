// Decides what writing a batch of people does to the directory: add, update or leave alone,
// matching by handle/email. Pure, so an import can be fully checked before anything is written.
import { indexPeople, normalizeEmail, normalizeHandle, normalizeName } from '../db/person-match';
import type { PersonInput, PersonRecord } from '../records/types';
import { MAX_ALIASES } from '../protocol/schemas';
import { WEEKDAYS, type WorkingHours } from '../schedule/types';
import { rowError, type RowError } from './row-error';

/** One incoming person and the row it came from. */
export interface PlanInput {
  row: number;
  person: PersonInput;
}

/** The outcome; when `errors` is non-empty nothing must be written. */
export interface PeoplePlan {
  add: PersonRecord[];
  update: PersonRecord[];
  unchanged: PersonRecord[];
  errors: RowError[];
}

/** Options: clock, id source, and the word used for rows in messages ('Row', 'Entry'). */
export interface PlanOptions {
  now: number;
  newId: () => string;
  label?: string;
  /**
   * An input without an id that matches someone by handle or email but names them differently:
   * 'refuse' (imports) unless it carries `previousName` = their current name; 'allow' when the user
   * already said "update them" (the popup's question).
   */
  renames?: 'refuse' | 'allow';
}

type Alias = { field: 'handle' | 'email'; raw: string; key: string };

function aliasesOf(p: PersonInput): Alias[] {
  const out = new Map<string, Alias>();
  for (const raw of p.handles) {
    const key = normalizeHandle(raw);
    if (key) out.set(`h:${key}`, { field: 'handle', raw, key });
  }
  for (const raw of p.emails) {
    const key = normalizeEmail(raw);
    if (key) out.set(`e:${key}`, { field: 'email', raw, key });
  }
  return [...out.values()];
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

// Key order in stored objects is not meaningful; compare in weekday order.
function canonicalHours(h: WorkingHours): string {
  return JSON.stringify(WEEKDAYS.filter((d) => h[d]?.length).map((d) => [d, h[d]]));
}

function sameRecord(a: PersonRecord, b: PersonRecord): boolean {
  return (
    a.name === b.name &&
    a.timeZone === b.timeZone &&
    canonicalHours(a.workingHours) === canonicalHours(b.workingHours) &&
    JSON.stringify(a.outOfOffice) === JSON.stringify(b.outOfOffice) &&
    JSON.stringify(a.handles) === JSON.stringify(b.handles) &&
    JSON.stringify(a.emails) === JSON.stringify(b.emails)
  );
}

/** Plans writing `inputs` over `existing`; an input with an id edits that entry and replaces its aliases. */
export function planPeopleWrite(
  existing: readonly PersonRecord[],
  inputs: readonly PlanInput[],
  { now, newId, label = 'Row', renames = 'refuse' }: PlanOptions,
): PeoplePlan {
  const plan: PeoplePlan = { add: [], update: [], unchanged: [], errors: [] };
  const byId = new Map(existing.map((p) => [p.id, p]));
  const index = indexPeople(existing);
  const seenAlias = new Map<string, number>();
  const claimed = new Map<string, number>();

  for (const { row, person } of inputs) {
    const errorsBefore = plan.errors.length;
    const fail = (field: string, problem: string, value?: string) =>
      plan.errors.push(rowError(label, row, field, problem, value));
    const aliases = aliasesOf(person);

    for (const a of aliases) {
      const other = seenAlias.get(`${a.field}:${a.key}`);
      if (other !== undefined) fail(a.field, `${a.field} '${a.raw}' is also used on row ${other}`, a.raw);
      else seenAlias.set(`${a.field}:${a.key}`, row);
    }

    let target: PersonRecord | undefined;
    let matchedBy: Alias | undefined;
    if (person.id !== undefined) {
      target = byId.get(person.id);
      if (!target) fail('id', `id '${person.id}' is not in the directory`, person.id);
    }
    for (const a of aliases) {
      const hit = a.field === 'handle' ? index.byHandle.get(a.key) : index.byEmail.get(a.key);
      if (!hit || hit === target) continue;
      if (person.id !== undefined) {
        fail(a.field, `${a.field} '${a.raw}' already belongs to ${hit.name}`, a.raw);
      } else if (target) {
        fail(a.field, `${a.field} '${a.raw}' matches ${hit.name} but other aliases match ${target.name}`, a.raw);
      } else {
        target = hit;
        matchedBy = a;
      }
    }
    // Matched by an alias under another name: a rename only when the file says so.
    if (
      plan.errors.length === errorsBefore &&
      target &&
      matchedBy &&
      renames === 'refuse' &&
      normalizeName(person.name) !== normalizeName(target.name)
    ) {
      const says =
        person.previousName !== undefined && normalizeName(person.previousName) === normalizeName(target.name);
      if (!says) {
        const alias = matchedBy.field === 'handle' ? `@${matchedBy.key}` : matchedBy.raw;
        fail(
          'name',
          `${alias} is ${target.name}'s ${matchedBy.field}, and this row names them '${person.name}': nothing was renamed. To rename ${target.name}, add previousName '${target.name}' to the row; otherwise use another ${matchedBy.field}`,
          person.name,
        );
      }
    }
    if (target) {
      const other = claimed.get(target.id);
      if (other !== undefined) fail('name', `matches the same person as row ${other} (${target.name})`, person.name);
      else claimed.set(target.id, row);
    }
    if (plan.errors.length > errorsBefore) continue;

    const handles = aliases.filter((a) => a.field === 'handle').map((a) => a.key);
    const emails = aliases.filter((a) => a.field === 'email').map((a) => a.key);
    if (!target) {
      plan.add.push({
        id: newId(),
        name: person.name,
        handles,
        emails,
        timeZone: person.timeZone,
        workingHours: person.workingHours,
        outOfOffice: person.outOfOffice ?? [],
        createdAt: now,
        updatedAt: now,
      });
      continue;
    }
    const editing = person.id !== undefined;
    const next: PersonRecord = {
      ...target,
      name: person.name,
      timeZone: person.timeZone,
      workingHours: person.workingHours,
      outOfOffice: person.outOfOffice ?? target.outOfOffice,
      // An import only adds aliases (a lead's file may not know someone's Teams name); an edit replaces them.
      handles: editing ? handles : union(target.handles, handles),
      emails: editing ? emails : union(target.emails, emails),
      updatedAt: now,
    };
    // Merged aliases must stay within the limit every other path enforces (or the backup won't restore).
    const over = next.handles.length > MAX_ALIASES ? 'handle' : next.emails.length > MAX_ALIASES ? 'email' : undefined;
    if (over) {
      fail(over, `would give ${target.name} more than ${MAX_ALIASES} ${over}s`);
      continue;
    }
    if (sameRecord(next, target)) plan.unchanged.push(target);
    else plan.update.push(next);
  }
  return plan;
}
