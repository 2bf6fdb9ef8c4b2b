// Inter-annotator agreement, the ceiling the engine's figures compare against (corpus/README.md). Two slices,
// each labelled again by annotators who saw only the guide and the texts:
// - agreement-H: 100 messages of the train annotators A, C, D and F (25 each, drawn at random);
// - agreement-G2 and agreement-J2: all 400 messages of the frozen test (G and J), so the floors asserted there
//   can be read against what two careful labellers agree on for the very same messages.
import { describe, expect, it } from 'vitest';
import type { LabelledMessage } from '../../lib/analysis/model/corpus';
import { PART_IDS, type PartId } from '../../lib/analysis/types';
import { readSet } from './metrics';

interface Agreement {
  urgency: number;
  urgentPrecision: number;
  urgentRecall: number;
  kind: number;
  applicable: number;
  partsMacroF1: number;
  parts: Record<PartId, number>;
}

/** The second labels measured against the first, as the engine is measured against the first (metrics.ts). */
function agreement(second: readonly LabelledMessage[], first: ReadonlyMap<string, LabelledMessage>): Agreement {
  const n = second.length;
  const same = (f: (m: LabelledMessage) => unknown) => second.filter((h) => f(h) === f(first.get(h.id)!)).length / n;
  const urgent = (m: LabelledMessage) => m.urgency === 'urgent';
  const both = second.filter((h) => urgent(h) && urgent(first.get(h.id)!)).length;
  const parts = Object.fromEntries(
    PART_IDS.map((id) => {
      let tp = 0, fp = 0, fn = 0;
      for (const h of second) {
        const a = first.get(h.id)!;
        if (!a.applicable || !h.applicable) continue;
        const x = a.present.includes(id), y = h.present.includes(id);
        if (x && y) tp++; else if (y) fp++; else if (x) fn++;
      }
      return [id, (2 * tp) / (2 * tp + fp + fn)];
    }),
  ) as Record<PartId, number>;
  return {
    urgency: same((m) => m.urgency),
    urgentPrecision: both / second.filter(urgent).length,
    urgentRecall: both / second.filter((h) => urgent(first.get(h.id)!)).length,
    kind: same((m) => m.kind),
    applicable: same((m) => m.applicable),
    partsMacroF1: PART_IDS.reduce((s, id) => s + parts[id], 0) / PART_IDS.length,
    parts,
  };
}

const byId = (names: string[]) => new Map(names.flatMap((n) => readSet(n).messages).map((m) => [m.id, m]));
function print(name: string, { parts, ...figures }: Agreement): void {
  console.info(name, Object.fromEntries(Object.entries({ ...figures, ...parts }).map(([k, v]) => [k, v.toFixed(2)])));
}

describe('agreement between two annotators on train messages (agreement-H)', () => {
  const second = readSet('agreement-H').messages;
  const first = byId(['annotator-A', 'annotator-C', 'annotator-D', 'annotator-F']);

  it('covers 100 messages, each the same text as the first annotator labelled', () => {
    expect(second).toHaveLength(100);
    for (const h of second) expect(first.get(h.id)?.text).toBe(h.text);
  });

  it('is what corpus/README.md reports', () => {
    const a = agreement(second, first);
    print('agreement-H', a);
    expect(a.urgency).toBeCloseTo(0.98, 2);
    expect(a.kind).toBeCloseTo(0.98, 2);
    expect(a.applicable).toBe(1);
    expect(a.partsMacroF1).toBeGreaterThanOrEqual(0.925);
    expect(Math.min(...Object.values(a.parts))).toBeGreaterThanOrEqual(0.77);
  });
});

describe('agreement between two annotators on the frozen test (agreement-G2, agreement-J2)', () => {
  const second = [...readSet('agreement-G2').messages, ...readSet('agreement-J2').messages];
  const first = byId(['annotator-G', 'annotator-J']);

  it('covers all 400 frozen messages, each the same text and conversation', () => {
    expect(second).toHaveLength(400);
    expect(new Set(second.map((m) => m.id))).toEqual(new Set(first.keys()));
    for (const h of second) {
      expect(first.get(h.id)?.text).toBe(h.text);
      expect(first.get(h.id)?.conversation).toBe(h.conversation);
    }
  });

  it('is what corpus/README.md reports', () => {
    const a = agreement(second, first);
    print('agreement on the frozen test', a);
    expect(a.urgency).toBeCloseTo(0.965, 3);
    expect(a.urgentPrecision).toBeCloseTo(47 / 48, 3);
    expect(a.urgentRecall).toBeCloseTo(47 / 49, 3);
    expect(a.kind).toBeCloseTo(0.95, 3);
    expect(a.applicable).toBe(1);
    expect(a.partsMacroF1).toBeCloseTo(0.938, 3);
    expect(a.parts.options).toBeCloseTo(0.833, 3);
    expect(a.parts.context).toBeCloseTo(0.842, 3);
  });
});
