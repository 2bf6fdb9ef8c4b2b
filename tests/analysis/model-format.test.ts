// The model asset (weights.json, format version 3) reads back as exactly the model training made.
import { describe, expect, it } from 'vitest';
import { fromAsset, serializeAsset, toAsset, toLinear } from '../../lib/analysis/model/format';
import {
  ABSENT,
  SortedVocabulary,
  binaryLogit,
  softmaxScores,
  type LinearBinary,
  type LinearSoftmax,
  type StoredModel,
} from '../../lib/analysis/model/linear';

const model: StoredModel = {
  version: 1,
  rules: true,
  trainedOn: { messages: 3, sets: ['a'], steps: 1, l2: 0.1, minCount: 1 },
  heads: {
    social: { type: 'binary', bias: -0.057, weights: { 'w:thanks': 1.23, 'b:a_day': -0.07, constructor: 0.5 } },
    kind: {
      type: 'softmax',
      classes: ['question', 'request'],
      bias: [0.55, -0.341],
      weights: { 'w:can': [0.1, -0.29], 'b:a_day': [0, 0.07] },
    },
  },
  thresholds: { urgent: 0.65, parts: { ask: 0.5 }, social: 0.6 },
};

describe('model asset format', () => {
  it('writes each feature once, in code-unit order, and reads every weight back exactly', () => {
    const asset = JSON.parse(serializeAsset(toAsset(model))) as ReturnType<typeof toAsset>;
    expect(asset.features).toEqual(['b:a_day', 'constructor', 'w:can', 'w:thanks']);
    const m = fromAsset(asset);
    const social = m.heads.social as LinearBinary;
    // Kept in hundredths, ABSENT where the head has no weight for the feature.
    expect([...social.w]).toEqual([-7, 50, ABSENT, 123]);
    const kind = m.heads.kind as LinearSoftmax;
    expect([...kind.w]).toEqual([0, 7, ABSENT, ABSENT, 10, -29, ABSENT, ABSENT]);
    expect(m.thresholds).toEqual(model.thresholds);
    expect(['b:a_day', 'constructor', 'w:can', 'w:thanks', 'w:cat', '', 'B:a_day'].map((f) => m.vocab.get(f))).toEqual([
      0,
      1,
      2,
      3,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('refuses features out of order or repeated (lookups are binary searches: they would miss without a word)', () => {
    const asset = toAsset(model);
    const swapped = [...asset.features];
    [swapped[0], swapped[1]] = [swapped[1]!, swapped[0]!];
    expect(() => fromAsset({ ...asset, features: swapped })).toThrow(/out of order at 1/);
    expect(() =>
      fromAsset({ ...asset, features: [...asset.features.slice(0, 2), 'constructor', ...asset.features.slice(2)] }),
    ).toThrow(/out of order at 2/);
  });

  it('finds every feature of a large vocabulary, and keeps no name it did not find (those come from drafts)', () => {
    const names = Array.from({ length: 3000 }, (_, i) => `f${String(i).padStart(5, '0')}`);
    const vocab = new SortedVocabulary(names);
    for (let round = 0; round < 2; round++)
      for (let i = 0; i < 6000; i++) {
        expect(vocab.get(`f${String(i).padStart(5, '0')}`)).toBe(i < 3000 ? i : undefined);
        expect(vocab.get(`g${i}`)).toBeUndefined();
      }
    const found = (vocab as unknown as { found: Map<string, number> }).found;
    expect(found.size).toBe(3000);
    expect([...found.keys()].every((k) => k.startsWith('f') && Number(k.slice(1)) < 3000)).toBe(true);
  });

  it('predicts as the trained weights say, features it lacks (or Object.prototype names) adding nothing', () => {
    const m = toLinear(model);
    const f = new Map([
      ['w:thanks', 1],
      ['constructor', 2],
      ['toString', 5],
      ['w:can', 0.5],
    ]);
    expect(binaryLogit(m.heads.social as LinearBinary, m.vocab, f)).toBe(-0.057 + 1.23 * 1 + 0.5 * 2);
    const z = [0.55 + 0.1 * 0.5, -0.341 + -0.29 * 0.5];
    const e = z.map((x) => Math.exp(x - Math.max(...z)));
    expect(softmaxScores(m.heads.kind as LinearSoftmax, m.vocab, f)).toEqual(e.map((x) => x / (e[0]! + e[1]!)));
  });

  it('refuses a weight that is not in hundredths (the format would change it)', () => {
    const odd: StoredModel = { ...model, heads: { social: { type: 'binary', bias: 0, weights: { x: 0.123 } } } };
    expect(() => toAsset(odd)).toThrow(/hundredths/);
  });

  it('reads weights up to ±327.67 (16 bits of hundredths) and refuses a larger one rather than wrap it', () => {
    const edge: StoredModel = {
      ...model,
      heads: { social: { type: 'binary', bias: 0, weights: { a: 327.67, b: -327.67 } } },
    };
    expect([...(fromAsset(toAsset(edge)).heads.social as LinearBinary).w]).toEqual([32767, -32767]);
    const big: StoredModel = { ...model, heads: { social: { type: 'binary', bias: 0, weights: { x: 327.68 } } } };
    expect(() => fromAsset(toAsset(big))).toThrow(/±327.67/);
  });

  it('refuses an asset of another version', () => {
    expect(() => fromAsset({ ...toAsset(model), version: 2 as 3 })).toThrow(/version 2/);
  });
});
