// Quality on our own labelled set (written to the contract's definitions, including tricky negatives),
// so a gap between this and the dev set would show overfitting.
import { describe, expect, it } from 'vitest';
import { evaluate, formatMetrics, loadSet } from './metrics';

const set = loadSet(new URL('./messages.extra.json', import.meta.url));
const metrics = evaluate(set);

describe('extra set', () => {
  it('prints its metrics', () => {
    console.log(formatMetrics(`extra set (${set.messages.length} messages, ${set.pairs.length} pairs)`, metrics));
    if (metrics.misses.length > 0) console.log(`extra misses:\n  ${metrics.misses.join('\n  ')}`);
    expect(set.messages.length).toBeGreaterThanOrEqual(60);
  });

  it('covers every kind and urgency label', () => {
    const kinds = new Set(set.messages.map((m) => m.kind));
    const labels = new Set(set.messages.map((m) => m.urgency));
    expect([...kinds].sort()).toEqual(['decision', 'fyi', 'handoff', 'incident', 'question', 'request', 'review', 'social', 'status']);
    expect([...labels].sort()).toEqual(['fyi', 'normal', 'same-day', 'urgent']);
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
