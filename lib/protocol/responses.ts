// What the background answers to each request, and the envelope around it. Pure.
import type { RestoreOutcome } from './content-messages';
import type { Analysis, UrgencyLabel } from '../analysis/types';
import type { FoundDeadline } from '../schedule';
import type {
  DailyStats,
  DiagnosticEntry,
  DockSides,
  FocusSession,
  MatchedPerson,
  OutboxItem,
  PersonRecord,
  Settings,
} from '../records/types';
import type { OffRule, Place } from '../switch/rules';
import type { RequestType } from './messages';

/** Focus mode as the popup and content scripts see it. */
export interface FocusState {
  active: boolean;
  session: FocusSession | null;
  /** Planned end (epoch ms) while active. */
  endsAt: number | null;
  /** Whole minutes left, rounded up (what the badge shows), while active. */
  minutesLeft: number | null;
}

/** Outcome of a directory import. */
export interface ImportReport {
  added: number;
  updated: number;
  unchanged: number;
  /** True when nothing was written because the request was a dry run. */
  dryRun: boolean;
}

/** The tables a backup holds; `waiting` is the outbox's drafts still scheduled or due. */
export type BackupTable = 'settings' | 'people' | 'outbox' | 'waiting' | 'focusSessions' | 'stats';

/** What a backup restores (or would, on a dry run): rows per table in the file and here before it, and what it keeps. */
export interface RestoreReport {
  tables: Record<BackupTable, { backup: number; current: number }>;
  /** Not part of a backup, so kept as they are: off-switch entries, hosts with a docked side, diagnostics. */
  kept: { offRules: number; placement: number; diagnostics: number };
  /** Whose settings the backup holds. */
  me: { name: string; timeZone: string };
  exportedAt: number | null;
  /** True when nothing was written because the request was a dry run. */
  dryRun: boolean;
}

/** A file to offer for download. */
export interface ExportedFile {
  filename: string;
  mimeType: string;
  text: string;
}

/** Sums over the requested days. */
export interface StatsTotals {
  messagesAssisted: number;
  /** Mean completeness score, or null when no applicable messages were scored. */
  averageScore: number | null;
  missingParts: DailyStats['missingParts'];
  urgencyMix: DailyStats['urgencyMix'];
  scheduledSends: number;
  sendsMovedIntoHours: number;
  insertedSuggestions: number;
}

/**
 * A draft's analysis, the line to insert for each urgency label in the user's own wording, and the
 * draft's first deadline phrases placed in time (at most MAX_DEADLINES_SHOWN, in text order, read on
 * the sender's clock and own hours), so the send-time card never reads the draft for them in the page.
 */
export interface AnalysisResult {
  analysis: Analysis;
  expectations: Record<UrgencyLabel, string>;
  deadlines: FoundDeadline[];
}

/** The data each request type resolves to. */
export interface ResponseMap {
  'settings/get': Settings;
  'settings/update': Settings;
  'placement/get': DockSides;
  'placement/set': DockSides;
  'people/list': PersonRecord[];
  'people/upsert': { person: PersonRecord; created: boolean };
  'people/delete': { deleted: boolean };
  'people/time-off': { person: PersonRecord; added: boolean };
  'people/match': { people: MatchedPerson[]; matches: Array<{ query: string; personId: string }>; unknown: string[] };
  'people/import': ImportReport;
  'people/export': ExportedFile;
  'outbox/add': OutboxItem;
  'outbox/list': OutboxItem[];
  'outbox/cancel': OutboxItem;
  'outbox/take': OutboxItem;
  'outbox/sent-by-host': OutboxItem;
  /**
   * delivered: the draft is verifiably back in its conversation's composer. outcome: 'asked' (the page
   * asks whether it belongs there), 'elsewhere' (the page could not switch to its conversation),
   * 'failed' (the editor refused), 'unreachable' (no Composure page answered), 'gone' (not waiting).
   */
  'outbox/open': { delivered: boolean; outcome: RestoreOutcome | 'unreachable' | 'gone' };
  'focus/get': FocusState;
  'focus/start': FocusState;
  'focus/stop': FocusState;
  'stats/record': DailyStats;
  'stats/get': { days: DailyStats[]; totals: StatsTotals };
  'backup/export': ExportedFile;
  'backup/import': RestoreReport;
  'data/erase': { erased: true };
  'diagnostics/report': { stored: number };
  'diagnostics/get': DiagnosticEntry[];
  'analysis/run': AnalysisResult;
  'switch/list': OffRule[];
  'switch/off': OffRule[];
  'switch/pause': OffRule[];
  'switch/on': OffRule[];
  'switch/here': Place | null;
  /** Resource Timing of the background worker: requests to anything but the extension, and the first few URLs. */
  'privacy/requests': { background: number; urls: string[] };
}

/** The data type a request of type T resolves to. */
export type ResponseOf<T extends RequestType> = ResponseMap[T];

/** Error codes; UIs may branch on them, messages are for people. */
export type ErrorCode =
  | 'unknown-type'
  | 'forbidden'
  | 'invalid-request'
  | 'invalid-file'
  | 'not-found'
  | 'conflict'
  | 'invalid-state'
  | 'storage-full'
  | 'storage-version'
  | 'storage-unavailable'
  | 'storage-failed'
  | 'no-response'
  | 'internal';

/** Error payload; for 'invalid-file' details is { errors: RowError[] }, for 'invalid-request' { issues }. */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

/** The envelope every request resolves to. */
export type Response<T = unknown> = { ok: true; data: T } | { ok: false; error: ErrorBody };

/** A failed request, thrown by handlers and by the client. */
export class ProtocolError extends Error {
  override name = 'ProtocolError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  /** The wire form of this error. */
  toBody(): ErrorBody {
    return { code: this.code, message: this.message, ...(this.details === undefined ? {} : { details: this.details }) };
  }
}
