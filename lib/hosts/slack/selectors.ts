// Slack web client (app.slack.com) selectors. Newest first; `since` is the date the entry was
// recorded here from its public evidence (see /work/shared/HOSTS.md). tests/fixtures/slack.html
// reproduces each newest entry; tests/hosts/selectors.test.ts proves they match it.
import type { SelectorList } from '../resolve';

const RECORDED = '2026-11-21';
const BETTER_SLACK = 'AirOne-dev/BetterSlack src/runtime/slack-api.ts';
const FERDI = 'getferdi/recipes recipes/slack/webview.js (via webcatalog/neutron)';

/** The Quill-derived editable of a composer. */
export const composerEditable: SelectorList = [
  { selector: '[data-qa="message_input"] .ql-editor[data-qa="texty_input"][contenteditable="true"]', since: RECORDED, evidence: BETTER_SLACK },
  // Older scripts treat the wrapper itself as the editable node.
  { selector: '[data-qa="message_input"][contenteditable="true"]', since: RECORDED, evidence: 'mturley/sensible-slack-extension' },
  // Structural fallback when data-qa names change: any Quill editor acting as a textbox.
  { selector: '.ql-editor[role="textbox"][contenteditable="true"]', since: RECORDED, evidence: 'kirankunigiri/slacky (Quill markup)' },
];

/** Edit-in-place editor around a posted message: not a composer we assist in. */
export const editInPlace: SelectorList = [
  { selector: '[data-qa="message_editor"]', since: RECORDED, evidence: 'HOSTS.md: captured fragments' },
];

/** The search dialog reuses texty_input; its aria-label is "Query". */
export const searchQuery: SelectorList = [
  { selector: '[aria-label="Query"]', since: RECORDED, evidence: 'HOSTS.md: captured fragments' },
];

/** The thread side pane; a composer inside it is a thread reply. */
export const threadPane: SelectorList = [
  { selector: '[data-qa="threads_flexpane"]', since: RECORDED, evidence: 'HOSTS.md: captured fragments' },
  { selector: '.p-threads_flexpane', since: RECORDED, evidence: 'HOSTS.md: BEM block of the thread pane' },
];

/** The composer's footer (editor + buttons) in the channel view or the thread pane: the sidebar's anchor. */
export const composerRegion: SelectorList = [
  { selector: '.p-threads_footer__input, .p-workspace__input', since: RECORDED, evidence: 'HOSTS.md: channel footer and thread pane footer' },
];

/** Send button, disabled (aria-disabled="true") while the draft is empty. */
export const sendButton: SelectorList = [
  { selector: '[data-qa="texty_send_button"]', since: RECORDED, evidence: BETTER_SLACK },
];

/** The caret beside Send that opens "Schedule for later". */
export const scheduleButton: SelectorList = [
  { selector: '[data-qa="texty_send_options_button"]', since: RECORDED, evidence: 'HOSTS.md: captured fragments' },
  // English-only fallback: the label is localised.
  { selector: 'button[aria-label="Schedule for later"][aria-haspopup="menu"]', since: RECORDED, evidence: 'HOSTS.md: captured fragments' },
];

/** Conversation header button; its text is the channel or person name. */
export const header: SelectorList = [
  { selector: '[data-qa="channel_name"]', since: RECORDED, evidence: BETTER_SLACK },
];

export const headerTitle: SelectorList = [
  { selector: '[data-qa="channel_name"] .p-view_header__channel_title', since: RECORDED, evidence: BETTER_SLACK },
  { selector: '.p-view_header__channel_title', since: RECORDED, evidence: 'HOSTS.md: captured fragments' },
];

export const dmMarker: SelectorList = [
  { selector: '.p-view_header__big_button--dm', since: RECORDED, evidence: 'HOSTS.md: captured fragments' },
];

export const groupDmMarker: SelectorList = [
  { selector: '.p-view_header__big_button--mpdm', since: RECORDED, evidence: 'HOSTS.md: captured fragments' },
];

/** Unread counts and mention badges in the channel sidebar: hidden during focus. */
export const unreadBadges: SelectorList = [
  { selector: '.p-channel_sidebar__badge', since: RECORDED, evidence: FERDI },
];

/** Channels shown bold because they have unread messages: shown plain during focus. */
export const unreadLabels: SelectorList = [
  { selector: '.p-channel_sidebar__channel--unread', since: RECORDED, evidence: FERDI },
  { selector: '.p-channel_sidebar__link--unread', since: RECORDED, evidence: 'webcatalog/neutron view-preload/recipes/slack.js' },
];

/** Quill UI nodes whose text is not part of the draft (list markers). */
export const editorUi = '.ql-ui, .ql-cursor';

/** Conversation id in the client URL; case-sensitive so routes like /later or /dms are not ids. */
export const conversationPath = /\/client\/([^/]+)\/([CDG][A-Z0-9]{2,})(?:\/|$)/;

/** Menu and dialog texts (no public selectors exist; English UI). */
export const scheduleTexts = {
  customTime: /custom time/i,
  submit: /schedule message/i,
  cancel: /cancel/i,
};

/** Slack refuses to schedule further ahead than this. */
export const maxScheduleDays = 120;
