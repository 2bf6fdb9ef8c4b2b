// Quality on the frozen test split (annotators G and J, whose text is used nowhere else: see
// corpus/README.md) and on the held-out split (AC, AD, AE, written after the model was trained). Prints the
// rules / model / hybrid tables and asserts the shipped engine's floors on both.
// Nothing is ever tuned on these messages; the floors below are the figures measured when the model
// was frozen, so a change that makes judgments worse on unseen writing fails here.
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../lib/analysis';
import { SPLITS, splitMessages, splitSets } from '../../lib/analysis/model/corpus';
import { useModel } from '../../lib/analysis/model/shipped';
import { trainModel } from '../../lib/analysis/model/train';
import { PART_IDS } from '../../lib/analysis/types';
import { evaluate, formatMetrics, readSet, type Metrics } from './metrics';

const test = splitMessages('test', readSet);
const pairs = SPLITS.test.flatMap((name) => readSet(name).pairs);

/** Measured on the frozen test split when the shipped model was trained (README "Quality"). */
// Issue 9 asks for urgency ≥ 0.90, urgent P/R ≥ 0.90, kind ≥ 0.85, macro-F1 ≥ 0.90 (each part ≥ 0.85),
// applicable ≥ 0.97, pairs ≥ 0.97: not reached yet (README "Quality" says by how much). These floors are
// what the shipped model measures, rounded down, so nothing can get worse unnoticed.
// Sets Q–S were added on leave-one-annotator-out CV and dev evidence (dev urgency 0.93 → 0.94, kind 0.88 → 0.90);
// here they moved urgency 0.84 → 0.85 and better/worse pairs 1.00 → 0.93 (2 of 30 pairs), and the floors followed.
// Sets T–V (780 messages) were added as planned, before this split was read (dev urgency 0.94 → 0.95, urgent
// recall 0.77 → 0.81, macro-F1 0.87 → 0.88); here urgency 0.85 → 0.86, urgent recall 0.61 → 0.63, kind 0.80 → 0.81,
// pairs 0.93 → 0.97.
// Sets W–AB (1,560 messages) were added as planned, before this split was read (dev urgency 0.95 → 0.96, urgent
// recall 0.81 → 0.92, kind 0.90 → 0.92, macro-F1 0.88 → 0.89); here urgency 0.86 → 0.88, urgent recall 0.63 → 0.73
// at precision 0.86 (31 of 36 → 36 of 42), kind 0.81 → 0.83, macro-F1 0.82 → 0.84.
// Sets AF–AI (1,040 messages: construction, a security provider and its clients, B2B sales, a remote nonprofit) were
// added on grouped cross-validation over the fresh train annotators (urgent recall 0.65–0.75 → 0.71–0.83 per fold,
// precision ≥ 0.94; kind and macro-F1 equal or up in every fold) and dev (urgency 0.96 → 0.97, urgent recall
// 0.92 → 0.96; kind 0.92 → 0.91, macro-F1 0.89 → 0.88), before this split was read; here urgency 0.88 → 0.87,
// urgent recall 0.73 → 0.76 at precision 0.86 (36 of 42 → 37 of 43), kind 0.83 → 0.82, options 0.71 → 0.73,
// pairs 0.97 → 1.00, and the floors followed.
// Sets AJ–AM (1,040 more: marketplace trust and safety, university research computing, video streaming, a restaurant
// chain) were added by a rule written before their data existed (every CV fold keeps urgent precision ≥ 0.90, mean
// urgent recall does not fall, mean kind and macro-F1 fall by ≤ 0.005: recall 0.751 → 0.761, kind 0.874 → 0.875,
// macro-F1 0.873 → 0.873; dev urgency 0.97 → 0.96, urgent recall 0.96 → 0.92, macro-F1 0.88 → 0.89); here urgent
// recall 0.76 → 0.73 (37 of 43 → 36 of 42), kind 0.82 → 0.83, weakest part 0.73 → 0.74, and the floors followed.
// Training with L2 0.001 instead of 0.002 was chosen on grouped CV by a rule written before any candidate ran (every
// fold keeps urgent precision ≥ 0.90; mean of urgency, urgent recall, kind and macro-F1 up ≥ 0.005, none down > 0.005;
// measured +0.012: recall 0.716 → 0.757) and dev (urgency 0.96 → 0.97, urgent recall 0.92 → 0.96); here urgency
// 0.87 → 0.88, urgent recall 0.73 → 0.76 (36 of 42 → 37 of 43), kind 0.83 → 0.82 (0.819: one message under the old
// floor), macro-F1 0.84 → 0.85, weakest part options 0.74 → recommendation 0.75, and the floors followed.
const FLOORS = {
  urgencyAccuracy: 0.88,
  urgentPrecision: 0.86,
  urgentRecall: 0.75,
  applicableAccuracy: 0.98,
  kindAccuracy: 0.81,
  macroF1: 0.84,
  weakestPartF1: 0.75,
  pairsOrdered: 1,
};

const heldout = splitMessages('heldout', readSet);
const heldoutPairs = SPLITS.heldout.flatMap((name) => readSet(name).pairs);

/**
 * Measured on the held-out split (annotators AC, AD, AE: 780 messages written after the shipped model was
 * trained, used nowhere else), rounded down. Wider than the frozen test (three more workplaces), and easier
 * than its terse and chatty writers: urgency and kind reach issue 9's floors here, urgent recall and the
 * parts do not. With sets AF–AI in train: urgent recall 0.79 → 0.84, precision 0.95 → 0.94 (95 of 100 → 101 of
 * 108), macro-F1 0.86 → 0.85, pairs 1.00 → 0.98 (one of 45), urgency and kind unchanged. With AJ–AM too: urgent
 * recall 0.84 → 0.81 (97 of 103), kind 0.85 → 0.86, macro-F1 0.85 → 0.86, weakest part 0.77 → 0.78. With L2 0.001:
 * urgency 0.92 → 0.93, urgent recall 0.81 → 0.88 at precision 0.95 (105 of 110), kind 0.86 → 0.87, macro-F1 0.86 → 0.85.
 */
const HELDOUT_FLOORS = {
  urgencyAccuracy: 0.93,
  urgentPrecision: 0.95,
  urgentRecall: 0.87,
  applicableAccuracy: 0.98,
  kindAccuracy: 0.86,
  macroF1: 0.85,
  weakestPartF1: 0.77,
  pairsOrdered: 0.97,
};

const rows: string[] = [];
const heldoutRows: string[] = [];
/** The model alone (trained once, in the frozen test's comparison), for the held-out comparison too. */
let modelOnly: ReturnType<typeof trainModel> | null = null;
afterAll(() => {
  useModel(null);
  console.info(`Frozen test split (${test.length} messages, ${pairs.length} pairs; annotators ${SPLITS.test.join(', ')}):\n${rows.join('\n')}`);
  console.info(
    `Held-out split (${heldout.length} messages, ${heldoutPairs.length} pairs; annotators ${SPLITS.heldout.join(', ')}):\n${heldoutRows.join('\n')}`,
  );
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

describe('judgments on the held-out split (written after the model was trained)', () => {
  let hybrid: Metrics;
  it('the shipped hybrid meets its floors there too', () => {
    useModel(null);
    hybrid = evaluate(heldout, heldoutPairs, analyzeMessage);
    heldoutRows.push(formatMetrics('hybrid', hybrid));
    expectFloors(hybrid, HELDOUT_FLOORS);
  }, 60_000);

  it('and is better than the rules alone on urgency and kind', () => {
    useModel('rules');
    const rules = evaluate(heldout, heldoutPairs, analyzeMessage);
    heldoutRows.push(formatMetrics('rules', rules));
    expect(hybrid.urgencyAccuracy).toBeGreaterThan(rules.urgencyAccuracy);
    expect(hybrid.kindAccuracy).toBeGreaterThan(rules.kindAccuracy);
    if (modelOnly) {
      useModel(modelOnly);
      heldoutRows.push(formatMetrics('model', evaluate(heldout, heldoutPairs, analyzeMessage)));
    }
    useModel(null);
  }, 60_000);
});
