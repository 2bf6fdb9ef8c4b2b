// Messages the background sends TO content scripts (tabs.sendMessage). Pure.
import type { OutboxItem } from '../records/types';
import type { OffRule } from '../switch/rules';
import type { FocusState } from './responses';

/**
 * A content script's answer to 'outbox/restore': 'restored' only when the draft is verifiably back in a
 * composer; 'asked' when the sidebar asks whether it belongs there (a title-only match); 'elsewhere'
 * when the page shows another conversation and could not switch to it; 'failed' when the editor refused.
 */
export type RestoreOutcome = 'restored' | 'asked' | 'elsewhere' | 'failed';

/** Background → content script messages; content scripts should ignore unknown types. */
export type ContentMessage = AssistantMessage | SwitchMessage;

/** The messages the assistant (lib/assistant) handles while it runs. */
export type AssistantMessage =
  /** The user clicked a "ready to send" notification: put `item.text` back into this conversation's composer. */
  | { type: 'outbox/restore'; item: OutboxItem }
  /** Focus mode started, ended or changed (e.g. to hide unread badges). */
  | { type: 'focus/changed'; state: FocusState };

/** The off switch and the sidebar command, handled by the content script's lifecycle (on or off), not the assistant. */
export type SwitchMessage =
  /** What is off changed (turned off, paused or back on anywhere): re-check this page. */
  | { type: 'switch/changed'; rules: OffRule[] }
  /** The popup asks where this tab is; the reply is a Place. */
  | { type: 'switch/where' }
  /** The keyboard command (manifest `commands`): open or fold the sidebar. */
  | { type: 'sidebar/toggle' };

/** Narrowing helper for the lifecycle's listener. */
export function isSwitchMessage(m: unknown): m is SwitchMessage {
  const type = (m as { type?: unknown } | null)?.type;
  return type === 'switch/changed' || type === 'switch/where' || type === 'sidebar/toggle';
}

/** Narrowing helper for the assistant's listener. */
export function isContentMessage(m: unknown): m is AssistantMessage {
  const type = (m as { type?: unknown } | null)?.type;
  return type === 'outbox/restore' || type === 'focus/changed';
}
