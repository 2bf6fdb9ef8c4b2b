// Slack web client adapter. Slack's composer is a Quill derivative: it accepts execCommand input,
// ignores synthetic paste, and re-creates the composer element when the channel changes.
import { themeBehind, toggleFocusStyle } from '../appearance';
import { isShown } from '../dom';
import { watchNavigation } from '../navigation';
import { openVia } from '../open-conversation';
import { ancestorWith, diagnosis, probe, resolve, resolveAll, resolveClosest, resolveNear } from '../resolve';
import { isComposing, watchDraft, watchSend } from '../page-events';
import { editableText } from '../text';
import type { AdapterOptions, Composer, Conversation, Diagnosis, HostAdapter, SelectorProbe } from '../types';
import { clearVerified, insertVerified } from '../write';
import { conversationId, conversationKind, headerPeople, threadAuthors } from './people';
import { scheduleSlack } from './schedule';
import * as S from './selectors';

/** Creates the Slack adapter over `opts.doc` (default: the global document). */
export function createSlackAdapter(opts: AdapterOptions = {}): HostAdapter {
  const doc = () => opts.doc ?? document;

  const isCandidate = (el: HTMLElement): boolean =>
    isShown(el) &&
    resolveClosest('editInPlace', S.editInPlace, el).element === null &&
    resolveClosest('searchQuery', S.searchQuery, el).element === null;

  const toComposer = (editable: HTMLElement): Composer => {
    const kind = resolveClosest('threadPane', S.threadPane, editable).element ? 'thread' : 'channel';
    const region =
      resolveClosest('composerRegion', S.composerRegion, editable).element ??
      ancestorWith('sendButton', S.sendButton, editable).element ??
      editable.parentElement ??
      editable;
    return { host: 'slack', kind, editable, region };
  };

  const findComposers = (root: Document | Element = doc()): Composer[] =>
    resolveAll('composerEditable', S.composerEditable, root, isCandidate).elements.map(toComposer);

  const activeComposer = (): Composer | null => {
    const composers = findComposers();
    const focused = doc().activeElement;
    // An editor inside a known footer beats a stray one (e.g. an edit-in-place whose hook was renamed).
    const anchored = (c: Composer) => resolveClosest('composerRegion', S.composerRegion, c.editable).element !== null;
    return (
      composers.find((c) => focused && c.editable.contains(focused)) ??
      composers.find((c) => c.kind === 'channel' && anchored(c)) ??
      composers.find((c) => c.kind === 'channel') ??
      composers[0] ??
      null
    );
  };

  const readDraft = (c: Composer): string =>
    c.editable.classList.contains('ql-blank') ? '' : editableText(c.editable, S.editorUi).replace(/\n+$/, '');

  const sendButton = (c: Composer) => resolveNear('sendButton', S.sendButton, c.region).element;

  const scheduleControls = (c: Composer) => {
    const trigger = resolveNear('scheduleButton', S.scheduleButton, c.region).element;
    return trigger ? { trigger, opens: 'click' as const } : null;
  };

  const conversation = (composer: Composer | null = activeComposer()): Conversation => {
    const d = doc();
    const url = d.defaultView?.location.href ?? '';
    const ids = S.conversationPath.exec(d.defaultView?.location.pathname ?? '');
    const titleNode = resolve('headerTitle', S.headerTitle, d).element ?? resolve('header', S.header, d).element;
    const title = (titleNode?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const id = conversationId(d, ids?.[2] ?? null);
    const kind = conversationKind(d, id.id);
    const participants = headerPeople(kind.kind, title, d);
    const paths = [id.path, kind.path];
    if (composer?.kind === 'thread') {
      // Thread replies reach the people who wrote in the thread (and, as anywhere, the @-mentioned).
      const known = new Set(participants.map((p) => p.name.toLowerCase()));
      for (const p of threadAuthors(composer.editable, d)) if (!known.has(p.name.toLowerCase())) participants.push(p);
      paths.push('people:thread-authors');
    }
    const team = ids?.[1];
    const key = team && id.id ? `slack:${team}/${id.id}` : `slack:title:${title}`;
    return { key, title, url, kind: kind.kind, participants, paths };
  };

  /** The sidebar row of a `slack:<team>/<id>` key (a title-only key has none we can trust). */
  const sidebarEntry = (key: string): HTMLElement | null => {
    const id = /^slack:[A-Z0-9]+\/([A-Z0-9]+)$/i.exec(key)?.[1];
    if (!id) return null;
    const rows = resolveAll('sidebarRow', S.sidebarRow, doc()).elements;
    return rows.find((row) => row.getAttribute(S.sidebarIdAttribute) === id) ?? null;
  };

  const diagnose = (): Diagnosis => {
    const d = doc();
    const probes: SelectorProbe[] = [];
    const editables = resolveAll('composerEditable', S.composerEditable, d, isCandidate);
    probes.push(probe('composerEditable', S.composerEditable, editables));
    const composer = activeComposer();
    const region = composer ? resolveClosest('composerRegion', S.composerRegion, composer.editable) : { matched: null };
    probes.push(probe('composerRegion', S.composerRegion, region));
    const scope = composer?.region;
    probes.push(probe('sendButton', S.sendButton, scope ? resolveNear('sendButton', S.sendButton, scope) : { matched: null }));
    probes.push(probe('scheduleButton', S.scheduleButton, scope ? resolveNear('scheduleButton', S.scheduleButton, scope) : { matched: null }));
    probes.push(probe('header', S.header, resolve('header', S.header, d)));
    probes.push(probe('headerTitle', S.headerTitle, resolve('headerTitle', S.headerTitle, d)));
    probes.push(probe('sidebarRow', S.sidebarRow, resolve('sidebarRow', S.sidebarRow, d)));
    return diagnosis('slack', d, probes);
  };

  return {
    id: 'slack',
    findComposers,
    activeComposer,
    readDraft,
    insertText: (c, text, o = {}) => insertVerified(c.editable, () => readDraft(c), text, o, ['execCommand']),
    conversation,
    sendButton,
    scheduleControls,
    scheduleSend: (c, at, o) => scheduleSlack({ composer: c, at, readDraft, scheduleControls }, o),
    openConversation: (target, signal) =>
      openVia(doc(), sidebarEntry(target.key), () => activeComposer() !== null && conversation().key === target.key, "Slack's sidebar", signal),
    observeNavigation: (signal, onChange) =>
      watchNavigation({
        doc: doc(),
        signal,
        onChange,
        header: () => resolve('header', S.header, doc()).element,
        locationChanges: opts.locationChanges,
      }),
    diagnose,
    onDraftChange: watchDraft,
    composing: (c) => isComposing(c.editable),
    onSend: (c, signal, cb) => watchSend(c, signal, () => sendButton(c), cb),
    clearDraft: (c) => clearVerified(c.editable, () => readDraft(c), ['execCommand'], 'selectAll'),
    // The view behind the composer: Slack's sidebar is aubergine even in the light theme.
    theme: (c) => themeBehind(c?.region ?? resolve('header', S.header, doc()).element ?? doc().body),
    setFocusMode: (on) => toggleFocusStyle(doc(), on, S.unreadBadges, S.unreadLabels),
  };
}
