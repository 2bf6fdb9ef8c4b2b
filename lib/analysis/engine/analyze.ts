// The analysis pipeline: prepare → detect parts → urgency → kind → warnings → score → suggestions.
import { expectationLine } from '../expectation';
import type { Language } from '../language';
import { PART_IDS, type Analysis, type AnalyzeOptions, type Check, type PartId, type Span } from '../types';
import { detectAsks } from './ask';
import { compiled } from './compiled';
import { detectDeadlines } from './deadline';
import { detectEvidence } from './evidence';
import { templateVars } from './fill';
import { classifyKind } from './kind';
import { detectOwners } from './owner';
import { detectPhraseParts } from './parts';
import { prepare } from './prepare';
import { requiredParts, scoreMessage } from './score';
import { isNakedGreeting, isSocial } from './social';
import { normalizeSpans } from './spans';
import { suggestion } from './suggest';
import { decideUrgency, urgencySignals } from './urgency';
import { detectWarnings } from './warnings';

const INFORMATIONAL = new Set(['status', 'handoff', 'fyi']);

export function analyzeWith(lang: Language, text: string, options: AnalyzeOptions = {}): Analysis {
  const input = typeof text === 'string' ? text : '';
  const c = compiled(lang);
  const p = prepare(input);

  const ask = detectAsks(c, p);
  const owners = detectOwners(c, p, ask.askSentences, ask.asks);
  const deadlines = detectDeadlines(c, p, ask.askSentences);
  const evidence = detectEvidence(c, p, deadlines.spans);
  const phrases = detectPhraseParts(c, p);
  const found: Record<PartId, Span[]> = {
    ...phrases,
    ask: ask.asks,
    deadline: deadlines.spans,
    owner: owners.spans,
    evidence,
  };
  const spans = Object.fromEntries(PART_IDS.map((id) => [id, normalizeSpans(found[id], input.length)])) as Record<PartId, Span[]>;
  const present = Object.fromEntries(PART_IDS.map((id) => [id, spans[id].length > 0])) as Record<PartId, boolean>;

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
    relaxed: deadlines.relaxed,
    sameDay: deadlines.sameDay,
    informational: INFORMATIONAL.has(kind),
    handoff: kind === 'handoff',
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
