// Microsoft Teams web client selectors (teams.microsoft.com incl. /v2/, teams.cloud.microsoft,
// teams.live.com). Newest first; `since` is the date the entry was recorded here from its public
// evidence (see /work/shared/HOSTS.md). tests/fixtures/teams.html reproduces each newest entry.
import type { SelectorList } from '../resolve';

const RECORDED = '2026-11-21';
const TEAMS_FOR_LINUX = 'IsmaelMartinez/teams-for-linux spike/2476-stickers/SPIKE.md';
const TEAMSRELAY = 'Aptul9/teamsrelay app/src/agent/teams/selectors.ts';

/** The CKEditor 5 compose box. Its aria-label is localised: never key on it. */
export const composerEditable: SelectorList = [
  { selector: 'div[data-tid="ckeditor"][role="textbox"][contenteditable="true"]', since: RECORDED, evidence: TEAMSRELAY },
  { selector: 'div[id^="new-message-"][contenteditable="true"]', since: RECORDED, evidence: TEAMS_FOR_LINUX },
  // Structural fallback: any CKEditor 5 editable acting as a textbox.
  { selector: '.ck-editor__editable[role="textbox"][contenteditable="true"]', since: RECORDED, evidence: 'CKEditor 5 editable markup' },
];

/** A posted message; an editor inside it is an edit in progress, not the compose box. */
export const chatPaneItem: SelectorList = [
  { selector: '[data-tid="chat-pane-item"]', since: RECORDED, evidence: TEAMSRELAY },
];

/** Send, looked up relative to the compose box: two layouts exist ("newMessageCommands" is also "Done" when editing). */
export const sendButton: SelectorList = [
  { selector: '[data-tid="sendMessageCommands-send"]', since: RECORDED, evidence: TEAMSRELAY },
  { selector: '[data-tid="newMessageCommands-send"]', since: RECORDED, evidence: TEAMS_FOR_LINUX },
];

/** The send button names the open chat; the URL does not reliably. */
export const threadIdAttribute = 'data-track-thread-id';

export const header: SelectorList = [
  { selector: '[data-tid="entity-header"]', since: RECORDED, evidence: TEAMSRELAY },
];

export const chatTitle: SelectorList = [
  { selector: 'h2[data-tid="chat-title"]', since: RECORDED, evidence: TEAMSRELAY },
  { selector: '[data-tid="chat-title"]', since: RECORDED, evidence: TEAMSRELAY },
];

/** Participant entries of the chat topic menu; the id suffix identifies the person. */
export const participants: SelectorList = [
  {
    selector: 'ul[data-tid="chat-topic-menu"] li[data-tid="chat-topic-menu-list-item"] [id^="chat-topic-person-"]',
    since: RECORDED,
    evidence: TEAMSRELAY,
  },
];
export const participantIdPrefix = 'chat-topic-person-';

export const participantCount: SelectorList = [
  { selector: 'button[data-tid="chat-header-participant-count"]', since: RECORDED, evidence: TEAMSRELAY },
];

/** Present in a 1:1 chat header. */
export const oneOnOneCall: SelectorList = [
  { selector: '[data-tid="default-chat-call-audio-button"]', since: RECORDED, evidence: TEAMSRELAY },
];

/** Present in a group chat header. */
export const groupCall: SelectorList = [
  { selector: '[data-tid="audio-drop-in-button"]', since: RECORDED, evidence: TEAMSRELAY },
];

/**
 * Schedule send has no public DOM evidence: right-click Send → a menu item → a date/time dialog.
 * Texts are guesses at the English UI, matched loosely.
 */
export const scheduleTexts = {
  menuItem: /schedule send|schedule message/i,
  submit: /send at scheduled time|^\s*schedule\s*$|schedule send/i,
  cancel: /cancel/i,
};

/** Unread counts and dots (Fluent UI badges on the app bar and chat list): hidden during focus. */
export const unreadBadges: SelectorList = [
  { selector: '.fui-Badge', since: RECORDED, evidence: 'jobscale/_ tampermonkey/notification.js (teams.microsoft.com/v2)' },
  { selector: 'span.activity-badge', since: RECORDED, evidence: 'affordablemobiles/chromeos-apps-for-office365 teams-chromeos-notifications/background.js' },
];

/** CKEditor UI nodes inside the editable whose text is not part of the draft. */
export const editorUi = '.ck-widget__type-around, .ck-fake-selection-container, .ck-reset_all';
