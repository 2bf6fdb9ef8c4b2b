// The scheduling contract (lib/schedule/README.md). Names and shapes are fixed; do not change them.
import type { UrgencyLabel } from '../analysis/types';

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** A span of local wall-clock time, 'HH:MM', start inclusive, end exclusive. */
export interface TimeRange {
  start: string;
  end: string;
}

/** A span of local dates, 'YYYY-MM-DD', both inclusive. */
export interface DateRange {
  start: string;
  end: string;
}

export type WorkingHours = Partial<Record<Weekday, TimeRange[]>>;

export interface Person {
  id: string;
  name: string;
  timeZone: string;
  workingHours: WorkingHours;
  outOfOffice?: DateRange[];
}

/** A person's absence as the host shows it: its words, the host's name, and an end date when the host gives one. */
export interface HostAway {
  /** The host's own words, e.g. 'Out of office'. */
  label: string;
  host: 'Slack' | 'Teams';
  /** 'YYYY-MM-DD', the last day away, when the host shows one. */
  until?: string;
}

export interface SendTimeInput {
  now: number;
  recipients: Person[];
  urgency: UrgencyLabel;
  /** Ids of the recipients the ask is directed at (the draft's owner part). */
  owners?: string[];
  /** Epoch ms: when the draft needs its answer (resolved from its deadline part). */
  deadline?: number;
}

export interface SendSuggestion {
  at: 'now' | number;
  inHours: string[];
  reasons: string[];
}
