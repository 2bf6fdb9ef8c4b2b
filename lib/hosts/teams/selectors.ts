// Microsoft Teams web client selectors (teams.microsoft.com incl. /v2/, teams.cloud.microsoft,
// teams.live.com, and their Defender for Cloud Apps proxies). Newest first. `since` is when the public
// source observed the live client; `fixture` is the fragment in tests/fixtures/hosts/ that reproduces
// it (tests/hosts/fallbacks.test.ts runs every entry against its fragment); a fallback carries a
// `review` date. Sources and what is unknown: lib/hosts/README.md.
import type { SelectorList } from '../resolve';

const RELAY = 'Aptul9/teamsrelay app/src/agent/teams/selectors.ts';
const RELAY_DOC = 'Aptul9/teamsrelay docs/teams-selectors.md';
const RELAY_HEADER = 'Aptul9/teamsrelay app/test/agent/fixtures/header-*.html';
const RELAY_ROSTER = 'Aptul9/teamsrelay app/test/agent/fixtures/roster.html';
const TFL = 'IsmaelMartinez/teams-for-linux spike/2476-stickers/SPIKE.md';
const REVIEW = '2027-03-01';

/** The CKEditor 5 compose box. Its aria-label is localised: never key on it. */
export const composerEditable: SelectorList = [
  { selector: 'div[data-tid="ckeditor"][role="textbox"][contenteditable="true"]', since: '2026-09-29', evidence: RELAY, fixture: 'teams/compose.html' },
  { selector: 'div[id^="new-message-"][contenteditable="true"]', since: '2026-05-01', evidence: TFL, fixture: 'teams/compose-legacy.html', review: REVIEW },
  // Structural: any CKEditor 5 editable acting as a textbox.
  { selector: '.ck-editor__editable[role="textbox"][contenteditable="true"]', since: '2026-05-01', evidence: 'CKEditor 5 editable markup (npm ckeditor5)', fixture: 'teams/compose-structural.html', review: REVIEW },
];

/** A posted message; an editor inside it is an edit in progress, not the compose box. */
export const chatPaneItem: SelectorList = [
  { selector: '[data-tid="chat-pane-item"]', since: '2026-09-29', evidence: RELAY_DOC, fixture: 'teams/compose.html' },
];

/** Send, looked up relative to the compose box: two layouts exist ("newMessageCommands" is also "Done" when editing). */
export const sendButton: SelectorList = [
  { selector: '[data-tid="sendMessageCommands-send"]', since: '2026-09-29', evidence: RELAY_DOC, fixture: 'teams/compose.html' },
  { selector: '[data-tid="newMessageCommands-send"]', since: '2026-09-29', evidence: RELAY_DOC, fixture: 'teams/compose-legacy.html', review: REVIEW },
];

/** The send button names the open chat; the URL does not reliably. */
export const threadIdAttribute = 'data-track-thread-id';

export const header: SelectorList = [
  { selector: '[data-tid="entity-header"]', since: '2026-10-01', evidence: RELAY_HEADER, fixture: 'teams/header-one.html' },
];

export const chatTitle: SelectorList = [
  { selector: 'h2[data-tid="chat-title"]', since: '2026-10-01', evidence: RELAY_HEADER, fixture: 'teams/header-one.html' },
  { selector: '[data-tid="chat-title"]', since: '2026-09-29', evidence: RELAY, fixture: 'teams/header-title-div.html', review: REVIEW },
];

/** People named in the header: the partner of an internal 1:1 and the members of an unnamed group. The id suffix is internal (`8:orgid:…`). */
export const topicParticipants: SelectorList = [
  { selector: '[data-tid="chat-topic-menu"] [id^="chat-topic-person-"]', since: '2026-10-01', evidence: RELAY_HEADER, fixture: 'teams/header-one.html' },
];

/** The partner of an external 1:1: the title renders the name here, beside the trust badge. */
export const externalName: SelectorList = [
  { selector: '[data-tid="chat-title"] #custom-chat-topic-renderer', since: '2026-10-01', evidence: 'Aptul9/teamsrelay app/test/agent/fixtures/header-one-external.html', fixture: 'teams/header-external.html' },
];

/** Trust badges ("External") inside the title; their text is not part of any name. */
export const trustBadge: SelectorList = [
  { selector: '[data-testid$="trust-indicator"]', since: '2026-10-01', evidence: RELAY_HEADER, fixture: 'teams/header-external.html' },
  // Structural: any Fluent badge inside the title.
  { selector: '[data-tid="chat-title"] .fui-Badge', since: '2026-10-01', evidence: RELAY_HEADER, fixture: 'teams/header-external-untagged.html', review: REVIEW },
];

/** Opens the roster popover (aria-expanded); its label counts the participants (0 in a 1:1 since 2026-10). */
export const participantCount: SelectorList = [
  { selector: 'button[data-tid="chat-header-participant-count"]', since: '2026-10-01', evidence: RELAY_HEADER, fixture: 'teams/header-named.html' },
];

/** A member's name in the open roster popover (named group chats list members only there). */
export const rosterName: SelectorList = [
  { selector: '[data-tid="chat-header-participant-list"] [id^="chat-roster-item-name-"]', since: '2026-09-26', evidence: RELAY_ROSTER, fixture: 'teams/roster.html' },
  { selector: '[id^="chat-roster-item-name-"]', since: '2026-09-26', evidence: RELAY, fixture: 'teams/roster-unlisted.html', review: REVIEW },
];

/** One roster row (holds the name, a subtitle for you, and a remove button for everyone else). */
export const rosterRow: SelectorList = [
  { selector: 'li[role="menuitem"]', since: '2026-09-26', evidence: RELAY_ROSTER, fixture: 'teams/roster.html' },
];

/** Present in rows of people you can remove: every row but yours. */
export const rosterRemove: SelectorList = [
  { selector: '[data-tid="chat-header-remove-user-button"]', since: '2026-09-26', evidence: RELAY_ROSTER, fixture: 'teams/roster.html' },
];

/** The subtitle under your own row ("You", localised: checked only when the structure is silent). */
export const rosterSubtitle: SelectorList = [
  { selector: '[data-tid="chat-roster-item-subtitle"]', since: '2026-09-26', evidence: RELAY_ROSTER, fixture: 'teams/roster.html' },
];

/** Present in a 1:1 chat header only. */
export const oneOnOneCall: SelectorList = [
  { selector: '[data-tid="default-chat-call-audio-button"]', since: '2026-10-01', evidence: RELAY_HEADER, fixture: 'teams/header-one.html' },
];

/** Marks of a group chat header: Meet now, the "Name group chat" button, the group picture. */
export const groupMarks: SelectorList = [
  { selector: '[data-tid="audio-drop-in-button"]', since: '2026-10-01', evidence: RELAY_HEADER, fixture: 'teams/header-group.html' },
  { selector: '[data-tid="chat-title-name-group-chat"]', since: '2026-10-01', evidence: RELAY_HEADER, fixture: 'teams/header-group-nocall.html', review: REVIEW },
  { selector: '[data-tid="tfw-group-chat-avatar-button"]', since: '2026-10-01', evidence: RELAY_HEADER, fixture: 'teams/header-group-picture.html', review: REVIEW },
];

/**
 * A person's presence on their picture: `role=img` with the status as aria-label ("Available", "Away",
 * "Out of office"…). A topic entry names its pill in aria-labelledby (`chat-topic-person-… presence-pill-…`).
 */
export const presenceBadge: SelectorList = [
  { selector: '[data-tid="presence-badge"][aria-label]', since: '2026-10-01', evidence: RELAY_HEADER, fixture: 'teams/header-one-ooo.html' },
  // A group's topic entries carry the same pill as data-tid="presence" (header-group.html).
  { selector: '[data-tid="presence"][role="img"][aria-label]', since: '2026-10-01', evidence: RELAY_HEADER, fixture: 'teams/header-group-ooo.html', review: REVIEW },
];

/** Texts, last resort after structure (English UI). */
export const texts = {
  /** The self chat and topic entries mark you as "(You)". */
  selfMark: /\s*\((you)\)\s*$/i,
  /** Your roster row's subtitle. */
  selfSubtitle: /^\s*you\s*$/i,
  /** "View and add participants, 3 participants". */
  participantCount: /(\d+)\s+participants?\b/i,
  /** A presence that means away for the day (teamsrelay TEXTS.statusWords lists "Out of office"). English only. */
  outOfOffice: /^\s*out of office\b/i,
};

/**
 * Schedule send has no public DOM evidence: right-click Send → a menu item → a date/time dialog.
 * Texts are guesses at the English UI, matched loosely; every step times out fast (schedule.ts).
 */
export const scheduleTexts = {
  menuItem: /schedule send|schedule message/i,
  submit: /send at scheduled time|^\s*schedule\s*$|schedule send/i,
  cancel: /cancel/i,
};

/**
 * Unread counts and dots, hidden during focus. Scoped to the chat list and the app bar: a bare
 * `.fui-Badge` also matches the header's "External" trust indicator, a security warning.
 */
export const unreadBadges: SelectorList = [
  { selector: '[data-tid="unread"]', since: '2026-09-29', evidence: RELAY_DOC, fixture: 'teams/chat-list.html' },
  { selector: '[role="treeitem"] .fui-Badge:not([data-testid$="trust-indicator"])', since: '2026-09-29', evidence: RELAY_DOC, fixture: 'teams/chat-list.html', review: REVIEW },
  { selector: 'nav .fui-Badge:not([data-testid$="trust-indicator"])', since: '2026-09-29', evidence: 'jobscale/_ tampermonkey/notification.js (teams.microsoft.com/v2)', fixture: 'teams/chat-list.html', review: REVIEW },
  { selector: 'span.activity-badge', since: '2024-01-01', evidence: 'affordablemobiles/chromeos-apps-for-office365 teams-chromeos-notifications/background.js', fixture: 'teams/chat-list-legacy.html', review: '2027-01-15' },
];

/** The chat list's entries (the outbox's Open clicks the one whose title is the draft's chat). */
export const chatListItem: SelectorList = [
  { selector: '[role="tree"] [role="treeitem"]', since: '2026-09-29', evidence: RELAY_DOC, fixture: 'teams/chat-list.html' },
];

/** CKEditor UI nodes inside the editable whose text is not part of the draft. */
export const editorUi = '.ck-widget__type-around, .ck-fake-selection-container, .ck-reset_all';
