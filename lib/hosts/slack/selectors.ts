// Slack web client (app.slack.com and its Defender for Cloud Apps proxy) selectors. Newest first.
// `since` is when the public source observed the live client; `fixture` is the fragment in
// tests/fixtures/hosts/ that reproduces it (tests/hosts/fallbacks.test.ts runs every entry against its
// fragment); a fallback carries a `review` date. Sources and what is unknown: lib/hosts/README.md.
import type { SelectorList } from '../resolve';

const BETTER_SLACK = 'AirOne-dev/BetterSlack src/runtime/slack-api.ts';
const FLINK = 'drubino-mozilla/flink (Slack header modifiers)';
const SLACKME = 'Shulito/slackme slackme.js';
const FERDI = 'getferdi/recipes recipes/slack/webview.js (via webcatalog/neutron)';
const REVIEW = '2027-03-01';

/** The Quill-derived editable of a composer. */
export const composerEditable: SelectorList = [
  { selector: '[data-qa="message_input"] .ql-editor[data-qa="texty_input"][contenteditable="true"]', since: '2026-08-19', evidence: BETTER_SLACK, fixture: 'slack/composer.html' },
  // Older scripts treat the wrapper itself as the editable node.
  { selector: '[data-qa="message_input"][contenteditable="true"]', since: '2025-06-01', evidence: 'mturley/sensible-slack-extension', fixture: 'slack/composer-wrapper.html', review: REVIEW },
  // Structural: any Quill editor acting as a textbox.
  { selector: '.ql-editor[role="textbox"][contenteditable="true"]', since: '2026-08-19', evidence: 'kirankunigiri/slacky (Quill markup)', fixture: 'slack/composer-structural.html', review: REVIEW },
];

/** Edit-in-place editor around a posted message: not a composer we assist in. */
export const editInPlace: SelectorList = [
  { selector: '[data-qa="message_editor"]', since: '2026-06-01', evidence: 'KakkoiDev/tampermonkey-scripts (Slack edit composer)', fixture: 'slack/composer.html' },
  { selector: '[data-feat="edit_composer"]', since: '2026-06-01', evidence: 'KakkoiDev/tampermonkey-scripts (Slack edit composer)', fixture: 'slack/edit-feat.html', review: REVIEW },
];

/** The search dialog reuses texty_input; its aria-label is "Query". */
export const searchQuery: SelectorList = [
  { selector: '[aria-label="Query"]', since: '2026-09-01', evidence: 'AirOne-dev/BetterSlack docs (search input)', fixture: 'slack/composer.html' },
];

/** The thread side pane; a composer inside it is a thread reply. */
export const threadPane: SelectorList = [
  { selector: '[data-qa="threads_flexpane"]', since: '2026-08-19', evidence: BETTER_SLACK, fixture: 'slack/thread.html' },
  { selector: '.p-threads_flexpane', since: '2026-08-19', evidence: BETTER_SLACK, fixture: 'slack/thread-classic.html', review: REVIEW },
];

/** The composer's footer (editor + buttons) in the channel view or the thread pane: the sidebar's anchor. */
export const composerRegion: SelectorList = [
  { selector: '.p-threads_footer__input, .p-workspace__input', since: '2026-08-19', evidence: BETTER_SLACK, fixture: 'slack/composer.html' },
];

/** Send button, disabled (aria-disabled="true") while the draft is empty. */
export const sendButton: SelectorList = [
  { selector: '[data-qa="texty_send_button"]', since: '2026-08-19', evidence: BETTER_SLACK, fixture: 'slack/composer.html' },
];

/** The caret beside Send that opens "Schedule for later". */
export const scheduleButton: SelectorList = [
  { selector: '[data-qa="texty_send_options_button"]', since: '2026-09-01', evidence: 'AirOne-dev/BetterSlack docs (composer buttons)', fixture: 'slack/composer.html' },
  // English-only fallback: the label is localised.
  { selector: 'button[aria-label="Schedule for later"][aria-haspopup="menu"]', since: '2026-09-01', evidence: 'AirOne-dev/BetterSlack docs (composer buttons)', fixture: 'slack/composer-renamed.html', review: REVIEW },
];

/** Conversation header button; its text is the channel or person name. */
export const header: SelectorList = [
  { selector: '[data-qa="channel_name"]', since: '2026-08-19', evidence: BETTER_SLACK, fixture: 'slack/header-dm.html' },
  { selector: '[data-qa="channel_name_button"]', since: '2026-09-01', evidence: FLINK, fixture: 'slack/header-button.html', review: REVIEW },
];

export const headerTitle: SelectorList = [
  { selector: '[data-qa="channel_name"] .p-view_header__channel_title', since: '2026-08-19', evidence: BETTER_SLACK, fixture: 'slack/header-dm.html' },
  { selector: '.p-view_header__channel_title', since: '2026-08-19', evidence: BETTER_SLACK, fixture: 'slack/header-button.html', review: REVIEW },
];

export const dmMarker: SelectorList = [
  { selector: '.p-view_header__big_button--dm', since: '2026-09-01', evidence: FLINK, fixture: 'slack/header-dm.html' },
];

export const groupDmMarker: SelectorList = [
  { selector: '.p-view_header__big_button--mpdm', since: '2026-09-01', evidence: FLINK, fixture: 'slack/header-mpdm.html' },
];

/** Sidebar rows carry the conversation's id and type (`channel`, `private`, `im`, `mpim`). */
export const sidebarRow: SelectorList = [
  { selector: '[data-qa-channel-sidebar-channel-id][data-qa-channel-sidebar-channel-type]', since: '2026-09-01', evidence: SLACKME, fixture: 'slack/sidebar.html' },
];
export const sidebarIdAttribute = 'data-qa-channel-sidebar-channel-id';
export const sidebarTypeAttribute = 'data-qa-channel-sidebar-channel-type';
/** Your own DM row ("you" in the sidebar): its name is yours, never a recipient. */
export const sidebarSelfAttribute = 'data-qa-channel-sidebar-is-you';
export const sidebarName: SelectorList = [
  { selector: '.p-channel_sidebar__name', since: '2026-09-01', evidence: SLACKME, fixture: 'slack/sidebar.html' },
];

/** A rendered message; its channel id names the open conversation better than the URL at cold start. */
export const messageContainer: SelectorList = [
  { selector: '[data-qa="message_container"][data-msg-channel-id]', since: '2026-08-19', evidence: 'AirOne-dev/BetterSlack src/runtime/web-api.ts (drawnChannelId)', fixture: 'slack/messages.html' },
];
export const messageChannelAttribute = 'data-msg-channel-id';

/** The author of a message (first of a series); in the thread pane these are the thread's people. */
export const messageSender: SelectorList = [
  { selector: '[data-qa="message_sender_name"]', since: '2026-08-19', evidence: 'public Slack scrapers and userscripts, 2026 (button[data-qa=message_sender_name] with data-message-sender)', fixture: 'slack/thread.html' },
  { selector: '[data-message-sender]', since: '2026-08-19', evidence: 'public Slack userscripts (data-message-sender)', fixture: 'slack/thread-classic.html', review: REVIEW },
  { selector: '.c-message__sender_button, .c-message__sender_link', since: '2025-01-01', evidence: 'public Slack archive parsers (.c-message__sender_link)', fixture: 'slack/thread-legacy.html', review: '2027-01-15' },
];

/** Unread counts and mention badges in the channel sidebar: hidden during focus. */
export const unreadBadges: SelectorList = [
  { selector: '[data-qa="mention_badge"]', since: '2026-09-01', evidence: 'public Slack focus userscripts (.c-mention_badge), HOSTS survey 2026', fixture: 'slack/sidebar.html' },
  { selector: '.c-mention_badge', since: '2026-09-01', evidence: 'public Slack focus userscripts (.c-mention_badge)', fixture: 'slack/sidebar-classic.html', review: REVIEW },
  { selector: '.p-channel_sidebar__badge', since: '2024-06-01', evidence: FERDI, fixture: 'slack/sidebar-legacy.html', review: '2027-01-15' },
];

/** Channels shown bold because they have unread messages: shown plain during focus. */
export const unreadLabels: SelectorList = [
  { selector: '.p-channel_sidebar__channel--unread', since: '2024-06-01', evidence: FERDI, fixture: 'slack/sidebar-legacy.html' },
  { selector: '.p-channel_sidebar__link--unread', since: '2024-06-01', evidence: 'webcatalog/neutron view-preload/recipes/slack.js', fixture: 'slack/sidebar-legacy.html', review: '2027-01-15' },
];

/** Quill UI nodes whose text is not part of the draft (list markers). */
export const editorUi = '.ql-ui, .ql-cursor';

/** Conversation id in the client URL; case-sensitive so routes like /later or /dms are not ids. */
export const conversationPath = /\/client\/([^/]+)\/([CDG][A-Z0-9]{2,})(?:\/|$)/;

/** Menu and dialog texts, matched after structure (roles) and only on the English UI. */
export const scheduleTexts = {
  customTime: /custom time/i,
  submit: /schedule message/i,
  cancel: /cancel/i,
  /** "Tomorrow at 9:00 AM", "Monday at 9:00 AM" (Slack's presets). */
  preset: /^\s*(tomorrow|monday)\b.*?\b(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\s*$/i,
};

/** Slack refuses to schedule further ahead than this. */
export const maxScheduleDays = 120;
