// Which Slack conversation is open and who a draft in it reaches. The id comes from the rendered
// messages before the URL (at cold start the URL can name another channel); the kind from the
// sidebar row before the header before the id's letter; in a thread, the people who wrote in the
// thread pane are recipients too. Every fact records the path it came from.
import { resolve, resolveAll, resolveClosest } from '../resolve';
import type { Conversation, Participant } from '../types';
import * as S from './selectors';

const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
const TYPE_KIND: Record<string, Conversation['kind']> = {
  im: 'dm',
  mpim: 'group',
  channel: 'channel',
  private: 'channel',
};

/** The open conversation's id: the one channel the main view's messages belong to, else the URL's. */
export function conversationId(d: Document, urlId: string | null): { id: string | null; path: string } {
  const ids = new Set<string>();
  for (const el of resolveAll('messageContainer', S.messageContainer, d).elements) {
    // Messages in the thread pane belong to the same channel, but the main view is the one to trust.
    if (resolveClosest('threadPane', S.threadPane, el).element) continue;
    const id = el.getAttribute(S.messageChannelAttribute);
    if (id && /^[CDG][A-Z0-9]{2,}$/.test(id)) ids.add(id);
  }
  if (ids.size === 1) {
    const [id] = [...ids];
    return { id: id!, path: urlId && urlId !== id ? `id:message-pane(url-named-${urlId})` : 'id:message-pane' };
  }
  return { id: urlId, path: urlId ? 'id:url' : 'id:none' };
}

function sidebarRowOf(d: Document, id: string): Element | null {
  for (const row of resolveAll('sidebarRow', S.sidebarRow, d).elements)
    if (row.getAttribute(S.sidebarIdAttribute) === id) return row;
  return null;
}

/** DM / group DM / channel: the sidebar row's type, else the header's modifier, else the id's letter. */
export function conversationKind(d: Document, id: string | null): { kind: Conversation['kind']; path: string } {
  const type = id ? sidebarRowOf(d, id)?.getAttribute(S.sidebarTypeAttribute) : null;
  if (type && TYPE_KIND[type]) return { kind: TYPE_KIND[type]!, path: `kind:sidebar-row(${type})` };
  if (resolve('dmMarker', S.dmMarker, d).element) return { kind: 'dm', path: 'kind:header' };
  if (resolve('groupDmMarker', S.groupDmMarker, d).element) return { kind: 'group', path: 'kind:header' };
  if (id?.startsWith('D')) return { kind: 'dm', path: 'kind:id-letter' };
  if (id?.startsWith('C')) return { kind: 'channel', path: 'kind:id-letter' };
  // G… ids were private channels and group DMs alike: without the sidebar or header we cannot tell.
  if (id?.startsWith('G')) return { kind: 'channel', path: 'kind:id-letter(G, ambiguous)' };
  return { kind: 'unknown', path: 'kind:none' };
}

/** Your own name, from your self-DM row in the sidebar; null when the sidebar does not show it. */
export function selfName(d: Document): string | null {
  for (const row of resolveAll('sidebarRow', S.sidebarRow, d).elements) {
    if (row.getAttribute(S.sidebarSelfAttribute) !== 'true') continue;
    const name = resolve('sidebarName', S.sidebarName, row).element ?? row;
    return squash(name.textContent ?? '') || null;
  }
  return null;
}

/** People who wrote in the thread pane that holds `editable`, yourself left out. */
export function threadAuthors(editable: Element, d: Document): Participant[] {
  const pane = resolveClosest('threadPane', S.threadPane, editable).element;
  if (!pane) return [];
  const me = selfName(d)?.toLowerCase();
  const seen = new Set<string>();
  const people: Participant[] = [];
  for (const el of resolveAll('messageSender', S.messageSender, pane).elements) {
    const name = squash(el.textContent ?? '');
    const k = name.toLowerCase();
    if (!name || k === me || seen.has(k)) continue;
    seen.add(k);
    people.push({ name });
  }
  return people;
}

/** The people a DM or group DM header names (a channel's members are not in the page). */
export function headerPeople(kind: Conversation['kind'], title: string, d: Document): Participant[] {
  const me = selfName(d)?.toLowerCase();
  if (kind === 'dm' && title) return [{ name: title }];
  if (kind === 'group' && title)
    return title
      .split(/\s*,\s*/)
      .filter((n) => n && n.toLowerCase() !== me)
      .map((name) => ({ name }));
  return [];
}
