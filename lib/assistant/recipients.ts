// Who a draft reaches: the conversation's participants (and, outside DMs, the people it @-mentions),
// matched to the team directory through people/match. Cached per conversation and mention set, so
// typing never asks the background twice for the same people.
import type { Conversation, Participant } from '../hosts/types';
import type { Client } from '../protocol/client';
import type { ResponseOf } from '../protocol/responses';
import type { DirectoryPerson, UnknownParticipant } from '../sidebar/send-time-view';

/** The draft's recipients as the send-time card needs them. */
export interface Recipients {
  people: DirectoryPerson[];
  unknown: UnknownParticipant[];
}

const BROADCAST = new Set(['here', 'channel', 'everyone']);
// An @ that starts a word (not an email's): '@dana', '@payments-oncall'; a trailing '.' ends the sentence.
const MENTION = /(^|[^\w@.])@([A-Za-z0-9][\w.-]*)/g;

/** The handles a draft @-mentions, lowercased, de-duplicated, without @here/@channel/@everyone. */
export function mentionsIn(draft: string): string[] {
  const found = new Set<string>();
  for (const m of draft.matchAll(MENTION)) {
    const handle = m[2]!.replace(/[.-]+$/, '').toLowerCase();
    if (handle && !BROADCAST.has(handle)) found.add(handle);
  }
  return [...found].sort();
}

/** The people a draft in `conversation` reaches: participants, plus mentions outside a DM. */
export function queriesFor(conversation: Pick<Conversation, 'kind' | 'participants'>, draft: string): Participant[] {
  const people = [...conversation.participants];
  if (conversation.kind === 'dm') return people;
  const known = new Set(people.flatMap((p) => [p.name.toLowerCase(), (p.handle ?? '').toLowerCase()]));
  for (const handle of mentionsIn(draft)) if (!known.has(handle)) people.push({ name: `@${handle}`, handle });
  return people;
}

/** Turns a people/match answer into directory people (with the handle they were seen by) and unknowns. */
export function toRecipients(queries: Participant[], match: ResponseOf<'people/match'>): Recipients {
  const byId = new Map(match.people.map((p) => [p.id, p]));
  const matchOf = new Map(match.matches.map((m) => [m.query, m.personId]));
  const people = new Map<string, DirectoryPerson>();
  const unknown: UnknownParticipant[] = [];
  for (const q of queries) {
    const id = (q.handle !== undefined ? matchOf.get(q.handle) : undefined) ?? matchOf.get(q.name);
    const record = id ? byId.get(id) : undefined;
    if (!record) {
      const u: UnknownParticipant = q.handle !== undefined ? { name: q.name, handle: q.handle } : { name: q.name };
      if (q.away) u.away = q.away;
      unknown.push(u);
      continue;
    }
    if (people.has(record.id)) continue;
    const { id: pid, name, timeZone, workingHours, outOfOffice } = record;
    const person: DirectoryPerson = { id: pid, name, timeZone, workingHours, outOfOffice };
    if (q.handle !== undefined) person.handle = q.handle;
    if (q.away) person.away = q.away;
    // The sidebar names people as the host shows them (lib/analysis/README.md, UI test hooks), not as the directory spells them.
    if (!q.name.startsWith('@') && q.name !== name) person.seenAs = q.name;
    people.set(record.id, person);
  }
  return { people: [...people.values()], unknown };
}

/** A people/match cache; `forget` drops everything (after the directory changed). */
export interface RecipientMatcher {
  match(conversation: Conversation, draft: string): Promise<Recipients>;
  /** The cache key for a draft, so callers can skip work when it did not change. */
  keyOf(conversation: Conversation, draft: string): string;
  forget(): void;
}

/** Creates a matcher over `client`. */
export function createRecipientMatcher(client: Client): RecipientMatcher {
  const cache = new Map<string, Promise<Recipients>>();
  const keyOf = (c: Conversation, draft: string) =>
    `${c.key}|${queriesFor(c, draft).map((q) => `${q.name}\u0000${q.handle ?? ''}\u0000${q.away ? `${q.away.label}\u0000${q.away.until ?? ''}` : ''}`).join('\u0001')}`;
  return {
    keyOf,
    match(conversation, draft) {
      const key = keyOf(conversation, draft);
      let hit = cache.get(key);
      if (!hit) {
        const queries = queriesFor(conversation, draft);
        const names = queries.map((q) => q.name);
        const handles = queries.flatMap((q) => (q.handle === undefined ? [] : [q.handle]));
        hit = queries.length === 0
          ? Promise.resolve({ people: [], unknown: [] })
          : client.request({ type: 'people/match', names, handles }).then((m) => toRecipients(queries, m));
        // A failed lookup is retried next time rather than cached.
        hit.catch(() => cache.delete(key));
        cache.set(key, hit);
      }
      return hit;
    },
    forget: () => cache.clear(),
  };
}
