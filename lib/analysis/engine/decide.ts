// The decisions (applicable, kind, urgency, each part's presence) come from the trained model
// (../model), which reads the draft and what the rules found; the rules keep what rules do best: the
// spans to highlight, suggestions, warnings, deadlines. Where the model finds a part the rules have
// no span for, the span is the sentence the part's own weights like best.
import { messageFeatures, textFeatures, type Features } from '../model/features';
import { binaryLogit, sigmoid, softmaxScores, type LinearBinary, type LinearModel, type LinearSoftmax } from '../model/linear';
import { decidingByRules, shippedModel } from '../model/shipped';
import { PART_IDS, type Conversation, type MessageKind, type PartId, type Span, type UrgencyLabel } from '../types';
import type { RuleRun } from './analyze';

export interface Decisions {
  social: boolean;
  kind: MessageKind;
  label: UrgencyLabel;
  reasons: string[];
  present: Record<PartId, boolean>;
  spans: Record<PartId, Span[]>;
}

/** Below this gap between the two likeliest labels, the reasons say it could be either. */
const UNSURE_MARGIN = 0.2;

/** Sentences considered when choosing a span for a part the rules have none for (a long text's first ones). */
const SPAN_CANDIDATES = 200;

/** The sentence (as a span of the text) whose features the part's head scores highest. */
function bestSentence(head: LinearBinary, vocab: LinearModel['vocab'], run: RuleRun, cache: Map<number, Features>): Span[] {
  let best: Span | null = null;
  let top = -Infinity;
  const sentences = run.p.sentences.slice(0, SPAN_CANDIDATES);
  sentences.forEach((s, i) => {
    if (s.end - s.start < 2) return;
    let f = cache.get(i);
    if (!f) cache.set(i, (f = textFeatures(run.p.text.slice(s.start, s.end))));
    const z = binaryLogit(head, vocab, f);
    if (z > top) { top = z; best = [s.start, s.end]; }
  });
  return best ? [best] : [];
}

/** The model's decisions for one draft, with the urgency reasons a person can read. */
export function decide(run: RuleRun, text: string, conversation?: Conversation): Decisions {
  if (decidingByRules()) return byRules(run);
  const model = shippedModel();
  const f = messageFeatures(text, model.rules ? run.facts : null, conversation);
  // A naked greeting or a vague ask is a work message with a problem the warnings name (lib/analysis/README.md), never "social".
  const social = sigmoid(binaryLogit(model.heads.social as LinearBinary, model.vocab, f)) >= model.thresholds.social && !run.naked && run.ask.vague.length === 0;

  const kindHead = model.heads.kind as LinearSoftmax;
  const kp = softmaxScores(kindHead, model.vocab, f);
  const kind = kindHead.classes[kp.indexOf(Math.max(...kp))] as MessageKind;

  const urgencyHead = model.heads.urgency as LinearSoftmax;
  const up = softmaxScores(urgencyHead, model.vocab, f);
  const ranked = urgencyHead.classes.map((label, i) => ({ label: label as UrgencyLabel, p: up[i]! })).sort((a, b) => b.p - a.p);
  // "Urgent" is its own decision (an incident now?), said only above the confidence chosen on the dev
  // split to keep its precision; otherwise the likeliest of the other labels.
  const pUrgent = up[urgencyHead.classes.indexOf('urgent')]!;
  const chosen = pUrgent >= model.thresholds.urgent ? { label: 'urgent' as UrgencyLabel, p: pUrgent } : ranked.find((r) => r.label !== 'urgent')!;
  const runnerUp = ranked.find((r) => r.label !== chosen.label)!;
  const reasons = chosen.label === run.decision.label ? [...run.decision.reasons] : [];
  if (reasons.length === 0) reasons.push(`reads as ${chosen.label} (${Math.round(chosen.p * 100)}% sure)`);
  if (chosen.p - runnerUp.p < UNSURE_MARGIN) {
    reasons.push(`could also be ${runnerUp.label}: say in the message what it blocks and by when`);
  }

  const present = {} as Record<PartId, boolean>;
  const spans = {} as Record<PartId, Span[]>;
  const sentenceFeatures = new Map<number, Features>();
  for (const id of PART_IDS) {
    const head = model.heads[`part:${id}`] as LinearBinary;
    present[id] = sigmoid(binaryLogit(head, model.vocab, f)) >= (model.thresholds.parts[id] ?? 0.5);
    spans[id] = !present[id] ? [] : run.spans[id].length > 0 ? run.spans[id] : bestSentence(head, model.vocab, run, sentenceFeatures);
    if (present[id] && spans[id].length === 0) present[id] = false;
  }
  // A vague ask ("thoughts?") is not an ask (lib/analysis/README.md), nor is a naked greeting ("hi @sam", "got a sec?"):
  // unless the rules found a concrete ask, the part stays missing.
  if ((run.ask.vague.length > 0 || run.naked) && run.spans.ask.length === 0) {
    present.ask = false;
    spans.ask = [];
  }
  return { social, kind, label: chosen.label, reasons, present, spans };
}



/** The rules' own decisions (the comparison's "rules only" row). */
function byRules(run: RuleRun): Decisions {
  const present = { ...run.facts.parts };
  return { social: run.social, kind: run.kind, label: run.decision.label, reasons: run.decision.reasons, present, spans: run.spans };
}
