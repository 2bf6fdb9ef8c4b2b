// Quality on the frozen test split (annotators G and J, whose text is used nowhere else: see
// corpus/README.md) and on the two held-out splits (AC, AD, AE, written after the model was trained; BD–BK, kept
// out of training by the rule that judged them). Prints the rules / model / hybrid tables and asserts the shipped
// engine's floors on each.
// Nothing is ever tuned on these messages; the floors below are the figures measured when the model
// was frozen, so a change that makes judgments worse on unseen writing fails here.
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../lib/analysis';
import { SPLITS, splitMessages, splitSets } from '../../lib/analysis/model/corpus';
import { useModel } from '../../lib/analysis/model/shipped';
import { trainModel } from '../../lib/analysis/model/train';
import { PART_IDS } from '../../lib/analysis/types';
import { evaluate, formatMetrics, readSet, type Metrics } from './metrics';

const splitPairs = (split: keyof typeof SPLITS) => SPLITS[split].flatMap((name) => readSet(name).pairs);
const test = splitMessages('test', readSet);
const pairs = splitPairs('test');

/** Measured on the frozen test split when the shipped model was trained (README "How good the judgments are"). */
// Issue 9 asks for urgency ≥ 0.90, urgent P/R ≥ 0.90, kind ≥ 0.85, macro-F1 ≥ 0.90 (each part ≥ 0.85),
// applicable ≥ 0.97, pairs ≥ 0.97: not reached yet (README "How good the judgments are" says by how much, and
// how each retrain moved them). These floors are what the shipped model measures, rounded down, so nothing can
// get worse unnoticed; after a retrain decided on train and dev alone, they follow the new model.
const FLOORS = {
  urgencyAccuracy: 0.88,
  urgentPrecision: 0.84,
  urgentRecall: 0.79,
  applicableAccuracy: 0.98,
  kindAccuracy: 0.82,
  macroF1: 0.85,
  weakestPartF1: 0.73,
  pairsOrdered: 1,
};

/**
 * Measured on the held-out split (annotators AC, AD, AE: 780 messages written after the shipped model was
 * trained, used nowhere else), rounded down. Wider than the frozen test (three more workplaces), and easier
 * than its terse and chatty writers: urgency and kind reach issue 9's floors here, urgent recall and the
 * parts do not (README "How good the judgments are" has how each retrain moved them).
 */
const HELDOUT_FLOORS = {
  urgencyAccuracy: 0.92,
  urgentPrecision: 0.93,
  urgentRecall: 0.89,
  applicableAccuracy: 0.98,
  kindAccuracy: 0.85,
  macroF1: 0.85,
  weakestPartF1: 0.76,
  pairsOrdered: 0.97,
};

/**
 * Measured on the second held-out split (annotators BD–BK: 2,080 messages written for training and kept out by the
 * rule that judged them, so never trained on), rounded down.
 */
const HELDOUT2_FLOORS = {
  urgencyAccuracy: 0.9,
  urgentPrecision: 0.9,
  urgentRecall: 0.86,
  applicableAccuracy: 0.97,
  kindAccuracy: 0.86,
  macroF1: 0.87,
  weakestPartF1: 0.78,
  pairsOrdered: 0.99,
};

/** Each held-out split: its messages and pairs (read once), its floors, and the table rows it prints. */
const HELD_OUT = (
  [
    ['heldout', HELDOUT_FLOORS],
    ['heldout2', HELDOUT2_FLOORS],
  ] as const
).map(([split, floors]) => ({ split, floors, messages: splitMessages(split, readSet), pairs: splitPairs(split), rows: [] as string[] }));

const rows: string[] = [];
/** The model alone (trained once, in the frozen test's comparison), for the held-out comparison too. */
let modelOnly: ReturnType<typeof trainModel> | null = null;
afterAll(() => {
  useModel(null);
  console.info(`Frozen test split (${test.length} messages, ${pairs.length} pairs; annotators ${SPLITS.test.join(', ')}):\n${rows.join('\n')}`);
  for (const h of HELD_OUT) {
    console.info(`Held-out split ${h.split} (${h.messages.length} messages, ${h.pairs.length} pairs; annotators ${SPLITS[h.split].join(', ')}):\n${h.rows.join('\n')}`);
  }
});

function expectFloors(m: Metrics, floors: typeof FLOORS): void {
  expect(m.urgencyAccuracy).toBeGreaterThanOrEqual(floors.urgencyAccuracy);
  expect(m.urgent.precision).toBeGreaterThanOrEqual(floors.urgentPrecision);
  expect(m.urgent.recall).toBeGreaterThanOrEqual(floors.urgentRecall);
  expect(m.applicableAccuracy).toBeGreaterThanOrEqual(floors.applicableAccuracy);
  expect(m.kindAccuracy).toBeGreaterThanOrEqual(floors.kindAccuracy);
  expect(m.macroF1).toBeGreaterThanOrEqual(floors.macroF1);
  expect(Math.min(...PART_IDS.map((id) => m.parts[id].f1))).toBeGreaterThanOrEqual(floors.weakestPartF1);
  expect(m.pairsOrdered).toBeGreaterThanOrEqual(floors.pairsOrdered);
}

describe('judgments on the frozen test split', () => {
  let hybrid: Metrics;
  it('the shipped hybrid (model over the rules\' findings) meets its floors', () => {
    useModel(null);
    hybrid = evaluate(test, pairs, analyzeMessage);
    rows.push(formatMetrics('hybrid', hybrid));
    expectFloors(hybrid, FLOORS);
  }, 60_000);

  it('the rules alone, for comparison', () => {
    useModel('rules');
    const rules = evaluate(test, pairs, analyzeMessage);
    rows.push(formatMetrics('rules', rules));
    // The hybrid ships because it is better where trust is decided: urgency and kind.
    expect(hybrid.urgencyAccuracy).toBeGreaterThan(rules.urgencyAccuracy);
    expect(hybrid.kindAccuracy).toBeGreaterThan(rules.kindAccuracy);
  });

  it('the model alone (trained the same way without the rules\' findings), for comparison', () => {
    modelOnly = trainModel(splitSets('train', readSet), splitSets('dev', readSet), undefined, false);
    useModel(modelOnly);
    rows.push(formatMetrics('model', evaluate(test, pairs, analyzeMessage)));
    useModel(null);
  }, 600_000);
});

for (const { split, floors, messages, pairs: setPairs, rows: heldRows } of HELD_OUT) {
  describe(`judgments on the held-out split ${split} (never trained on)`, () => {
    let hybrid: Metrics;
    it('the shipped hybrid meets its floors there too', () => {
      useModel(null);
      hybrid = evaluate(messages, setPairs, analyzeMessage);
      heldRows.push(formatMetrics('hybrid', hybrid));
      expectFloors(hybrid, floors);
    }, 60_000);

    it('and is better than the rules alone on urgency and kind', () => {
      useModel('rules');
      const rules = evaluate(messages, setPairs, analyzeMessage);
      heldRows.push(formatMetrics('rules', rules));
      expect(hybrid.urgencyAccuracy).toBeGreaterThan(rules.urgencyAccuracy);
      expect(hybrid.kindAccuracy).toBeGreaterThan(rules.kindAccuracy);
      if (modelOnly) {
        useModel(modelOnly);
        heldRows.push(formatMetrics('model', evaluate(messages, setPairs, analyzeMessage)));
      }
      useModel(null);
    }, 60_000);
  });
}
