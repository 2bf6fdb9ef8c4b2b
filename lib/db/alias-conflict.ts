// "@dana is Dana Scully's handle": the first handle or email of an incoming person that belongs to
// someone else in the directory, worded as the question the popup asks. Pure.
import { indexPeople, normalizeEmail, normalizeHandle } from './person-match';
import type { AliasConflict, PersonInput, PersonRecord } from '../records/types';

/** The first conflict, or null; an edit (`person.id`) conflicts with anyone but that person. */
export function aliasConflict(existing: readonly PersonRecord[], person: PersonInput): AliasConflict | null {
  const index = indexPeople(existing);
  const found = (field: 'handle' | 'email', value: string, owner: PersonRecord | undefined): AliasConflict | null => {
    if (!owner || owner.id === person.id) return null;
    const canUpdate = person.id === undefined;
    const whose = `${value} is ${owner.name}'s ${field}`;
    const message = canUpdate
      ? `${whose}: update ${owner.name}, or use another ${field}?`
      : `${whose}: use another ${field}, or remove it from ${owner.name} first.`;
    return { field, value, personId: owner.id, personName: owner.name, canUpdate, message };
  };
  for (const raw of person.handles) {
    const key = normalizeHandle(raw);
    const hit = key ? found('handle', `@${key}`, index.byHandle.get(key)) : null;
    if (hit) return hit;
  }
  for (const raw of person.emails) {
    const key = normalizeEmail(raw);
    const hit = key ? found('email', key, index.byEmail.get(key)) : null;
    if (hit) return hit;
  }
  return null;
}
