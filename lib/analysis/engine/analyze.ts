// The analysis pipeline: prepare → detect parts → urgency → kind → warnings → score → suggestions.
import { matchesIn } from '../compile';
import { readsAsEnglish } from '../english';
import { findPlaceholders, placeholderCatalogue } from '../placeholders';
import { expectationLine } from '../expectation';
import type { Language } from '../language';
import { PART_IDS, type Analysis, type AnalyzeOptions, type Check, type MessageKind, type PartId, type Span, type UrgencyLabel } from '../types';
import type { RuleFacts } from '../model/features';
import { decide } from './decide';
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
import { detectWarnings, WARNING_PENALTIES, type ScoredWarning } from './warnings';

const INFORMATIONAL = new Set(['status', 'handoff', 'fyi']);

/** Whether every ask sentence opens with a condition ("If you clicked it, please tell @secops"). */
function conditionalAsks(c: Compiled, p: Prepared, askSentences: ReadonlySet<number>): boolean {
  const starts = new Set(bySentence(spansIn(c.askConditional, p), p.sentences).flatMap((hits, i) => (hits.length > 0 ? [i] : [])));
  return [...askSentences].every((i) => starts.has(i));
}

/** One warning for all unfilled blanks, its span the first of them. */
function placeholderWarning(lang: Language, text: string, spans: readonly Span[]): ScoredWarning {
  const first = spans[0]!;
  const t = lang.texts.warnings['unfilled-placeholder']!;
  return { id: 'unfilled-placeholder', message: t.message.replace('{word}', text.slice(first[0], first[1])), span: first, penalty: WARNING_PENALTIES['unfilled-placeholder']! };
}

/** Text the engine does not read: no score, no parts, no warnings (lib/analysis/README.md, "Languages"). */
function notRead(lang: Language, options: AnalyzeOptions): Analysis {
  return {
    applicable: false,
    notApplicable: 'language',
    score: 0,
    kind: 'fyi',
    checks: PART_IDS.map((id) => ({ id, present: false, required: false, spans: [] })),
    urgency: { label: 'normal', reasons: [lang.texts.reasons.language ?? ''], expectation: expectationLine('normal', { ...options, language: lang }) },
    warnings: [],
  };
}

/** Everything the rules find in a draft: spans per part, their own kind and label, and the signals. */
export interface RuleRun {
  c: Compiled;
  p: Prepared;
  /** Our unfilled [blanks] in the text as written. */
  blanks: Span[];
  spans: Record<PartId, Span[]>;
  ask: ReturnType<typeof detectAsks>;
  owners: ReturnType<typeof detectOwners>;
  deadlines: ReturnType<typeof detectDeadlines>;
  social: boolean;
  naked: boolean;
  kind: MessageKind;
  decision: { label: UrgencyLabel; reasons: string[] };
  signals: ReturnType<typeof urgencySignals>;
  facts: RuleFacts;
}

/** Runs a staged computation to its end without pausing. */
export function finish<T>(steps: Generator<void, T, void>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** Runs the rule layer over an English draft (placeholders blanked first). */
export function runRules(lang: Language, written: string): RuleRun {
  return finish(ruleSteps(lang, written));
}

/** The rule layer in stages: each `yield` is a point where a caller may let other work run. */
function* ruleSteps(lang: Language, written: string): Generator<void, RuleRun, void> {
  const c = compiled(lang);
  // Our own unfilled [blanks] are not content: the detectors see spaces where they are.
  const blanks = findPlaceholders(written, placeholderCatalogue(lang));
  const input = blanks.text;
  const p = prepare(input);
  yield;

  const phrases = detectPhraseParts(c, p);
  yield;
  const ask = detectAsks(c, p, phrases.recommendation.length > 0);
  const owners = detectOwners(c, p, ask.askSentences, ask.asks);
  yield;
  const deadlines = detectDeadlines(c, p, ask.askSentences, ask.requestSentences);
  const evidence = detectEvidence(c, p, deadlines.spans);
  yield;
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
  const present = Object.fromEntries(PART_IDS.map((id) => [id, spans[id].length > 0])) as Record<PartId, boolean>;

  const questions = new Set<number>();
  p.sentences.forEach((s, i) => s.question && questions.add(i));
  const signals = urgencySignals(c, p, questions);
  yield;
  // The cheap checks first: a draft with an ask, evidence or an incident never runs (or, in a woken worker,
  // compiles) the acknowledgement pattern.
  const social =
    ask.asks.length === 0 && ask.vague.length === 0 && !present.evidence && signals.incident.length === 0 && isSocial(c, p.masked);
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
  const named: Array<[string, boolean]> = [
    ['incident', signals.incident.length > 0],
    ['resolved', signals.resolved.length > 0],
    ['blocker', signals.blocker.length > 0],
    ['inflation', signals.inflation.length > 0],
    ['fyi-cue', signals.fyiCue.length > 0],
    ['problem', signals.problem.length > 0],
    ['vague', ask.vague.length > 0],
    ['naked', naked],
    ['relaxed', deadlines.relaxed.length > 0],
    ['same-day', deadlines.sameDay !== null],
    ['broadcast', owners.broadcast !== undefined && owners.broadcast !== null],
    ['placeholder', blanks.spans.length > 0],
  ];
  const facts: RuleFacts = { parts: present, kind, label: decision.label, social, signals: named.filter(([, on]) => on).map(([name]) => name) };
  return { c, p, blanks: blanks.spans, spans, ask, owners, deadlines, social, naked, kind, decision, signals, facts };
}

export function analyzeWith(lang: Language, text: string, options: AnalyzeOptions = {}): Analysis {
  return finish(analyzeSteps(lang, text, options));
}

/**
 * The analysis in stages (language, prepare, each detector group, the model's decisions, warnings): a
 * caller that runs it through may pause at each `yield` so a long draft never holds the thread for the
 * whole analysis. Same result as analyzeWith.
 */
export function* analyzeSteps(lang: Language, text: string, options: AnalyzeOptions = {}): Generator<void, Analysis, void> {
  const written = typeof text === 'string' ? text : '';
  if (!readsAsEnglish(written)) return notRead(lang, options);
  yield;
  const run = yield* ruleSteps(lang, written);
  const { c, p, ask, owners, deadlines, signals } = run;
  // The model reads what the rules read: the text with our unfilled blanks taken out.
  const d = decide(run, run.p.text, options.conversation);
  yield;

  if (d.social) {
    const checks: Check[] = PART_IDS.map((id) => ({ id, present: false, required: false, spans: [] }));
    return {
      applicable: false,
      notApplicable: 'social',
      score: 0,
      kind: 'social',
      checks,
      urgency: {
        label: 'fyi',
        reasons: [(written.trim() === '' ? lang.texts.reasons.empty : lang.texts.reasons.social) ?? ''],
        expectation: expectationLine('fyi', { ...options, language: lang }),
      },
      warnings: [],
    };
  }

  const { kind, present, spans } = d;
  const vars = templateVars(lang, options, owners.names[0], present.context);
  // The warnings read the decided parts: an ask the model does not believe raises no owner warning, one it finds does.
  const asks = present.ask ? spans.ask : [];
  const warnings = detectWarnings({
    c,
    p,
    ask: { ...ask, asks },
    owners: { ...owners, spans: present.owner ? spans.owner : [] },
    deadlines: present.deadline ? deadlines : { ...deadlines, missingZone: null },
    hasLink: p.links.length > 0,
    nakedGreeting: run.naked && !present.ask,
    label: d.label,
    inflation: signals.inflation,
    vars,
  }).filter((w) => {
    // In a direct message the reader owns the ask; a zone-less "by EOD" is clear when everyone shares the sender's offset.
    if (w.id === 'no-owner') return options.conversation !== 'direct';
    if (w.id === 'deadline-no-zone') return options.zoneShared !== true;
    return true;
  });
  if (run.blanks.length > 0) warnings.push(placeholderWarning(lang, written, run.blanks));
  const score = scoreMessage(kind, present, warnings);
  const required = requiredParts(kind, present);
  if (options.conversation === 'direct') required.owner = false;
  const checks: Check[] = PART_IDS.map((id) => {
    const check: Check = { id, present: present[id], required: required[id], spans: spans[id] };
    if (!present[id]) check.suggestion = suggestion(lang, id, kind, d.label, present.ask, vars);
    return check;
  });
  return {
    applicable: true,
    score,
    kind,
    checks,
    urgency: {
      label: d.label,
      reasons: d.reasons,
      expectation: expectationLine(d.label, { ...options, language: lang }),
    },
    warnings: warnings.map(({ id, message, span, fix }) => {
      const w: { id: string; message: string; span?: Span; fix?: string } = { id, message };
      if (span) w.span = span;
      if (fix) w.fix = fix;
      return w;
    }),
  };
}
