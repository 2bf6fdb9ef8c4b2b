// people/* requests: the team directory, recipient matching, import and export.
import { deletePerson, listPeople, matchRecipients, replanPeople } from '../db/people-repo';
import { aliasConflict } from '../db/alias-conflict';
import type { PersonRecord } from '../records/types';
import { exportPeopleCsv, parsePeopleCsv, type PeopleParse } from '../io/csv';
import { planPeopleWrite, type PeoplePlan } from '../io/import-plan';
import { exportTeamJson, parseTeamJson } from '../io/json';
import type { RowError } from '../io/row-error';
import { ProtocolError } from '../protocol/responses';
import { requireOwnHost } from './access';
import type { Handlers } from './context';

type PeopleTypes =
  | 'people/list'
  | 'people/upsert'
  | 'people/delete'
  | 'people/time-off'
  | 'people/match'
  | 'people/import'
  | 'people/export';

function invalidFile(errors: RowError[]): ProtocolError {
  const rows = new Set(errors.map((e) => e.row)).size;
  const head = errors.slice(0, 3).map((e) => e.message).join('; ');
  return new ProtocolError(
    'invalid-file',
    `Nothing was imported: ${errors.length} problem${errors.length === 1 ? '' : 's'} in ${rows} row${rows === 1 ? '' : 's'}. ${head}${errors.length > 3 ? '; …' : ''}`,
    { errors },
  );
}

/** people/* handlers. */
export const peopleHandlers: Handlers<PeopleTypes> = {
  'people/list': (req, ctx) => listPeople(ctx.db, req.query),

  async 'people/upsert'(req, ctx, caller) {
    // The sidebar's "Add person" only ever adds: a page may not rename or re-zone someone already known.
    const addOnly = caller.kind === 'content';
    if (addOnly && req.person.id !== undefined) {
      throw new ProtocolError('forbidden', 'A content script may add people, not edit them: edit them in the popup');
    }
    let plan: PeoplePlan | undefined;
    await replanPeople(ctx.db, (existing) => {
      // A handle or email that is someone else's: ask (the popup's question) before touching them.
      const conflict = aliasConflict(existing, req.person);
      if (conflict && !(addOnly || (req.person.id === undefined && req.update === conflict.personId))) {
        throw new ProtocolError('conflict', conflict.message, { conflict });
      }
      plan = planPeopleWrite(existing, [{ row: 1, person: req.person }], { now: ctx.now(), newId: ctx.newId, label: 'Person', renames: 'allow' });
      const err = plan.errors[0];
      if (err) {
        const code = err.field === 'id' ? 'not-found' : 'conflict';
        throw new ProtocolError(code, err.message.replace(/^Person 1: /, ''), { errors: plan.errors });
      }
      if (addOnly && plan.add.length === 0) {
        throw new ProtocolError('conflict', `${req.person.name} is already in your directory: edit them in the popup`);
      }
      return [...plan.add, ...plan.update];
    });
    const p = plan!;
    const person = (p.add[0] ?? p.update[0] ?? p.unchanged[0]) as PersonRecord;
    return { person, created: p.add.length > 0 };
  },

  async 'people/delete'(req, ctx) {
    return { deleted: await deletePerson(ctx.db, req.id) };
  },

  async 'people/time-off'(req, ctx) {
    let out: { person: PersonRecord; added: boolean } | undefined;
    await replanPeople(ctx.db, (existing) => {
      const person = existing.find((p) => p.id === req.id);
      if (!person) throw new ProtocolError('not-found', 'That person is no longer in your directory');
      const covered = person.outOfOffice.some((r) => r.start <= req.range.start && r.end >= req.range.end);
      if (covered) {
        out = { person, added: false };
        return [];
      }
      if (person.outOfOffice.length >= 200) throw new ProtocolError('conflict', `${person.name} already has 200 periods away: remove old ones in the popup`);
      const next: PersonRecord = { ...person, outOfOffice: [...person.outOfOffice, { ...req.range }].sort((a, b) => a.start.localeCompare(b.start)), updatedAt: ctx.now() };
      out = { person: next, added: true };
      return [next];
    });
    return out!;
  },

  'people/match': (req, ctx) => matchRecipients(ctx.db, req.names, req.handles),

  async 'people/import'(req, ctx) {
    const parsed: PeopleParse = req.format === 'csv' ? parsePeopleCsv(req.text) : parseTeamJson(req.text);
    if (parsed.errors.length) throw invalidFile(parsed.errors);
    let plan: PeoplePlan | undefined;
    await replanPeople(ctx.db, (existing) => {
      plan = planPeopleWrite(existing, parsed.people, {
        now: ctx.now(),
        newId: ctx.newId,
        label: req.format === 'csv' ? 'Row' : 'Person',
      });
      if (plan.errors.length) throw invalidFile(plan.errors);
      return req.dryRun ? [] : [...plan.add, ...plan.update];
    });
    const p = plan!;
    return { added: p.add.length, updated: p.update.length, unchanged: p.unchanged.length, dryRun: req.dryRun };
  },

  async 'people/export'(req, ctx) {
    const people = await listPeople(ctx.db);
    return req.format === 'csv'
      ? { filename: 'composure-team.csv', mimeType: 'text/csv', text: exportPeopleCsv(people) }
      : { filename: 'composure-team.json', mimeType: 'application/json', text: exportTeamJson(people, ctx.now()) };
  },
};
