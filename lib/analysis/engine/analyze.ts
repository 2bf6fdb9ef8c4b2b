// The analysis pipeline: prepare → detect parts → urgency → kind → warnings → score → suggestions.
import { matchesIn } from '../compile';
import { expectationLine } from '../expectation';
import type { Language } from '../language';
import { PART_IDS, type Analysis, type AnalyzeOptions, type Check, type PartId, type Span } from '../types';
import { detectAsks } from './ask';
import { compiled, type Compiled } from './compiled';
import { detectDeadlines } from './deadline';
import { detectEvidence } from './evidence';
import { templateVars } from './fill';
import { classifyKind } from './kind';
import { detectOwners } from './owner';
import { detectPhraseParts } from './parts';
import { prepare, type Prepared } from './prepare';
import { requiredParts, scoreMessage } from './score';
import { isNakedGreeting, isSocial } from './social';
import { bySentence, normalizeSpans, spansIn } from './spans';
import { suggestion } from './suggest';
import { decideUrgency, urgencySignals } from './urgency';
import { detectWarnings } from './warnings';

const INFORMATIONAL = new Set(['status', 'handoff', 'fyi']);

/** Whether every ask sentence opens with a condition ("If you clicked it, please tell @secops"). */
function conditionalAsks(c: Compiled, p: Prepared, askSentences: ReadonlySet<number>): boolean {
  const starts = new Set(bySentence(spansIn(c.askConditional, p), p.sentences).flatMap((hits, i) => (hits.length > 0 ? [i] : [])));
  return [...askSentences].every((i) => starts.has(i));
}

export function analyzeWith(lang: Language, text: string, options: AnalyzeOptions = {}): Analysis {
  const input = typeof text === 'string' ? text : '';
  const c = compiled(lang);
  const p = prepare(input);

  const phrases = detectPhraseParts(c, p);
  const ask = detectAsks(c, p, phrases.recommendation.length > 0);
  const owners = detectOwners(c, p, ask.askSentences, ask.asks);
  const deadlines = detectDeadlines(c, p, ask.askSentences, ask.requestSentences);
  const evidence = detectEvidence(c, p, deadlines.spans);
  const n = input.length;
  const spans: Record<PartId, Span[]> = {
    context: normalizeSpans(phrases.context, n),
    state: normalizeSpans(phrases.state, n),
    options: normalizeSpans(phrases.options, n),
    recommendation: normalizeSpans(phrases.recommendation, n),
    ask: normalizeSpans(ask.asks, n),
    deadline: normalizeSpans(deadlines.spans, n),
    owner: normalizeSpans(owners.spans, n),
    evidence: normalizeSpans(evidence, n),
  };
  const present: Record<PartId, boolean> = {
    context: spans.context.length > 0,
    state: spans.state.length > 0,
    options: spans.options.length > 0,
    recommendation: spans.recommendation.length > 0,
    ask: spans.ask.length > 0,
    deadline: spans.deadline.length > 0,
    owner: spans.owner.length > 0,
    evidence: spans.evidence.length > 0,
  };

  const questions = new Set<number>();
  p.sentences.forEach((s, i) => s.question && questions.add(i));
  const signals = urgencySignals(c, p, questions);
  const social =
    isSocial(c, p.masked) && ask.asks.length === 0 && ask.vague.length === 0 && !present.evidence && signals.incident.length === 0;

  if (social) {
    const checks: Check[] = PART_IDS.map((id) => ({ id, present: present[id], required: false, spans: spans[id] }));
    return {
      applicable: false,
      score: 0,
      kind: 'social',
      checks,
      urgency: {
        label: 'fyi',
        reasons: [(input.trim() === '' ? lang.texts.reasons.empty : lang.texts.reasons.social) ?? ''],
        expectation: expectationLine('fyi', { ...options, language: lang }),
      },
      warnings: [],
    };
  }

  const naked = isNakedGreeting(c, p.masked);
  const hasAnyAsk = ask.asks.length > 0 || ask.vague.length > 0;
  const urgent = signals.incident.length > 0 && signals.resolved.length === 0;
  const kind = classifyKind(c, p, {
    ask,
    urgent,
    nakedGreeting: naked,
    hasState: present.state,
    relaxed: deadlines.relaxed.length > 0,
    fyiCue: signals.fyiCue.length > 0,
    inflation: signals.inflation.length > 0,
  });
  const decision = decideUrgency(c, p, {
    signals,
    hasAsk: hasAnyAsk,
    proposes: present.recommendation,
    // "Heads up: … please update your .env" announces; it does not wait for a reply.
    onlyBroadcastInstructions:
      ask.vague.length === 0 && owners.spans.length === 0 && ask.askSentences.size > 0 && [...ask.askSentences].every((i) => !p.sentences[i]!.question),
    // Only consulted for a resolved incident; skip the scan otherwise.
    onlyConditionalInstructions: signals.resolved.length > 0 && ask.askSentences.size > 0 && conditionalAsks(c, p, ask.askSentences),
    relaxed: deadlines.relaxed,
    sameDay: deadlines.sameDay,
    informational: INFORMATIONAL.has(kind),
    handoff: kind === 'handoff',
    laterDeadline: !deadlines.sameDay && deadlines.firm.some((s) => matchesIn(c.deadline.laterDay, p.masked.slice(s[0], s[1]))),
    review: kind === 'review',
    looseSameDay: deadlines.sameDay !== null && !matchesIn(c.deadline.clockOrEod, p.masked.slice(deadlines.sameDay[0], deadlines.sameDay[1])),
  });

  const vars = templateVars(lang, options, owners.names[0], present.context);
  const warnings = detectWarnings({
    c,
    p,
    ask,
    owners,
    deadlines,
    hasLink: p.links.length > 0,
    nakedGreeting: naked,
    label: decision.label,
    inflation: signals.inflation,
    vars,
  });
  const score = scoreMessage(kind, present, warnings);
  const required = requiredParts(kind, present);
  const checks: Check[] = PART_IDS.map((id) => {
    const check: Check = { id, present: present[id], required: required[id], spans: spans[id] };
    if (!present[id]) check.suggestion = suggestion(lang, id, kind, decision.label, ask.asks.length > 0, vars);
    return check;
  });
  return {
    applicable: true,
    score,
    kind,
    checks,
    urgency: {
      label: decision.label,
      reasons: decision.reasons,
      expectation: expectationLine(decision.label, { ...options, language: lang }),
    },
    warnings: warnings.map(({ id, message, span, fix }) => {
      const w: { id: string; message: string; span?: Span; fix?: string } = { id, message };
      if (span) w.span = span;
      if (fix) w.fix = fix;
      return w;
    }),
  };
}
