// Quality on sets labelled blind (by someone who never saw the rules): the honest estimate for unseen text.
// blind-a and blind-b have guided rule changes; a newer held-out set is the honest check.
import { describe, expect, it } from 'vitest';
import { evaluate, formatMetrics, loadSet } from './metrics';

/** Floors just below what the rules reach on the sets that guided them. */
const FLOORS: Record<string, { urgency?: number; macroF1: number }> = {
  'blind-a': { urgency: 0.97, macroF1: 0.97 },
  // Tuned on since its held-out urgency read 0.78 (0.99 after general rules from the contract's definitions).
  'blind-b': { urgency: 0.97, macroF1: 0.9 },
  // Tuned on since its held-out read (urgency 0.875, macro-F1 0.893); general rules from the contract lifted it.
  'blind-c': { urgency: 0.97, macroF1: 0.92 },
};

// blind-d is held out (written by someone who never saw the rules): it is only reported, with no floors.
for (const name of ['blind-a', 'blind-b', 'blind-c', 'blind-d']) {
  const set = loadSet(new URL(`./messages.${name}.json`, import.meta.url));
  const metrics = evaluate(set);
  const floor = FLOORS[name];
  describe(`${name} set`, () => {
    it('prints its metrics', () => {
      console.log(formatMetrics(`${name} set (${set.messages.length} messages, ${set.pairs.length} pairs)`, metrics));
      for (const [part, s] of Object.entries(metrics.parts)) console.log(`  ${part}: P ${s.precision.toFixed(2)} R ${s.recall.toFixed(2)} F1 ${s.f1.toFixed(2)}`);
      if (process.env.SHOW_MISSES) console.log(`misses:\n  ${metrics.misses.join('\n  ')}`);
      expect(set.messages.length).toBeGreaterThanOrEqual(60);
    });

    if (!floor) return;
    if (floor.urgency !== undefined) {
      it(`labels urgency accurately (>= ${floor.urgency})`, () => {
        expect(metrics.urgencyAccuracy).toBeGreaterThanOrEqual(floor.urgency!);
      });
    }

    it(`detects the eight parts (macro-F1 >= ${floor.macroF1})`, () => {
      expect(metrics.macroF1).toBeGreaterThanOrEqual(floor.macroF1);
    });

    it('separates social messages from work messages', () => {
      expect(metrics.applicableAccuracy).toBeGreaterThanOrEqual(0.95);
    });

    it('scores the better message of each pair higher', () => {
      expect(metrics.pairsOrdered).toBeGreaterThanOrEqual(0.9);
    });
  });
}
