// Decides the urgency label from signals, following the team norms: an incident (actively breaking,
// production or customers affected, security, data loss) is urgent; a blocker or same-day deadline is
// same-day; information with no ask is fyi; everything else is normal. "URGENT"/"ASAP" decide nothing.

import type { Span, UrgencyLabel } from '../types';
import type { Compiled } from './compiled';
import { sentenceAt, type Prepared } from './prepare';
import { bySentence, quote, spansIn } from './spans';

export interface Signals {
  incident: Span[];
  resolved: Span[];
  blocker: Span[];
  inflation: Span[];
  fyiCue: Span[];
  problem: Span[];
}

/** Scans the text once for every urgency signal. Breakage counts only next to a production/customer scope. */
export function urgencySignals(c: Compiled, p: Prepared, questionSentences: ReadonlySet<number>): Signals {
  const u = c.urgency;
  const { masked, sentences } = p;
  const breakage = bySentence(spansIn(u.breakage, p), sentences);
  const scope = bySentence(spansIn(u.scope, p), sentences);
  const nonProd = bySentence(spansIn(u.nonProdScope, p), sentences);
  const incident = spansIn(u.severe, p);
  // Breakage next to a production/customer scope: in the same sentence, or in the sentence right before or
  // after ("Checkout is returning 500s. Customers can't pay."), unless either names a non-production scope.
  const hypothetical = bySentence(spansIn(u.hypothetical, p), sentences);
  breakage.forEach((hits, i) => {
    if (hits.length === 0 || nonProd[i]!.length > 0) return;
    for (const j of hypothetical[i]!.length > 0 ? [i] : [i, i - 1, i + 1]) {
      if (j < 0 || j >= sentences.length || scope[j]!.length === 0 || nonProd[j]!.length > 0) continue;
      const first = hits[0]![0] < scope[j]![0]![0] ? hits[0]! : scope[j]![0]!;
      const last = hits[0]![1] > scope[j]![0]![1] ? hits[0]! : scope[j]![0]!;
      incident.push(j === i ? [first[0], last[1]] : hits[0]!);
      return;
    }
  });
  incident.sort((a, b) => a[0] - b[0]);
  // An FYI cue inside a question ("is the new flag live?") is not an announcement.
  const fyiCue = spansIn(u.fyiCue, p).filter((s) => {
    const i = sentenceAt(sentences, s[0]);
    return i < 0 || !questionSentences.has(i);
  });
  // "Root cause was X, but checkout is still down": an incident sentence that says it is still going on
  // outweighs resolved cues elsewhere in the message.
  let resolved = spansIn(u.resolved, p);
  if (resolved.length > 0 && incident.length > 0) {
    const ongoing = bySentence(spansIn(u.ongoing, p), sentences);
    const resolvedIn = bySentence(resolved, sentences);
    const live = incident.some((span) => {
      const i = sentenceAt(sentences, span[0]);
      return i >= 0 && ongoing[i]!.length > 0 && resolvedIn[i]!.length === 0;
    });
    if (live) resolved = [];
  }
  return {
    incident,
    resolved,
    blocker: spansIn(u.blocker, p),
    inflation: spansIn(u.inflation, p),
    fyiCue,
    problem: spansIn(u.problem, p),
  };
}

export interface UrgencyInput {
  signals: Signals;
  /** The writer proposes something: a proposal waits for a response even without a question. */
  proposes: boolean;
  hasAsk: boolean;
  /** Every ask is an instruction to everyone ("please update your .env"), not a question to someone. */
  onlyBroadcastInstructions: boolean;
  /** Every ask opens with a condition ("if you clicked it, …"): for whoever it applies to, not a reply. */
  onlyConditionalInstructions: boolean;
  relaxed: readonly Span[];
  sameDay: Span | null;
  /** Kinds that are information by nature (status, handoff, fyi). */
  informational: boolean;
  handoff: boolean;
  /** The writer names a later day for the answer ("this week"): a blocker that can wait that long. */
  laterDeadline: boolean;
  /** A review request: a bare "today" (no clock time, no event) does not make it a blocker. */
  review: boolean;
  /** The same-day deadline is a bare day word ("review today"), not a time or an event. */
  looseSameDay: boolean;
}

export interface UrgencyDecision {
  label: UrgencyLabel;
  reasons: string[];
}

export function decideUrgency(c: Compiled, p: Prepared, input: UrgencyInput): UrgencyDecision {
  const r = c.lang.texts.reasons;
  const say = (key: string, span?: Span) => r[key]!.replace('{word}', span ? quote(p.text, span) : '');
  const { signals: s, hasAsk } = input;
  const reasons: string[] = [];
  let label: UrgencyLabel;
  if (s.incident.length > 0 && s.resolved.length === 0) {
    label = 'urgent';
    reasons.push(say('incident', s.incident[0]));
  } else if (!hasAsk && input.relaxed.length > 0) {
    label = 'fyi';
    reasons.push(say('noReply', input.relaxed[0]));
  } else if (
    (s.blocker.length > 0 && !(input.laterDeadline && !input.sameDay)) ||
    (input.sameDay && input.relaxed.length === 0 && !(input.review && input.looseSameDay && s.blocker.length === 0))
  ) {
    // "No rush" / "not urgent" outweighs a same-day time word, but not a stated blocker.
    label = 'same-day';
    if (s.blocker.length > 0) reasons.push(say('blocker', s.blocker[0]));
    if (input.sameDay && input.relaxed.length === 0) reasons.push(say('sameDayDeadline', input.sameDay));
  } else if (
    (!hasAsk &&
      (input.handoff || s.fyiCue.length > 0 || s.resolved.length > 0 || (input.informational && !input.proposes && s.problem.length === 0))) ||
    (s.fyiCue.length > 0 && input.onlyBroadcastInstructions) ||
    (s.resolved.length > 0 && input.onlyBroadcastInstructions && input.onlyConditionalInstructions)
  ) {
    // An explicit "FYI" is information even about a problem; an unmarked problem report still wants a reply.
    // So is an all-clear whose only asks are instructions to everyone ("if you clicked it, tell @secops").
    label = 'fyi';
    reasons.push(
      s.fyiCue.length > 0 ? say('fyiCue', s.fyiCue[0]) : !hasAsk || s.resolved.length === 0 ? say('statusNoAsk') : say('resolved', s.resolved[0]),
    );
  } else {
    label = 'normal';
    reasons.push(say('default'));
  }
  if (s.incident.length > 0 && s.resolved.length > 0) reasons.push(say('resolved', s.resolved[0]));
  if (label !== 'urgent' && s.inflation.length > 0) reasons.push(say('inflation', s.inflation[0]));
  return { label, reasons };
}
