// How people are recognised across Slack, Teams and imported files. Pure.
import type { PersonRecord } from '../records/types';

/** Slack shows '@ana', files say 'ana' or 'Ana': all the same handle. */
export function normalizeHandle(handle: string): string {
  return handle.trim().replace(/^@+/, '').replace(/\s+/g, ' ').toLowerCase();
}

/** Emails compare case-insensitively (in practice providers ignore local-part case too). */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A name as it is stored: trimmed, every run of whitespace one space (PersonInputSchema does the same on input). */
export function tidyName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/** Display names compare case- and whitespace-insensitively. */
export function normalizeName(name: string): string {
  return tidyName(name).toLowerCase();
}

/** Lookup from every normalised handle/email to the person carrying it. */
export interface AliasIndex {
  byHandle: Map<string, PersonRecord>;
  byEmail: Map<string, PersonRecord>;
  byName: Map<string, PersonRecord[]>;
}

/** Builds an AliasIndex over directory entries. */
export function indexPeople(people: readonly PersonRecord[]): AliasIndex {
  const index: AliasIndex = { byHandle: new Map(), byEmail: new Map(), byName: new Map() };
  for (const p of people) {
    for (const h of p.handles) index.byHandle.set(h, p);
    for (const e of p.emails) index.byEmail.set(e, p);
    const key = normalizeName(p.name);
    index.byName.set(key, [...(index.byName.get(key) ?? []), p]);
  }
  return index;
}

/** Finds the person one alias refers to: an email if it looks like one, else a handle. */
export function lookupAlias(index: AliasIndex, alias: string): PersonRecord | undefined {
  if (alias.includes('@') && !alias.trim().startsWith('@')) {
    return index.byEmail.get(normalizeEmail(alias));
  }
  const h = normalizeHandle(alias);
  return index.byHandle.get(h) ?? index.byEmail.get(h);
}
