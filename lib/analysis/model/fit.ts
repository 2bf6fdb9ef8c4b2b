// Training: full-batch Adam on L2-regularised logistic losses, from zeros, in a fixed order, so the
// same corpus always gives the same weights (model.test.ts checks the committed asset is exactly that).
import type { Features } from './features';

export interface Encoded {
  /** Per example: feature indices and values. */
  rows: Array<{ idx: Int32Array; val: Float64Array }>;
  names: string[];
}

export interface FitOptions {
  steps: number;
  rate: number;
  l2: number;
}

/** Indexes the features that occur in at least `minCount` examples (others are dropped). */
export function encode(examples: readonly Features[], minCount: number): Encoded {
  const counts = new Map<string, number>();
  for (const f of examples) for (const k of f.keys()) counts.set(k, (counts.get(k) ?? 0) + 1);
  const names = [...counts.entries()].filter(([, n]) => n >= minCount).map(([k]) => k).sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const rows = examples.map((f) => {
    const idx: number[] = [];
    const val: number[] = [];
    for (const [k, v] of f) {
      const i = index.get(k);
      if (i !== undefined) { idx.push(i); val.push(v); }
    }
    return { idx: Int32Array.from(idx), val: Float64Array.from(val) };
  });
  return { rows, names };
}

/** Softmax regression: weights [feature][class] and bias [class]; `y` are class indices, `weight` per example. */
export function fitSoftmax(data: Encoded, y: readonly number[], classes: number, o: FitOptions, weight?: readonly number[]): { w: Float64Array; b: Float64Array } {
  const F = data.names.length;
  const K = classes;
  const w = new Float64Array(F * K);
  const b = new Float64Array(K);
  const mW = new Float64Array(F * K), vW = new Float64Array(F * K), mB = new Float64Array(K), vB = new Float64Array(K);
  const gW = new Float64Array(F * K), gB = new Float64Array(K);
  const n = data.rows.length;
  const z = new Float64Array(K);
  const total = weight ? weight.reduce((a, x) => a + x, 0) : n;
  for (let step = 1; step <= o.steps; step++) {
    gW.fill(0); gB.fill(0);
    for (let r = 0; r < n; r++) {
      const { idx, val } = data.rows[r]!;
      for (let k = 0; k < K; k++) z[k] = b[k]!;
      for (let j = 0; j < idx.length; j++) { const base = idx[j]! * K; for (let k = 0; k < K; k++) z[k]! += w[base + k]! * val[j]!; }
      let max = -Infinity;
      for (let k = 0; k < K; k++) max = Math.max(max, z[k]!);
      let sum = 0;
      for (let k = 0; k < K; k++) { z[k] = Math.exp(z[k]! - max); sum += z[k]!; }
      const c = (weight ? weight[r]! : 1) / total;
      for (let k = 0; k < K; k++) {
        const g = (z[k]! / sum - (y[r] === k ? 1 : 0)) * c;
        gB[k]! += g;
        for (let j = 0; j < idx.length; j++) gW[idx[j]! * K + k]! += g * val[j]!;
      }
    }
    for (let i = 0; i < w.length; i++) gW[i]! += o.l2 * w[i]!;
    adam(w, gW, mW, vW, step, o.rate);
    adam(b, gB, mB, vB, step, o.rate);
  }
  return { w, b };
}

function adam(p: Float64Array, g: Float64Array, m: Float64Array, v: Float64Array, t: number, rate: number): void {
  const b1 = 0.9, b2 = 0.999, eps = 1e-8;
  const c1 = 1 - b1 ** t, c2 = 1 - b2 ** t;
  for (let i = 0; i < p.length; i++) {
    m[i] = b1 * m[i]! + (1 - b1) * g[i]!;
    v[i] = b2 * v[i]! + (1 - b2) * g[i]! * g[i]!;
    p[i]! -= (rate * (m[i]! / c1)) / (Math.sqrt(v[i]! / c2) + eps);
  }
}
