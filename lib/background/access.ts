// Who is asking. Content scripts run inside the host's page and are less trusted than the extension's
// own pages (Chrome's guidance), so every request is checked against what its sender may ask for,
// using the sender as the browser reports it, never a field of the message. Pure.
import type { HostName } from '../records/types';
import { appOfOrigin, hostOriginOf, unproxied } from '../hosts/matches';
import type { RequestType } from '../protocol/messages';
import { ProtocolError } from '../protocol/responses';

/** A sender the background answers: one of the extension's own pages, or a content script in a host page. */
export type Caller =
  | { kind: 'extension' }
  | {
      kind: 'content';
      host: HostName;
      /** The frame's origin: one of the manifest's host origins, or a proxied one the user granted. */
      origin: string;
      /** The workspace or tenant the tab's URL names (Slack team id, Teams tenantId), when it names one. */
      account: string | null;
      tabId: number | null;
    };

/** The extension's own pages (popup, options): everything is theirs to ask. */
export const EXTENSION_CALLER: Caller = { kind: 'extension' };

/**
 * Which senders each request type accepts. 'content': content scripts too (their handler then limits
 * them to their own host and conversation); 'extension': only the extension's own pages. A new type
 * must be classified here or the build fails.
 */
export const ACCESS: Record<RequestType, 'content' | 'extension'> = {
  'settings/get': 'content',
  'settings/update': 'extension',
  'people/list': 'extension',
  'people/upsert': 'content', // the sidebar's "Add person": new people only (see people.ts)
  'people/delete': 'extension',
  'people/time-off': 'content', // the sidebar's "Record as time off": only adds days away, never removes or renames
  'people/match': 'content',
  'people/import': 'extension',
  'people/export': 'extension',
  'outbox/add': 'content', // bound to the sender's origin and account
  'outbox/list': 'content', // the sender's own conversation only
  'outbox/cancel': 'content',
  'outbox/take': 'content',
  'outbox/sent-by-host': 'content',
  'outbox/open': 'extension',
  'focus/get': 'content',
  'focus/start': 'extension',
  'focus/stop': 'extension',
  'stats/record': 'content',
  'stats/get': 'extension',
  'backup/export': 'extension',
  'backup/import': 'extension',
  'data/erase': 'extension',
  'diagnostics/report': 'content', // for the sender's own host only
  'diagnostics/get': 'extension',
  'analysis/run': 'content',
  'placement/get': 'content',
  'placement/set': 'content', // for the sender's own host only
  'privacy/requests': 'extension',
  'switch/list': 'content', // its own host's rules and pauses only (see switch.ts)
  'switch/off': 'content', // its own host only; the sidebar menu acts on trusted clicks only
  'switch/pause': 'content',
  'switch/on': 'extension', // turning back on is the popup's
  'switch/here': 'extension',
};

/** The parts of a runtime.MessageSender the check reads. */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
}

/** The extension itself: its id and the base URL of its pages ('chrome-extension://<id>/'). */
export interface SelfInfo {
  id: string;
  baseUrl: string;
}

/** The workspace or tenant a host URL names, if any. */
export function accountOf(url: string | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if ((unproxied(u.hostname) ?? u.hostname) === 'app.slack.com')
    return /^\/client\/([A-Z0-9]{2,})(?:\/|$)/i.exec(u.pathname)?.[1]?.toUpperCase() ?? null;
  for (const [name, value] of u.searchParams) {
    if (/^tenantid$/i.test(name) && /^[\w.-]{1,100}$/.test(value)) return value.toLowerCase();
  }
  return null;
}

/** Who sent a message, or null when it is neither our own page nor our content script on a host page. */
export function callerOf(sender: SenderInfo | undefined, self: SelfInfo): Caller | null {
  if (!sender || sender.id !== self.id || !sender.url) return null;
  if (sender.url.startsWith(self.baseUrl) && (sender.origin === undefined || self.baseUrl.startsWith(sender.origin))) {
    return EXTENSION_CALLER;
  }
  if (!sender.tab) return null;
  const origin = hostOriginOf(sender.url);
  if (!origin || (sender.origin !== undefined && sender.origin !== origin)) return null;
  return {
    kind: 'content',
    // A proxied origin (*.mcas.ms) can only send once the user granted it: our script runs nowhere else.
    host: appOfOrigin(origin)!,
    origin,
    account: accountOf(sender.tab.url ?? sender.url),
    tabId: sender.tab.id ?? null,
  };
}

/** Throws 'forbidden' unless `caller` may send a request of `type`. */
export function checkAccess(type: RequestType, caller: Caller | null): asserts caller is Caller {
  if (!caller)
    throw new ProtocolError(
      'forbidden',
      `'${type}' was refused: the sender is not Composure's own page or content script`,
    );
  if (caller.kind === 'content' && ACCESS[type] !== 'content') {
    throw new ProtocolError(
      'forbidden',
      `'${type}' is only answered to Composure's own pages, not to a content script`,
    );
  }
}

/** Throws 'forbidden' when a content script asks about another host than its own. */
export function requireOwnHost(caller: Caller, host: HostName, what: string): void {
  if (caller.kind === 'content' && caller.host !== host) {
    throw new ProtocolError('forbidden', `A content script on ${caller.host} may not ${what} for ${host}`);
  }
}
