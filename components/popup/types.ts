// The popup's whole world, as props: a protocol client and a clock. No browser.*, no Dexie.
import type { RequestTally } from '../../lib/privacy/requests';
import type { Client } from '../../lib/protocol/client';

export type { Client };

/** What every section receives. */
export interface SectionProps {
  client: Client;
  /** Epoch ms; injectable so tests and screenshots are deterministic. */
  now: () => number;
}

export type TabId = 'me' | 'team' | 'norms' | 'focus' | 'outbox' | 'trends' | 'privacy';

export interface PopupProps extends SectionProps {
  /** The section shown first (default: focus, the popup's everyday use). */
  initialTab?: TabId;
  /** The popup's own network requests so far (Resource Timing); the Privacy tab adds the background's. Required: no made-up zero. */
  ownRequests: () => RequestTally;
  /** Proxied hosts: offered on such a tab; absent in tests that do not need it. */
  proxy?: ProxyAccess;
}

/** The popup's view of proxied hosts (lib/platform/proxy-hosts.ts behind it). */
export interface ProxyAccess {
  /** The offer for the active tab: null unless it is a proxied Slack or Teams page. */
  offer(): Promise<{ origin: string; host: string; granted: boolean } | null>;
  /** Asks the browser for the origin (called in the click handler). */
  allow(origin: string): Promise<boolean>;
  /** Reloads the active tab so the content script starts there. */
  reload(): void;
}
