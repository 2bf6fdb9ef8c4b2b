// The shipped model's shape and its prediction: one regularised logistic regression per decision
// (softmax for kind and urgency, a sigmoid for applicability and each part), over sparse features.
// Training builds a StoredModel (a weight per feature per class, readable); the engine predicts with its
// LinearModel form (format.ts): one feature vocabulary and a typed array of weights per head, which
// loads in a few milliseconds where a 65k-property object took hundreds (issue 15 §6, cold start).
import type { Features } from './features';

export interface SoftmaxHead {
  type: 'softmax';
  classes: string[];
  bias: number[];
  /** feature → one weight per class. */
  weights: Record<string, number[]>;
}

export interface BinaryHead {
  type: 'binary';
  bias: number;
  weights: Record<string, number>;
}

export interface StoredModel {
  version: 1;
  /** Whether the rules' findings are features (hybrid) or not (model only). */
  rules: boolean;
  /** What it was trained on and how (written by train-cli). */
  trainedOn: { messages: number; sets: string[]; steps: number; l2: number; minCount: number };
  heads: Record<string, SoftmaxHead | BinaryHead>;
  /** Decision thresholds chosen on the dev split (calibrate.ts). */
  thresholds: { urgent: number; parts: Record<string, number>; social: number };
}

/**
 * Weights for prediction are kept as the asset stores them, whole hundredths (training rounds every weight
 * to two decimals; lib/analysis/model/format.ts): k / 100 at use is exactly the weight training made, and
 * 16 bits a weight make the model a quarter of the memory, and quick to lay out when a worker starts.
 */
export const ABSENT = -32768;

/** A softmax head for prediction: row f of `w` (K weights, in hundredths) is feature f's; ABSENT in its first slot when the head has none. */
export interface LinearSoftmax {
  type: 'softmax';
  classes: string[];
  bias: number[];
  w: Int16Array;
}

/** A binary head for prediction: `w[f]` is feature f's weight in hundredths, ABSENT when the head has none. */
export interface LinearBinary {
  type: 'binary';
  bias: number;
  w: Int16Array;
}

/** A model as the engine predicts with it. */
export interface LinearModel {
  rules: boolean;
  /** Feature name → its row in every head. */
  vocab: ReadonlyMap<string, number>;
  heads: Record<string, LinearSoftmax | LinearBinary>;
  thresholds: StoredModel['thresholds'];
}

/** Class probabilities of a softmax head. */
export function softmaxScores(head: LinearSoftmax, vocab: LinearModel['vocab'], f: Features): number[] {
  const z = head.bias.slice();
  const K = z.length;
  const w = head.w;
  for (const [name, v] of f) {
    const row = vocab.get(name);
    if (row === undefined || w[row * K] === ABSENT) continue;
    for (let k = 0; k < K; k++) z[k]! += (w[row * K + k]! / 100) * v;
  }
  const max = Math.max(...z);
  const e = z.map((x) => Math.exp(x - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

/** The linear score (logit) of a binary head. */
export function binaryLogit(head: LinearBinary, vocab: LinearModel['vocab'], f: Features): number {
  let z = head.bias;
  for (const [name, v] of f) {
    const row = vocab.get(name);
    if (row === undefined) continue;
    const w = head.w[row]!;
    if (w !== ABSENT) z += (w / 100) * v;
  }
  return z;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
