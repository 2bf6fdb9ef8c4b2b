// The records Composure keeps, as plain data: lib/db stores them, the protocol carries them, the popup shows them.
import type { PartId, UrgencyLabel } from '../analysis/types';
import type { FocusBlock } from '../focus/blocks';
import type { DateRange, Person, WorkingHours } from '../schedule/types';
import type { OffRule } from '../switch/rules';

/** The user themself: used as the sender's zone and hours. */
export interface Me {
  name: string;
  timeZone: string;
  workingHours: WorkingHours;
  outOfOffice: DateRange[];
}

/** The team norm for one urgency tier, shown when teaching expectations. */
export interface Norm {
  expectation: string;
  /** Expected response time in minutes; null when no reply is expected. */
  targetMinutes: number | null;
  /** True when targetMinutes counts working time only (e.g. "one business day"). */
  workingTime: boolean;
}

export type Norms = Record<UrgencyLabel, Norm>;

/** Focus blocks are defined by the core that computes them (lib/focus/blocks.ts). */
export type { FocusBlock };

/** Focus-mode preferences; batch windows are 'HH:MM' local times to check messages. */
export interface FocusPrefs {
  presets: number[];
  batchWindows: string[];
  hideUnreadBadges: boolean;
  /** Scheduled focus: a 'block' session starts at each block's start in the user's zone. */
  blocks: FocusBlock[];
}

/** The whole settings object as handlers and the popup see it. */
export interface Settings {
  me: Me;
  norms: Norms;
  focus: FocusPrefs;
}

/** One row per settings section; keeps each section independently patchable. */
export type SettingsRow =
  | { key: 'me'; value: Me }
  | { key: 'norms'; value: Norms }
  | { key: 'focus'; value: FocusPrefs }
  | { key: 'placement'; value: DockSides }
  | { key: 'off'; value: OffRule[] };

/** The side of the composer the user docked Composure to, per host (absent: the default order). */
export type DockSide = 'above' | 'right' | 'left' | 'below';
export type DockSides = Partial<Record<HostName, DockSide>>;

/** A directory entry; a Person (usable by suggestSendTime) plus the aliases used to recognise them. */
export interface PersonRecord extends Person {
  /** Normalised: lowercased, no leading '@'. */
  handles: string[];
  /** Normalised: lowercased. */
  emails: string[];
  outOfOffice: DateRange[];
  createdAt: number;
  updatedAt: number;
}

/** What a page gets of a matched person (people/match): enough to suggest a send time, no aliases or bookkeeping. */
export type MatchedPerson = Pick<PersonRecord, 'id' | 'name' | 'timeZone' | 'workingHours' | 'outOfOffice'>;

export type OutboxStatus = 'scheduled' | 'due' | 'restored' | 'sent-by-host' | 'cancelled';
export type HostName = 'slack' | 'teams';

/**
 * Where a stored draft belongs: the conversation's key, title and URL as the host adapter read them
 * when it was written (the adapter's live Conversation, lib/hosts/types.ts, also knows who is in it).
 */
export interface ConversationRef {
  /** Stable per-host key chosen by the host adapter (e.g. Slack channel id). */
  key: string;
  title: string;
  url: string;
}

/** A draft the user asked us to hand back at sendAt. */
export interface OutboxItem {
  id: string;
  createdAt: number;
  updatedAt: number;
  sendAt: number;
  status: OutboxStatus;
  host: HostName;
  conversation: ConversationRef;
  text: string;
  /** PersonRecord ids. */
  recipients: string[];
  urgency: UrgencyLabel;
  /** The host origin the draft was written on, as the browser reported the sender (absent on old rows: the URL's origin). */
  origin?: string;
  /** The workspace or tenant the tab's URL named when it was written, if it named one. */
  account?: string | null;
}

export interface FocusSession {
  id: string;
  start: number;
  /** Planned end. */
  end: number;
  endedAt?: number;
  kind: 'manual' | 'block';
}

/** Daily aggregates only: never message text, recipients or conversations. */
export interface DailyStats {
  /** 'YYYY-MM-DD' in the user's zone. */
  day: string;
  messagesAssisted: number;
  scoreSum: number;
  scoreCount: number;
  missingParts: Record<PartId, number>;
  urgencyMix: Record<UrgencyLabel, number>;
  scheduledSends: number;
  sendsMovedIntoHours: number;
  insertedSuggestions: number;
}

/** A content-script selector failure, kept for the diagnostics page (no page text). */
export interface DiagnosticEntry {
  id?: number;
  at: number;
  host: HostName;
  feature: string;
  selector?: string;
  message: string;
}

/** A person as written by the popup or an import file: aliases not yet merged, no timestamps. */
export interface PersonInput {
  /** Present when editing an existing entry; its aliases then replace the stored ones. */
  id?: string;
  name: string;
  handles: string[];
  emails: string[];
  timeZone: string;
  workingHours: WorkingHours;
  outOfOffice?: DateRange[];
  /**
   * Import files: the name this person has in the directory now, saying the row renames them on
   * purpose (a row matched by handle or email whose name differs is refused without it).
   */
  previousName?: string;
}

/** A handle or email of an incoming person that is already another person's (lib/db/alias-conflict finds it; the popup asks about it). */
export interface AliasConflict {
  field: 'handle' | 'email';
  /** As the user would write it: '@dana', 'dana@example.com'. */
  value: string;
  personId: string;
  personName: string;
  /** True when adding (the user may choose to update that person); false when editing someone else. */
  canUpdate: boolean;
  /** The question, in one plain sentence. */
  message: string;
}

/** What the content script reports after the fact; aggregates only, never text. */
export type StatsEvent =
  | { kind: 'message'; score: number | null; missing: PartId[]; urgency: UrgencyLabel }
  | { kind: 'suggestion-inserted'; part: PartId | 'expectation' }
  | { kind: 'send-scheduled'; movedIntoHours: boolean };

/** Everything a full backup holds. */
export interface Snapshot {
  settings: Settings;
  people: PersonRecord[];
  outbox: OutboxItem[];
  focusSessions: FocusSession[];
  stats: DailyStats[];
}
