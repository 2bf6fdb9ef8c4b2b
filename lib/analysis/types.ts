// The analysis contract (lib/analysis/README.md). Names and shapes are fixed; do not change them.

export type MessageKind =
  | 'question'
  | 'request'
  | 'decision'
  | 'status'
  | 'fyi'
  | 'incident'
  | 'review'
  | 'handoff'
  | 'social';

export type PartId =
  | 'context'
  | 'state'
  | 'options'
  | 'recommendation'
  | 'ask'
  | 'deadline'
  | 'owner'
  | 'evidence';

/** The eight parts in contract order; `Analysis.checks` always follows it. */
export const PART_IDS: readonly PartId[] = [
  'context',
  'state',
  'options',
  'recommendation',
  'ask',
  'deadline',
  'owner',
  'evidence',
];

export type UrgencyLabel = 'urgent' | 'same-day' | 'normal' | 'fyi';

export const URGENCY_LABELS: readonly UrgencyLabel[] = ['urgent', 'same-day', 'normal', 'fyi'];

export type Span = [start: number, end: number];

export interface Check {
  id: PartId;
  present: boolean;
  required: boolean;
  spans: Span[];
  suggestion?: string;
}

export interface Urgency {
  label: UrgencyLabel;
  reasons: string[];
  expectation: string;
}

export interface Warning {
  id: string;
  message: string;
  span?: Span;
  fix?: string;
}

export interface Analysis {
  applicable: boolean;
  /** Why the analysis does not apply; present only when `applicable` is false. */
  notApplicable?: 'social' | 'language';
  score: number;
  kind: MessageKind;
  checks: Check[];
  urgency: Urgency;
  warnings: Warning[];
}

export type Conversation = 'direct' | 'group' | 'channel';

export interface AnalyzeOptions {
  now?: number;
  senderTimeZone?: string;
  /** Where the draft will be posted, when the host says: in a direct message the reader owns any ask. */
  conversation?: Conversation;
  /** Every recipient shares the sender's UTC offset, so "by EOD" needs no zone (the background knows the recipients). */
  zoneShared?: boolean;
}
