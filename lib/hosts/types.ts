// The one seam between Composure and a chat host's DOM. The sidebar, the content script and the tests
// only ever talk to a host through this interface; lib/hosts/<host>/ holds everything host-specific.

import type { HostAway } from '../schedule/types';

/** Which host an adapter drives. */
export type HostId = 'slack' | 'teams';

/** The hosts' names as people write them. */
export const HOST_NAMES: Readonly<Record<HostId, string>> = { slack: 'Slack', teams: 'Teams' };

/** Where a composer sits: a channel/DM footer (Slack), a thread pane (Slack) or a chat (Teams). */
export type ComposerKind = 'channel' | 'thread' | 'chat';

/** One message box on the page. */
export interface Composer {
  host: HostId;
  kind: ComposerKind;
  /** The contenteditable node the user types into. */
  editable: HTMLElement;
  /** The composer's region (editor and its buttons): the anchor to position a sidebar beside. */
  region: HTMLElement;
}

/** How insertText positions the new text. */
export interface InsertOptions {
  /** Put the caret at the end of the draft first (default true); false inserts at the caret if it is inside the editor. */
  atEnd?: boolean;
  /** Start a new line first when the draft is not empty. */
  newLine?: boolean;
  /** After the write, select the text's first [blank] so typing replaces it (only with atEnd, the default). */
  selectBlank?: boolean;
}

/** The write path that succeeded (or was tried last). */
export type InsertVia = 'execCommand' | 'paste' | 'beforeinput' | 'none';

/** Outcome of insertText, verified by reading the draft back after the host's editor settled. */
export interface InsertResult {
  ok: boolean;
  via: InsertVia;
  error?: string;
  /** With selectBlank: whether the editor's selection now holds the first blank (false: caret left after the text). */
  selected?: boolean;
}

/** Outcome of clearDraft, verified by reading the draft back. */
export interface ClearResult {
  ok: boolean;
  error?: string;
}

export interface Participant {
  /** The display name as the host shows it, without badges ("External") or "(You)" marks. */
  name: string;
  /** A handle people type (`@dana`), when the host shows one. Never a host-internal id such as Teams' `8:orgid:…`. */
  handle?: string;
  /** Away as the host shows it beside this person in the open conversation (Teams' "Out of office" presence). */
  away?: HostAway;
}

export type ConversationKind = 'channel' | 'dm' | 'group' | 'unknown';

/** The open conversation as far as the page shows it. */
export interface Conversation {
  /** Stable per conversation within a host, prefixed by the host id (e.g. `slack:T0123/C0456`). */
  key: string;
  title: string;
  url: string;
  kind: ConversationKind;
  participants: Participant[];
  /**
   * The members exist but the page does not show them without opening a host popover (Teams named
   * group chats list them only in the roster): the sidebar offers "Read members" (HostAdapter.readMembers).
   */
  membersHidden?: boolean;
  /** Which path each fact came from (diagnostics: 'kind:sidebar-row', 'id:message-pane', …). */
  paths?: string[];
}

/** Outcome of readMembers: the members read, or why not (nothing of the host's is left open either way). */
export interface ReadMembersResult {
  ok: boolean;
  participants: Participant[];
  reason?: string;
}

/** The host control that opens its own scheduled-send UI. */
export interface ScheduleControls {
  trigger: HTMLElement;
  /** Slack opens a menu on click; Teams on right-click of Send. */
  opens: 'click' | 'contextmenu';
}

export interface ScheduleResult {
  ok: boolean;
  /** Why it failed, readable by a person; absent when ok. */
  reason?: string;
  /** Which path was taken (diagnostics): 'preset', 'custom-dialog:fields', 'custom-dialog:calendar', 'menu', … */
  path?: string;
}

export interface ScheduleOptions {
  signal?: AbortSignal;
  /** Per step (menu, dialog, confirmation); default 2000 ms, at most 3000 (Teams: at most 2000). */
  stepTimeoutMs?: number;
}

/** Outcome of openConversation: 'here' (already open) or 'entry' (the host's own entry was clicked). */
export interface OpenResult {
  ok: boolean;
  via?: 'here' | 'entry';
  /** Why not, readable by a person; absent when ok. */
  reason?: string;
}

/** A conversation switch noticed by observeNavigation. */
export interface NavigationChange {
  url: string;
  cause: 'url' | 'header';
}

/** Which fallback of one named selector matched, if any. */
export interface SelectorProbe {
  name: string;
  matched: string | null;
  /** Position in the newest-first fallback list; -1 when none matched. */
  index: number;
}

/** Output of diagnose(): enough to tell which host change broke us. */
export interface Diagnosis {
  host: HostId;
  url: string;
  probes: SelectorProbe[];
  /** Names whose every fallback failed. */
  failed: string[];
}

/** Everything Composure needs from a chat host. Methods never throw into the page. */
export interface HostAdapter {
  readonly id: HostId;
  /** Composers we may assist in (skips edit-in-place, search boxes and hidden editors). */
  findComposers(root?: Document | Element): Composer[];
  /** The focused composer, else the main one (channel/chat before thread), else null. */
  activeComposer(): Composer | null;
  /** Plain text of the draft, lines joined with \n; '' when empty. */
  readDraft(composer: Composer): string;
  /** Writes like a person would (focus, caret, host-accepted input path), then verifies the text arrived. */
  insertText(composer: Composer, text: string, opts?: InsertOptions): Promise<InsertResult>;
  /** The open conversation; `composer` (default: the active one) decides between a channel and its thread pane. */
  conversation(composer?: Composer | null): Conversation;
  /**
   * Opens the host's member list, reads it and closes it again, restoring focus (only after a user's
   * click in the sidebar). Absent on hosts that always show their members.
   */
  readMembers?(signal?: AbortSignal): Promise<ReadMembersResult>;
  sendButton(composer: Composer): HTMLElement | null;
  scheduleControls(composer: Composer): ScheduleControls | null;
  /** Drives the host's own scheduled send for the current draft at `at` (minute precision, browser-local wall clock). */
  scheduleSend(composer: Composer, at: Date, opts?: ScheduleOptions): Promise<ScheduleResult>;
  /**
   * Switches this page to the conversation `target.key` (titled `target.title`) through the host's own
   * sidebar or chat-list entry, verified by reading the conversation back; never reloads the page.
   * Only after a user's click (the outbox's Open). Absent: the host cannot be switched from here.
   */
  openConversation?(target: { key: string; title: string }, signal?: AbortSignal): Promise<OpenResult>;
  /** Calls onChange (debounced) when the URL or the conversation header changes; stops when signal aborts. */
  observeNavigation(signal: AbortSignal, onChange: (change: NavigationChange) => void): void;
  /** Resolves every named selector afresh and reports which fallback matched and which failed. */
  diagnose(): Diagnosis;
  /**
   * Calls onChange whenever the draft may have changed (typing, IME, host or programmatic edits) until
   * signal aborts. On the keystroke path: it never reads the draft; callers debounce.
   */
  onDraftChange(composer: Composer, signal: AbortSignal, onChange: () => void): void;
  /** True while an input method has a composition open in the composer (nothing may analyse or write then). */
  composing(composer: Composer): boolean;
  /** Calls onSend when the user presses Enter in the composer or clicks Send; observed, never prevented. */
  onSend(composer: Composer, signal: AbortSignal, onSend: (via: 'enter' | 'click') => void): void;
  /** Empties the draft like a person would (select all, delete), verified by reading it back. */
  clearDraft(composer: Composer): Promise<ClearResult>;
  /** The host's theme behind the composer (or the page when none is given). */
  theme(composer?: Composer | null): 'light' | 'dark';
  /** Focus mode: hides (on) or restores (off) the host's unread counts and notification dots. */
  setFocusMode(on: boolean): void;
}

/** Optional wiring for an adapter; defaults read the global document. */
export interface AdapterOptions {
  doc?: Document;
  /**
   * Subscribes to URL changes (in a content script: WXT's `wxt:locationchange` via ctx). Without it,
   * the adapter uses the Navigation API / popstate, which suits page-world code and tests.
   */
  locationChanges?: (signal: AbortSignal, onChange: () => void) => void;
}
