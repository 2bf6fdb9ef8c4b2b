// Microsoft Teams web client adapter. The compose box is CKEditor 5: it reverts DOM writes it did not
// make (execCommand) on its next render, but accepts a synthetic paste and beforeinput events.
import { themeBehind, toggleFocusStyle } from '../appearance';
import { isShown } from '../dom';
import { watchNavigation } from '../navigation';
import { openVia, squash } from '../open-conversation';
import { ancestorWith, diagnosis, probe, resolve, resolveAll, resolveClosest, resolveNear } from '../resolve';
import { isComposing, watchDraft, watchSend } from '../page-events';
import { editableText } from '../text';
import type { AdapterOptions, Composer, Conversation, Diagnosis, HostAdapter, Participant, ReadMembersResult, SelectorProbe } from '../types';
import { readHeader, readRoster, textWithout } from './people';
import { clearVerified, insertVerified } from '../write';
import { scheduleTeams } from './schedule';
import * as S from './selectors';

/** The document holding the chat header: ours, or the same-origin parent when the compose box is framed. */
function headerDocument(doc: Document): Document {
  if (resolve('header', S.header, doc).element) return doc;
  try {
    const parent = doc.defaultView?.parent;
    if (parent && parent !== doc.defaultView && parent.document) return parent.document;
  } catch {
    // Cross-origin parent: the header is out of reach.
  }
  return doc;
}

/** Creates the Teams adapter over `opts.doc` (default: the global document). */
export function createTeamsAdapter(opts: AdapterOptions = {}): HostAdapter {
  const doc = () => opts.doc ?? document;

  const isCandidate = (el: HTMLElement): boolean => isShown(el) && resolveClosest('chatPaneItem', S.chatPaneItem, el).element === null;

  const toComposer = (editable: HTMLElement): Composer => ({
    host: 'teams',
    kind: 'chat',
    editable,
    region: ancestorWith('sendButton', S.sendButton, editable, 8, isShown).element ?? editable.parentElement ?? editable,
  });

  const findComposers = (root: Document | Element = doc()): Composer[] =>
    resolveAll('composerEditable', S.composerEditable, root, isCandidate).elements.map(toComposer);

  const activeComposer = (): Composer | null => {
    const composers = findComposers();
    const focused = doc().activeElement;
    return composers.find((c) => focused && c.editable.contains(focused)) ?? composers[0] ?? null;
  };

  const readDraft = (c: Composer): string => editableText(c.editable, S.editorUi).replace(/\n+$/, '');

  const sendButton = (c: Composer) => resolveNear('sendButton', S.sendButton, c.editable, 8, isShown).element;

  /** Members read from the roster, per chat key: a named group's roster is closed again after reading. */
  const rosterCache = new Map<string, Participant[]>();

  const keyOf = (d: Document, title: string, composer: Composer | null): string => {
    const threadId = composer ? sendButton(composer)?.getAttribute(S.threadIdAttribute) : null;
    return threadId ? `teams:${threadId}` : `teams:title:${title}`;
  };

  const conversation = (composer: Composer | null = activeComposer()): Conversation => {
    const d = headerDocument(doc());
    const url = d.defaultView?.location.href ?? '';
    const titleOnly = resolve('chatTitle', S.chatTitle, d).element;
    const provisionalKey = keyOf(d, titleOnly ? textWithout(titleOnly, S.trustBadge) : '', composer);
    const read = readHeader(d, rosterCache.get(provisionalKey));
    const key = keyOf(d, read.title, composer);
    // A roster the user (or readMembers) opened is remembered for this chat.
    if (read.paths.some((p) => p.startsWith('people:roster:'))) rosterCache.set(key, read.participants);
    const out: Conversation = { key, title: read.title, url, kind: read.kind, participants: read.participants, paths: read.paths };
    if (read.membersHidden) out.membersHidden = true;
    return out;
  };

  const readMembers = async (signal?: AbortSignal): Promise<ReadMembersResult> => {
    const d = headerDocument(doc());
    const composer = activeComposer();
    const before = conversation(composer);
    const result = await readRoster(d, composer?.editable ?? null, signal);
    if (result.participants.length > 0) rosterCache.set(before.key, result.participants);
    return result;
  };

  /**
   * The chat-list entry titled exactly `title` (some element of it shows that text alone); none when
   * absent or when two entries share it (the key read back after the click checks it anyway).
   */
  const chatEntry = (title: string): HTMLElement | null => {
    const want = squash(title);
    if (!want) return null;
    const items = resolveAll('chatListItem', S.chatListItem, headerDocument(doc())).elements;
    const hits = items.filter((item) => [item, ...item.querySelectorAll('*')].some((el) => squash(el.textContent) === want));
    return hits.length === 1 ? (hits[0] ?? null) : null;
  };

  const diagnose = (): Diagnosis => {
    const d = doc();
    const hd = headerDocument(d);
    const probes: SelectorProbe[] = [];
    probes.push(probe('composerEditable', S.composerEditable, resolveAll('composerEditable', S.composerEditable, d, isCandidate)));
    const composer = activeComposer();
    const send = composer ? resolveNear('sendButton', S.sendButton, composer.editable, 8, isShown) : { matched: null };
    probes.push(probe('sendButton', S.sendButton, send));
    probes.push(probe('header', S.header, resolve('header', S.header, hd)));
    probes.push(probe('chatTitle', S.chatTitle, resolve('chatTitle', S.chatTitle, hd)));
    const call = resolve('oneOnOneCall', S.oneOnOneCall, hd);
    probes.push(probe('callButton', call.element ? S.oneOnOneCall : S.groupMarks, call.element ? call : resolve('groupMarks', S.groupMarks, hd)));
    const trust = resolve('trustBadge', S.trustBadge, hd);
    if (trust.element) probes.push(probe('trustBadge', S.trustBadge, trust));
    return diagnosis('teams', d, probes);
  };

  return {
    id: 'teams',
    findComposers,
    activeComposer,
    readDraft,
    // Paste is what Teams users' own tools rely on; beforeinput is CKEditor's typing path.
    insertText: (c, text, o = {}) => insertVerified(c.editable, () => readDraft(c), text, o, ['paste', 'beforeinput']),
    conversation,
    readMembers,
    sendButton,
    scheduleControls: (c) => {
      const trigger = sendButton(c);
      return trigger ? { trigger, opens: 'contextmenu' } : null;
    },
    scheduleSend: (c, at, o) => scheduleTeams({ composer: c, at, readDraft, sendButton }, o),
    openConversation: (target, signal) =>
      openVia(headerDocument(doc()), chatEntry(target.title), () => activeComposer() !== null && conversation().key === target.key, "Teams' chat list", signal),
    observeNavigation: (signal, onChange) => {
      const hd = headerDocument(doc());
      watchNavigation({ doc: hd, signal, onChange, header: () => resolve('header', S.header, hd).element, locationChanges: opts.locationChanges });
    },
    diagnose,
    onDraftChange: watchDraft,
    composing: (c) => isComposing(c.editable),
    onSend: (c, signal, cb) => watchSend(c, signal, () => sendButton(c), cb),
    // A synthetic cut goes through CKEditor's own delete-selection path; beforeinput is the fallback.
    clearDraft: (c) => clearVerified(c.editable, () => readDraft(c), ['cut', 'beforeinput']),
    theme: (c) => themeBehind(c?.region ?? doc().body),
    setFocusMode: (on) => toggleFocusStyle(doc(), on, S.unreadBadges),
  };
}
