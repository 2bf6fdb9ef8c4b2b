// Metrics over a labelled message set (the dev set and our own extra set share the format).
import { readFileSync } from 'node:fs';
import { analyzeMessage } from '../../lib/analysis';
import { PART_IDS, type Analysis, type MessageKind, type PartId, type UrgencyLabel } from '../../lib/analysis/types';

export interface LabelledMessage {
  id: string;
  text: string;
  applicable: boolean;
  kind: MessageKind;
  urgency: UrgencyLabel;
  present: PartId[];
  note?: string;
}

export interface Pair {
  better: string;
  worse: string;
  note?: string;
}

export interface LabelledSet {
  messages: LabelledMessage[];
  pairs: Pair[];
}

export interface PartScore {
  precision: number;
  recall: number;
  f1: number;
}

export interface Metrics {
  urgencyAccuracy: number;
  applicableAccuracy: number;
  kindAccuracy: number;
  parts: Record<PartId, PartScore>;
  macroF1: number;
  pairsOrdered: number;
  misses: string[];
}

export function loadSet(url: URL): LabelledSet {
  return JSON.parse(readFileSync(url, 'utf8')) as LabelledSet;
}

function f1(tp: number, fp: number, fn: number): PartScore {
  // An empty class (never labelled, never predicted) counts as perfect rather than undefined.
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1: f };
}

export function evaluate(set: LabelledSet, analyze: (text: string) => Analysis = (t) => analyzeMessage(t)): Metrics {
  let urgency = 0;
  let applicable = 0;
  let kind = 0;
  const counts = Object.fromEntries(PART_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0 }])) as Record<PartId, { tp: number; fp: number; fn: number }>;
  const misses: string[] = [];
  for (const m of set.messages) {
    const a = analyze(m.text);
    if (a.urgency.label === m.urgency) urgency++;
    else misses.push(`${m.id} urgency ${a.urgency.label} (want ${m.urgency})`);
    if (a.applicable === m.applicable) applicable++;
    else misses.push(`${m.id} applicable ${a.applicable}`);
    if (a.kind === m.kind) kind++;
    else misses.push(`${m.id} kind ${a.kind} (want ${m.kind})`);
    if (!m.applicable) continue;
    for (const check of a.checks) {
      const want = m.present.includes(check.id);
      const c = counts[check.id];
      if (want && check.present) c.tp++;
      else if (!want && check.present) {
        c.fp++;
        misses.push(`${m.id} +${check.id}`);
      } else if (want && !check.present) {
        c.fn++;
        misses.push(`${m.id} -${check.id}`);
      }
    }
  }
  const parts = Object.fromEntries(PART_IDS.map((id) => [id, f1(counts[id].tp, counts[id].fp, counts[id].fn)])) as Record<PartId, PartScore>;
  const macroF1 = PART_IDS.reduce((sum, id) => sum + parts[id].f1, 0) / PART_IDS.length;
  let ordered = 0;
  for (const pair of set.pairs) {
    const better = analyze(pair.better).score;
    const worse = analyze(pair.worse).score;
    if (better > worse) ordered++;
    else misses.push(`pair ${better} <= ${worse}: ${pair.worse.slice(0, 40)}`);
  }
  const n = set.messages.length;
  return {
    urgencyAccuracy: urgency / n,
    applicableAccuracy: applicable / n,
    kindAccuracy: kind / n,
    parts,
    macroF1,
    pairsOrdered: set.pairs.length === 0 ? 1 : ordered / set.pairs.length,
    misses,
  };
}

export function formatMetrics(name: string, m: Metrics): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const rows = PART_IDS.map(
    (id) => `  ${id.padEnd(15)} P ${m.parts[id].precision.toFixed(2)}  R ${m.parts[id].recall.toFixed(2)}  F1 ${m.parts[id].f1.toFixed(2)}`,
  );
  return [
    `${name}: urgency ${pct(m.urgencyAccuracy)} · applicable ${pct(m.applicableAccuracy)} · kind ${pct(m.kindAccuracy)} (informational) · macro-F1 ${m.macroF1.toFixed(3)} · pairs ${pct(m.pairsOrdered)}`,
    ...rows,
  ].join('\n');
}
