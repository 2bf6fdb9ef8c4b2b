// Metrics over labelled messages (tests/analysis/corpus): the figures issue 9 sets floors for.
// Urgency and kind are judged on every message the engine reads (English); parts on applicable ones;
// "applicable" on all (a non-English message must come out not applicable).
import { analyzeMessage } from '../../lib/analysis';
import type { LabelledMessage, Pair } from '../../lib/analysis/model/corpus';
import { PART_IDS, type Analysis, type AnalyzeOptions, type PartId } from '../../lib/analysis/types';

export interface PartScore {
  precision: number;
  recall: number;
  f1: number;
}

export interface Metrics {
  messages: number;
  urgencyAccuracy: number;
  urgent: PartScore;
  applicableAccuracy: number;
  kindAccuracy: number;
  parts: Record<PartId, PartScore>;
  macroF1: number;
  pairsOrdered: number;
}

export type Analyze = (text: string, options?: AnalyzeOptions) => Analysis;

function f1(tp: number, fp: number, fn: number): PartScore {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1: f };
}

export function evaluate(messages: readonly LabelledMessage[], pairs: readonly Pair[], analyze: Analyze = analyzeMessage): Metrics {
  let urgency = 0, read = 0, applicable = 0, kind = 0;
  const u = { tp: 0, fp: 0, fn: 0 };
  const counts = Object.fromEntries(PART_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0 }])) as Record<PartId, { tp: number; fp: number; fn: number }>;
  for (const m of messages) {
    const a = analyze(m.text, m.conversation ? { conversation: m.conversation } : {});
    if (a.applicable === m.applicable) applicable++;
    if (m.notApplicable === 'language') continue;
    read++;
    if (a.urgency.label === m.urgency) urgency++;
    if (a.urgency.label === 'urgent' && m.urgency === 'urgent') u.tp++;
    else if (a.urgency.label === 'urgent') u.fp++;
    else if (m.urgency === 'urgent') u.fn++;
    if (a.kind === m.kind) kind++;
    if (!m.applicable) continue;
    for (const check of a.checks) {
      const want = m.present.includes(check.id);
      const c = counts[check.id];
      if (want && check.present) c.tp++;
      else if (!want && check.present) c.fp++;
      else if (want && !check.present) c.fn++;
    }
  }
  const parts = Object.fromEntries(PART_IDS.map((id) => [id, f1(counts[id].tp, counts[id].fp, counts[id].fn)])) as Record<PartId, PartScore>;
  let ordered = 0;
  for (const pair of pairs) if (analyze(pair.better).score > analyze(pair.worse).score) ordered++;
  return {
    messages: messages.length,
    urgencyAccuracy: urgency / read,
    urgent: f1(u.tp, u.fp, u.fn),
    applicableAccuracy: applicable / messages.length,
    kindAccuracy: kind / read,
    parts,
    macroF1: PART_IDS.reduce((sum, id) => sum + parts[id].f1, 0) / PART_IDS.length,
    pairsOrdered: pairs.length === 0 ? 1 : ordered / pairs.length,
  };
}

export function formatMetrics(name: string, m: Metrics): string {
  const f = (x: number) => x.toFixed(2);
  const weakest = PART_IDS.reduce((w, id) => (m.parts[id].f1 < m.parts[w].f1 ? id : w), PART_IDS[0]!);
  return (
    `${name.padEnd(8)} urgency ${f(m.urgencyAccuracy)} · urgent P/R ${f(m.urgent.precision)}/${f(m.urgent.recall)} · applicable ${f(m.applicableAccuracy)}` +
    ` · kind ${f(m.kindAccuracy)} · parts macro-F1 ${f(m.macroF1)} (weakest ${weakest} ${f(m.parts[weakest].f1)}) · pairs ${f(m.pairsOrdered)}\n` +
    PART_IDS.map((id) => `         ${id.padEnd(15)} P ${f(m.parts[id].precision)} R ${f(m.parts[id].recall)} F1 ${f(m.parts[id].f1)}`).join('\n')
  );
}

export { readSet } from '../../lib/analysis/model/train-cli';
