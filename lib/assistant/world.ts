// What the controller's parts share: the dependencies, the store and the current attachment.
import type { UrgencyLabel } from '../analysis/types';
import type { Settings, StatsEvent } from '../records/types';
import type { Composer, Conversation } from '../hosts/types';
import type { FocusState } from '../protocol/responses';
import type { Recipients } from './recipients';
import type { Store } from './store';
import type { AssistantDeps, AssistantState } from './types';

/** One attachment to one composer in one conversation; aborted when either changes. */
export interface Session {
  composer: Composer;
  conversation: Conversation;
  signal: AbortSignal;
  abort(): void;
  /** The user's urgency choice for this draft; reset when the draft is sent or emptied. */
  override: UrgencyLabel | null;
  recipients: Recipients | null;
  recipientsKey: string;
}

export interface World {
  deps: AssistantDeps;
  store: Store<AssistantState>;
  session: Session | null;
  settings: Settings | null;
  focus: FocusState | null;
  /** The degraded-state line of the current attachment (selector failures); transient notices replace it for a while. */
  baseProblem: string | null;
  /** The content script's lifetime. */
  root: AbortSignal;
  zone(): string;
  /** Re-reads the draft and recomputes everything derived from it (not debounced). */
  refresh(): void;
  /** Records an aggregate stats event; failures are logged, never shown. */
  record(event: StatsEvent): void;
  /** The session's composer is still on the page. */
  alive(session: Session): boolean;
}
