// The compose assistant's world and state. The controller is DOM-free: it reaches the page only
// through a HostAdapter, the background only through a protocol Client, and time only through Timers.
import type { Analysis, AnalyzeOptions, PartId, UrgencyLabel } from '../analysis/types';
import type { ComposerKind, HostAdapter, HostId } from '../hosts/types';
import type { Client } from '../protocol/client';
import type { AnalysisResult } from '../protocol/responses';
import type { SendTimeView } from '../sidebar/send-time-view';
import type { AnalysisContext } from '../protocol/analysis-context';
import type { OutboxItem } from '../records/types';
import type { FoundDeadline } from '../schedule';

/** What analysis/run is asked with: the engine's options, and the conversation when known. */
export type AnalysisRequestOptions = Required<Pick<AnalyzeOptions, 'now' | 'senderTimeZone'>> & { context?: AnalysisContext };

/** Clock and scheduling, injectable so tests drive time by hand. */
export interface Timers {
  now(): number;
  /** Runs fn after ms unless signal aborts first; returns a cancel function. */
  after(ms: number, fn: () => void, signal: AbortSignal): () => void;
  /** Runs fn when the page is idle (soon, but never inside the current keystroke's task). */
  idle(fn: () => void, signal: AbortSignal): void;
}

export interface AssistantDeps {
  adapter: HostAdapter;
  client: Client;
  timers: Timers;
  /**
   * Analyses a draft and words the expectation line for every label: in the page, a request to the
   * background (the rule engine never runs in the host page); injectable for tests. May reject.
   */
  analyze: (text: string, options: AnalysisRequestOptions) => Promise<AnalysisResult>;
  /**
   * Called at the first change of a burst of typing (no analysis pending), in the keystroke's task, and
   * when focus comes back to the composer after a quiet spell: the page tells the background to start,
   * so an MV3 service worker that was stopped loads (and compiles its rules) while the user types
   * instead of after it (BENCHMARKS.md, cold start). Fire and forget: must not throw, must not read the
   * draft (nothing per keystroke beyond one message per burst).
   */
  wake?: () => void;
  /** The zone to use until the user's settings arrive (the platform's). */
  defaultTimeZone: string;
}

// What the sidebar reports back and shows: its components import these from here (lib/ never imports components/).

/** Where an inserted line came from, for stats and undo messages. */
export type InsertSource = { kind: 'part'; part: PartId } | { kind: 'expectation' } | { kind: 'warning'; id: string };

export type ScheduleState = 'idle' | 'working' | 'host' | 'outbox' | 'error';

export interface ScheduleStatus {
  state: ScheduleState;
  /** Shown as is: 'Scheduled in Slack for Mon 09:00', 'Saved to the Composure outbox', 'Slack's menu did not open'. */
  message: string;
}

export interface NewPerson {
  name: string;
  handle?: string;
  timeZone: string;
}

/** Focus mode as the sidebar and the banner show it. */
export interface FocusView {
  until: number;
  nextCheck?: string;
  /** "Focus until 11:30 · next check 13:00". */
  banner: string;
}

/** Everything the sidebar renders; one immutable snapshot per change. */
export interface AssistantState {
  /** null: no composer here, the sidebar stays away (the focus banner may still show). */
  composer: { host: HostId; kind: ComposerKind } | null;
  /** Bumps on every attach, so the UI can reset its local state (open forms, highlights). */
  attachId: number;
  /**
   * The open conversation. `membersHidden`: its members are only in a host popover (Teams named groups),
   * so the sidebar offers "Read members"; `membersNote` says how the last read went.
   */
  conversation: { key: string; title: string; membersHidden?: boolean; membersNote?: string } | null;
  /** The draft the analysis and deadlines belong to (the newest one the background answered for). */
  draft: string;
  analysis: Analysis | null;
  /** The deadline phrases the background found in `draft`, with its analysis: the send-time card's input. */
  deadlines: FoundDeadline[];
  urgency: UrgencyLabel;
  urgencyOverridden: boolean;
  expectation: string;
  sendTime: SendTimeView | null;
  schedule: ScheduleStatus | null;
  /** The outbox item the last Schedule created, while it can still be cancelled. */
  outboxItem: { id: string; sendAt: number } | null;
  /** A due draft whose conversation is known only by its title: the user says whether it belongs here. */
  restoreOffer: { item: OutboxItem; title: string } | null;
  /** A due draft that belongs in another conversation this page could not switch to: where it belongs. */
  outboxElsewhere: { id: string; title: string; reason: string } | null;
  focus: FocusView | null;
  /** A calm degraded-state line (selector failures, a failed insert). */
  problem: string | null;
  theme: 'light' | 'dark';
  /** Shown folded to the badge: the user folded it, or the draft has nothing to say yet and they have not opened it. */
  collapsed: boolean;
  /** The draft is too short to judge (empty, one word, no sentence yet): no score, no parts. */
  quiet: boolean;
  /** The user opened it (rather than the draft): it may open into less room. */
  openedByUser: boolean;
  now: number;
  senderTimeZone: string;
}
