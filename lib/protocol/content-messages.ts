// Messages the background sends TO content scripts (tabs.sendMessage). Pure.
import type { OutboxItem } from '../db/types';
import type { FocusState } from './responses';

/** Background → content script messages; content scripts should ignore unknown types. */
export type ContentMessage =
  /** The user clicked a "ready to send" notification: put `item.text` back into this conversation's composer. */
  | { type: 'outbox/restore'; item: OutboxItem }
  /** Focus mode started, ended or changed (e.g. to hide unread badges). */
  | { type: 'focus/changed'; state: FocusState };

/** Narrowing helper for content-script listeners. */
export function isContentMessage(m: unknown): m is ContentMessage {
  const type = (m as { type?: unknown } | null)?.type;
  return type === 'outbox/restore' || type === 'focus/changed';
}
