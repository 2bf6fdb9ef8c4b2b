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
}
