// Quality on the shared labelled dev set (a copy lives beside this test so a fresh clone can run it).
import { describe, expect, it } from 'vitest';
import { evaluate, formatMetrics, loadSet } from './metrics';

const set = loadSet(new URL('./messages.dev.json', import.meta.url));
const metrics = evaluate(set);

describe('dev set', () => {
  it('prints its metrics', () => {
    console.log(formatMetrics(`dev set (${set.messages.length} messages, ${set.pairs.length} pairs)`, metrics));
    if (metrics.misses.length > 0) console.log(`dev misses:\n  ${metrics.misses.join('\n  ')}`);
    expect(set.messages.length).toBeGreaterThanOrEqual(60);
  });

  it('labels urgency accurately', () => {
    expect(metrics.urgencyAccuracy).toBeGreaterThanOrEqual(0.85);
  });

  it('separates social messages from work messages', () => {
    expect(metrics.applicableAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('detects the eight parts (macro-F1)', () => {
    expect(metrics.macroF1).toBeGreaterThanOrEqual(0.8);
  });

  it('scores the better message of each pair higher', () => {
    expect(metrics.pairsOrdered).toBeGreaterThanOrEqual(0.95);
  });
});
