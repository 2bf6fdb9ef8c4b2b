// Who a Teams chat reaches, on every header layout the public captures show: an internal 1:1 and an
// unnamed group name people in the topic menu; an external 1:1 renders the name beside an "External"
// trust badge; a named group lists its members only in the roster popover. Read-only, except
// readRoster, which opens and closes that popover for a user's click.
import { isShown, press, pressEscape, waitFor } from '../dom';
import { resolve, resolveAll, type SelectorList } from '../resolve';
import type { HostAway } from '../../schedule/types';
import type { Conversation, Participant, ReadMembersResult } from '../types';
import * as S from './selectors';

const squash = (t: string) => t.replace(/\s+/g, ' ').trim();

/** Text of `el` without the parts matched by any entry of `skip` (badges inside a title). */
export function textWithout(el: Element, skip: SelectorList): string {
  const selector = skip.map((e) => e.selector).join(', ');
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) out += node.textContent ?? '';
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    try {
      if ((node as Element).matches(selector)) return;
    } catch {
      // A broken fallback never hides text.
    }
    for (const child of Array.from(node.childNodes)) walk(child);
  };
  walk(el);
  return squash(out);
}

const unique = (people: Participant[]) => {
  const seen = new Set<string>();
  return people.filter((p) => p.name && !seen.has(p.name.toLowerCase()) && seen.add(p.name.toLowerCase()));
};

/** Names in the open roster, yourself left out (by structure: the one row without a remove button; else by the "You" subtitle). */
export function rosterNames(d: Document): { names: Participant[]; path: string } | null {
  const names = resolveAll('rosterName', S.rosterName, d);
  if (names.elements.length === 0) return null;
  const rows = names.elements.map((el) => resolveClosestRow(el) ?? el);
  const removable = rows.map((row) => resolve('rosterRemove', S.rosterRemove, row).element !== null);
  const byStructure = removable.some(Boolean) && removable.filter((r) => !r).length === 1;
  const people = names.elements.flatMap((el, i) => {
    const row = rows[i]!;
    const self = byStructure
      ? !removable[i]
      : S.texts.selfSubtitle.test(resolve('rosterSubtitle', S.rosterSubtitle, row).element?.textContent ?? '');
    return self ? [] : [{ name: squash(el.textContent ?? '') }];
  });
  return {
    names: unique(people),
    path: `roster:${names.matched === S.rosterName[0]!.selector ? 0 : 1}:${byStructure ? 'structure' : 'text'}`,
  };
}

function resolveClosestRow(el: Element): Element | null {
  for (const entry of S.rosterRow) {
    const row = el.closest(entry.selector);
    if (row) return row;
  }
  return null;
}

/** The presence words of a pill, when it is one (`[data-tid=presence-badge][aria-label]`). */
function presenceIn(root: Element | null): string | null {
  if (!root) return null;
  const pill = resolve('presenceBadge', S.presenceBadge, root).element;
  return pill?.getAttribute('aria-label')?.trim() || null;
}

/** The presence pill a topic entry names in its aria-labelledby (`chat-topic-person-… presence-pill-…`). */
function pillOf(person: Element, d: Document): string | null {
  const entry = person.closest('[aria-labelledby]');
  for (const id of (entry?.getAttribute('aria-labelledby') ?? '').split(/\s+/)) {
    const el = id ? d.getElementById(id) : null;
    if (!el || el.contains(person)) continue;
    const words = S.presenceBadge.some((e) => safeMatches(el, e.selector))
      ? el.getAttribute('aria-label')?.trim()
      : null;
    if (words) return words;
  }
  return null;
}

const safeMatches = (el: Element, selector: string) => {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
};

/** Marks `p` away when Teams shows it out of office; other presences (Away, Busy) say nothing about the day. */
function withAway(p: Participant, presence: string | null): Participant {
  if (!presence || !S.texts.outOfOffice.test(presence)) return p;
  const away: HostAway = { label: 'out of office', host: 'Teams' };
  return { ...p, away };
}

export interface TeamsHeaderRead {
  title: string;
  kind: Conversation['kind'];
  participants: Participant[];
  membersHidden: boolean;
  paths: string[];
}

/** Reads the chat header in `d`; `cached` holds members read earlier from the roster of this chat. */
export function readHeader(d: Document, cached: Participant[] | undefined): TeamsHeaderRead {
  const paths: string[] = [];
  const titleEl = resolve('chatTitle', S.chatTitle, d).element;
  const external = resolve('externalName', S.externalName, d).element;
  const topic = resolveAll('topicParticipants', S.topicParticipants, d)
    .elements.map((el) => withAway({ name: squash(el.textContent ?? '').replace(S.texts.selfMark, '') }, pillOf(el, d)))
    .filter((p) => p.name);
  let kind: Conversation['kind'] = 'unknown';
  if (resolve('oneOnOneCall', S.oneOnOneCall, d).element) kind = 'dm';
  else if (resolve('groupMarks', S.groupMarks, d).element) kind = 'group';
  else if (topic.length > 1) kind = 'group';
  paths.push(`kind:${kind === 'unknown' ? 'none' : kind === 'dm' ? 'call-button' : 'group-marks'}`);

  let title = '';
  let participants: Participant[] = [];
  let membersHidden = false;
  // A 1:1 shows its partner's presence on the header's picture.
  const headerPill = kind === 'dm' ? presenceIn(resolve('header', S.header, d).element) : null;
  if (external) {
    title = squash(external.textContent ?? '');
    participants = [withAway({ name: title }, headerPill)];
    paths.push('people:external-name');
  } else if (topic.length > 0) {
    title = topic.map((p) => p.name).join(', ');
    participants = unique(
      kind === 'dm' && topic.length === 1 && !topic[0]!.away ? [withAway(topic[0]!, headerPill)] : topic,
    );
    paths.push('people:topic');
  } else {
    title = titleEl ? textWithout(titleEl, S.trustBadge) : '';
    const roster = rosterNames(d);
    if (kind === 'dm' && title) {
      participants = [withAway({ name: title }, headerPill)];
      paths.push('people:title');
    } else if (roster) {
      participants = roster.names;
      paths.push(`people:${roster.path}`);
    } else if (cached) {
      participants = cached;
      paths.push('people:roster-read-earlier');
    } else if (kind === 'group') {
      membersHidden = true;
      paths.push('people:hidden-in-roster');
    }
  }
  return { title, kind, participants, membersHidden, paths };
}

/**
 * Opens the roster from the participant count, reads it, closes it and gives focus back to `restore`.
 * Fails fast (2 s per step) and never leaves the popover open.
 */
export async function readRoster(
  d: Document,
  restore: HTMLElement | null,
  signal?: AbortSignal,
): Promise<ReadMembersResult> {
  const already = rosterNames(d);
  if (already) return { ok: true, participants: already.names };
  const button = resolve('participantCount', S.participantCount, d).element;
  if (!button || !isShown(button))
    return { ok: false, participants: [], reason: "Teams' participant list button was not found in the chat header" };
  const wait = { timeoutMs: 2000, ...(signal ? { signal } : {}) };
  press(button);
  const read = await waitFor(d, () => rosterNames(d), wait);
  // Close what we opened: Escape first (Fluent popovers close on it), then the toggle itself.
  const open = () =>
    resolveAll('rosterName', S.rosterName, d).elements.length > 0 || button.getAttribute('aria-expanded') === 'true';
  if (open()) pressEscape(d.activeElement instanceof HTMLElement ? d.activeElement : button);
  if (open() && !(await waitFor(d, () => (open() ? null : true), { timeoutMs: 300 }))) press(button);
  const closed = await waitFor(d, () => (open() ? null : true), wait);
  restore?.focus({ preventScroll: true });
  if (!read) return { ok: false, participants: [], reason: 'the participant list did not open' };
  if (!closed) return { ok: false, participants: read.names, reason: 'the participant list did not close' };
  return { ok: true, participants: read.names };
}
