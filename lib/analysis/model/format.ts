// The model asset's format (weights.json, version 2), written by `npm run train` and read by the engine.
// Compact for loading: each feature name once (in `features`), and per head the rows it has (as gaps
// between row numbers) with their weights in hundredths, integers. Training rounds every weight to two
// decimals, so k / 100 gives back exactly the number training produced. One line per head.
import { ABSENT, type LinearBinary, type LinearModel, type LinearSoftmax, type StoredModel } from './linear';

interface StoredHead {
  type: 'binary' | 'softmax';
  classes?: string[];
  bias: number | number[];
  /** Gaps between successive rows that have weights (the first from row 0). */
  rows: number[];
  /** Weights in hundredths: one per row (binary), or one per class per row (softmax). */
  weights: number[];
}

/** weights.json as parsed. */
export interface ModelAsset {
  version: 2;
  rules: boolean;
  trainedOn: StoredModel['trainedOn'];
  thresholds: StoredModel['thresholds'];
  features: string[];
  heads: Record<string, StoredHead>;
}

function hundredths(x: number): number {
  const k = Math.round(x * 100);
  if (k / 100 !== x) throw new Error(`weight ${x} is not in hundredths: the model format keeps two decimals`);
  return k;
}

/** The asset of a trained model: features in first-seen order over the heads, rows ascending. */
export function toAsset(model: StoredModel): ModelAsset {
  const index = new Map<string, number>();
  for (const head of Object.values(model.heads))
    for (const name of Object.keys(head.weights)) if (!index.has(name)) index.set(name, index.size);
  const heads: Record<string, StoredHead> = {};
  for (const [key, head] of Object.entries(model.heads)) {
    const entries = Object.entries(head.weights)
      .map(([name, w]) => [index.get(name)!, w] as const)
      .sort((a, b) => a[0] - b[0]);
    const rows: number[] = [];
    const weights: number[] = [];
    let last = 0;
    for (const [row, w] of entries) {
      rows.push(row - last);
      last = row;
      for (const x of typeof w === 'number' ? [w] : w) weights.push(hundredths(x));
    }
    heads[key] =
      head.type === 'softmax'
        ? { type: 'softmax', classes: head.classes, bias: head.bias, rows, weights }
        : { type: 'binary', bias: head.bias, rows, weights };
  }
  return {
    version: 2,
    rules: model.rules,
    trainedOn: model.trainedOn,
    thresholds: model.thresholds,
    features: [...index.keys()],
    heads,
  };
}

/** weights.json's text: the top-level fields, the feature list and each head on a line of their own. */
export function serializeAsset(asset: ModelAsset): string {
  const { heads, ...rest } = asset;
  const top = Object.entries(rest).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
  const lines = Object.entries(heads).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
  return `{\n${top.join(',\n')},\n"heads":{\n${lines.join(',\n')}\n}}\n`;
}

/** The model the engine predicts with, from its asset: weights stay in hundredths (linear.ts). */
export function fromAsset(asset: ModelAsset): LinearModel {
  if (asset.version !== 2) throw new Error(`model asset version ${String(asset.version)}: this engine reads version 2`);
  const { features } = asset;
  const vocab = new Map<string, number>();
  for (let i = 0; i < features.length; i++) vocab.set(features[i]!, i);
  const n = features.length;
  const heads: Record<string, LinearSoftmax | LinearBinary> = {};
  for (const [key, h] of Object.entries(asset.heads)) {
    const K = h.type === 'softmax' ? h.classes!.length : 1;
    const w = new Int16Array(n * K).fill(ABSENT);
    const { rows, weights } = h;
    let row = 0;
    for (let i = 0; i < rows.length; i++) {
      row += rows[i]!;
      for (let k = 0; k < K; k++) {
        const x = weights[i * K + k]!;
        if (!(x > ABSENT && x <= 32767))
          throw new Error(`weight ${x / 100} is outside what the engine stores (±327.67)`);
        w[row * K + k] = x;
      }
    }
    heads[key] =
      h.type === 'softmax'
        ? { type: 'softmax', classes: h.classes!, bias: h.bias as number[], w }
        : { type: 'binary', bias: h.bias as number, w };
  }
  return { rules: asset.rules, vocab, heads, thresholds: asset.thresholds };
}

/** A trained model in the form the engine predicts with (the same as writing and reading its asset). */
export function toLinear(model: StoredModel): LinearModel {
  return fromAsset(toAsset(model));
}
