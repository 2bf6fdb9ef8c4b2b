// The shape of a rule set. A language is pure data (phrase and pattern tables plus text templates);
// the engine in ./engine never names an English word, so another language is a new table, not new code.
import type { IndexData } from './scan';
import type { MessageKind, PartId, UrgencyLabel } from './types';

/**
 * Regex sources, matched case-insensitively over the message with code and links blanked out.
 * `{NAME}` expands to `macros[NAME]`. A match overlapping any `unless` match is dropped.
 */
export interface PatternSet {
  match: readonly string[];
  unless?: readonly string[];
  /** Match case-sensitively (names, time-zone abbreviations). */
  caseSensitive?: boolean;
}

export interface AskRules {
  /** Request forms ("can you", "please", "I need someone to") that make a sentence an ask. */
  request: PatternSet;
  /** Sentences that look like asks but explicitly are not ("no need to reply", "let me know if you have questions"). */
  notAsk: PatternSet;
  /** Whole-sentence patterns (anchored on the normalised sentence) for vague asks. */
  vague: readonly string[];
  /** Whole-sentence patterns (normalised) that ask for a yes/no on the writer's own proposal ("ok?", "agree?"): concrete when the message proposes something. */
  confirm: readonly string[];
  /** Leading words stripped before the vague test ("hey", "so", "please"). */
  vagueStrip: string;
  /** Conditional instructions ("if you clicked it, …"): asked of whoever it applies to, not of the reader. */
  conditional: PatternSet;
  /** Information-seeking forms: a question starting with these is a 'question', not a 'request'. */
  questionForm: PatternSet;
}

export interface OwnerRules {
  /** Mention handles that address everyone and no one ("here", "channel"). */
  broadcast: readonly string[];
  /** Text right after a mention that shows it is being addressed ("can you", "is covering"). Anchored at the mention end. */
  addressedAfter: string;
  /** Text right before a mention that shows it is being addressed ("can", "over to"). Anchored at the mention start. */
  addressedBefore: string;
  /** Text right before a mention that shows it is merely mentioned ("cc", "thanks"). */
  mentionedBefore: string;
  /** Text right after a mention that shows it is talked about, not addressed ("said", "thinks"). */
  mentionedAfter: string;
  /** Leading words allowed before a vocative at sentence start ("hey", "hi"). */
  greetingLead: string;
  /** Named (non-@) owners and groups; the whole match is the span. */
  named: PatternSet;
  /** Capitalised words that are never a person's name at sentence start ("So", "Thanks", "Monday"). */
  notNames: readonly string[];
}

export interface DeadlineRules {
  /** Explicit deadlines: "by Friday", "within 24h", "before the release". */
  explicit: PatternSet;
  /** "No rush", "no reply needed": a deadline part that asks for nothing. */
  relaxed: PatternSet;
  /** Relative time words that count only in a sentence that needs something ("today", "this week"). */
  gated: PatternSet;
  /** Words that make a sentence a need ("need", "waiting", "answer"). */
  needCue: PatternSet;
  /** Purpose words ("I want to", "hoping to") that make a time word in their sentence a deadline when the message asks something. */
  softNeedCue: PatternSet;
  /** "On Thursday at 15:00", "on Jul 15": the time of a requested action, a deadline in a sentence that makes a request. */
  requestTime: PatternSet;
  /** "The deck goes out Thursday": an event time that is the deadline when the message asks for something. */
  eventTime: PatternSet;
  /** "Tomorrow morning", "tomorrow at 9": the work has to happen today, so it counts as same-day. */
  nextMorning: PatternSet;
  /** Time words that put a deadline on the same working day ("today", "15:00", "within 30 minutes"). */
  sameDay: PatternSet;
  /** End-of-day words ("EOD", "close of business"): a same-day time that by itself still allows a normal, within-the-day reply. */
  softSameDay: PatternSet;
  /** Time words that put it on another day ("tomorrow", "Friday", "next week"). */
  otherDay: PatternSet;
  /** Days past tomorrow ("this week", "Friday", "next sprint"): a blocker whose answer is asked for then can wait past today. */
  laterDay: PatternSet;
  /** Clock times and end-of-day words that need a time zone for a cross-zone audience. */
  clockOrEod: PatternSet;
  /** Time-zone mentions. */
  zone: PatternSet;
}

export interface EvidenceRules {
  /** Checkable things: metrics, error text, times an event happened (case-insensitive). */
  match: PatternSet;
  /** Ticket keys and error names, where case is the signal (PAY-231, TypeError). */
  identifiers: PatternSet;
  /** Words before inline code that make the code an error message ("fails with `...`"). */
  codeCue: string;
  /** Inline code content that reads like an error (`invalid_grant`). */
  codeErrorWords: string;
  /** Clock times: evidence only when the sentence is about the past. */
  clock: string;
  pastCue: PatternSet;
  futureCue: PatternSet;
}

export interface UrgencyRules {
  /** Signals that alone make a message urgent: security incident, data loss, outage words. */
  severe: PatternSet;
  /** Something actively failing ... */
  breakage: PatternSet;
  /** ... for production or customers. */
  scope: PatternSet;
  /** Scopes that are not production ("staging", "locally"); they cancel a breakage without a real scope. */
  nonProdScope: PatternSet;
  /** Hypotheticals ("if", "while", "would"): breakage in such a sentence counts only with a scope in the same sentence. */
  hypothetical: PatternSet;
  /** Markers that an incident is still going on ("still", "again", "currently"): they outweigh a resolved cue elsewhere. */
  ongoing: PatternSet;
  /** The incident is over ("resolved", "root cause was"). */
  resolved: PatternSet;
  /** The writer or a release cannot proceed. */
  blocker: PatternSet;
  /** Words that shout urgency ("URGENT", "ASAP", "!!!"). */
  inflation: PatternSet;
  /** Information-only markers ("FYI", "heads up", "is live"). */
  fyiCue: PatternSet;
  /** Problem words that keep a no-ask message from being FYI ("failed", "broken"). */
  problem: PatternSet;
}

export interface KindRules {
  handoff: PatternSet;
  decision: PatternSet;
  /** Weaker decision cues ("Decision: …") that mean a decision request only when something is asked. */
  decisionAsk: PatternSet;
  review: PatternSet;
  /** Link text of a pull/merge request: with an ask, the message is a review request. */
  reviewLink: PatternSet;
  status: PatternSet;
}

export interface SocialRules {
  /** Whole-message patterns (normalised: lower case, no emoji/punctuation) for acknowledgements. */
  messages: readonly string[];
  /** Whole-message patterns for a naked greeting ("hey", "got a sec?"). */
  nakedGreeting: readonly string[];
}

export interface WarningRules {
  asDiscussed: PatternSet;
}

/** Insertable text. `{name}` placeholders are filled by the engine; `[...]` are left for the writer. */
export interface Texts {
  suggestions: Record<PartId, Partial<Record<MessageKind | 'default' | 'same-day', string>>>;
  warnings: Record<string, { message: string; fix?: string }>;
  /** Expectation line per label; same-day has a variant without a computed time. */
  expectation: Record<UrgencyLabel, string> & { 'same-day-untimed': string };
  /** Prefix used when the user supplies their own norm text. */
  expectationPrefix: Record<UrgencyLabel, string>;
  norms: Record<UrgencyLabel, string>;
  reasons: Record<string, string>;
  weekdays: readonly string[];
  /** Used where a same-day time cannot be computed (no `now`, or outside working hours). */
  endOfDay: string;
  /** Placeholder clock time in a suggested deadline; the sender's zone follows it. */
  defaultDeadlineTime: string;
  unknownOwner: string;
  unknownDay: string;
  deadlineReason: string;
}

export interface Language {
  id: string;
  macros: Record<string, string>;
  parts: {
    context: PatternSet;
    state: PatternSet;
    options: PatternSet;
    /** Inside a question, "or" between alternatives; `unless` lists the "or" that are not alternatives. */
    optionsInQuestion: PatternSet;
    recommendation: PatternSet;
  };
  ask: AskRules;
  owner: OwnerRules;
  deadline: DeadlineRules;
  evidence: EvidenceRules;
  urgency: UrgencyRules;
  kinds: KindRules;
  social: SocialRules;
  warnings: WarningRules;
  texts: Texts;
  /** The tables' trigger index, built ahead of time (`npm run triggers`); unused when it no longer matches the tables. */
  triggerIndex?: IndexData;
}
