// The shipped model's shape and its prediction: one regularised logistic regression per decision
// (softmax for kind and urgency, a sigmoid for applicability and each part), over sparse features.
// Plain data, so it is a versioned JSON asset the background loads, and readable: a weight per
// feature per class.
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

/** Class probabilities of a softmax head. */
export function softmaxScores(head: SoftmaxHead, f: Features): number[] {
  const z = head.bias.slice();
  for (const [name, v] of f) {
    const w = head.weights[name];
    if (w) for (let k = 0; k < z.length; k++) z[k]! += w[k]! * v;
  }
  const max = Math.max(...z);
  const e = z.map((x) => Math.exp(x - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

/** The linear score (logit) of a binary head. */
export function binaryLogit(head: BinaryHead, f: Features): number {
  let z = head.bias;
  for (const [name, v] of f) {
    const w = head.weights[name];
    if (w !== undefined) z += w * v;
  }
  return z;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
