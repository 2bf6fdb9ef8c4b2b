// The model asset's format (weights.json, version 3), written by `npm run train` and read by the engine.
// Compact for loading: each feature name once (in `features`, sorted in code-unit order, so a name is
// found by binary search and nothing is built when the model loads), and per head the rows it has (as
// gaps between row numbers) with their weights in hundredths, integers. Training rounds every weight to two
// decimals, so k / 100 gives back exactly the number training produced. One line per head.
import {
  ABSENT,
  SortedVocabulary,
  type LinearBinary,
  type LinearModel,
  type LinearSoftmax,
  type StoredModel,
} from './linear';

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
  version: 3;
  rules: boolean;
  trainedOn: StoredModel['trainedOn'];
  thresholds: StoredModel['thresholds'];
  /** Every feature name once, in code-unit order: row f of every head is features[f]. */
  features: string[];
  heads: Record<string, StoredHead>;
}

function hundredths(x: number): number {
  const k = Math.round(x * 100);
  if (k / 100 !== x) throw new Error(`weight ${x} is not in hundredths: the model format keeps two decimals`);
  return k;
}

/** Code-unit order (not localeCompare: the same on every machine, and what `<` compares when a name is looked up). */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The asset of a trained model: features in code-unit order, rows ascending. */
export function toAsset(model: StoredModel): ModelAsset {
  const names = new Set<string>();
  for (const head of Object.values(model.heads)) for (const name of Object.keys(head.weights)) names.add(name);
  const index = new Map([...names].sort(byCodeUnits).map((name, row) => [name, row] as const));
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
    version: 3,
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
  if (asset.version !== 3) throw new Error(`model asset version ${String(asset.version)}: this engine reads version 3`);
  const { features } = asset;
  // Lookups are binary searches: a list out of order would lose features without a word.
  for (let i = 1; i < features.length; i++)
    if (!(features[i - 1]! < features[i]!))
      throw new Error(`model features out of order at ${i}: the asset lists them sorted, each once`);
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
  return { rules: asset.rules, vocab: new SortedVocabulary(features), heads, thresholds: asset.thresholds };
}

/** A trained model in the form the engine predicts with (the same as writing and reading its asset). */
export function toLinear(model: StoredModel): LinearModel {
  return fromAsset(toAsset(model));
}
