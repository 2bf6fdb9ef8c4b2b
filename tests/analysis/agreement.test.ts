// Inter-annotator agreement: 100 messages of the train annotators (A, C, D, F; 25 each, drawn at random)
// labelled again by a second annotator (H) who saw only the guide and the texts. It is the ceiling the
// engine's figures compare against (corpus/README.md).
import { describe, expect, it } from 'vitest';
import { PART_IDS } from '../../lib/analysis/types';
import { readSet } from './metrics';

const second = readSet('agreement-H').messages;
const first = new Map(['annotator-A', 'annotator-C', 'annotator-D', 'annotator-F'].flatMap((n) => readSet(n).messages).map((m) => [m.id, m]));

describe('agreement between two annotators', () => {
  it('covers 100 messages, each the same text as the first annotator labelled', () => {
    expect(second).toHaveLength(100);
    for (const h of second) expect(first.get(h.id)?.text).toBe(h.text);
  });

  it('is what corpus/README.md reports', () => {
    const n = second.length;
    const same = (f: (m: (typeof second)[number]) => unknown) => second.filter((h) => f(h) === f(first.get(h.id)!)).length / n;
    const parts = PART_IDS.map((id) => {
      let tp = 0, fp = 0, fn = 0;
      for (const h of second) {
        const a = first.get(h.id)!;
        if (!a.applicable || !h.applicable) continue;
        const x = a.present.includes(id), y = h.present.includes(id);
        if (x && y) tp++; else if (y) fp++; else if (x) fn++;
      }
      return (2 * tp) / (2 * tp + fp + fn);
    });
    const figures = {
      urgency: same((m) => m.urgency),
      kind: same((m) => m.kind),
      applicable: same((m) => m.applicable),
      partsMacroF1: parts.reduce((a, b) => a + b, 0) / parts.length,
      weakestPart: Math.min(...parts),
    };
    console.info('agreement', Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, v.toFixed(2)])));
    expect(figures.urgency).toBeCloseTo(0.98, 2);
    expect(figures.kind).toBeCloseTo(0.98, 2);
    expect(figures.applicable).toBe(1);
    expect(figures.partsMacroF1).toBeGreaterThanOrEqual(0.925);
    expect(figures.weakestPart).toBeGreaterThanOrEqual(0.77);
  });
});
