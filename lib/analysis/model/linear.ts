// The shipped model's shape and its prediction: one regularised logistic regression per decision
// (softmax for kind and urgency, a sigmoid for applicability and each part), over sparse features.
// Training builds a StoredModel (a weight per feature per class, readable); the engine predicts with its
// LinearModel form (format.ts): one sorted feature list searched as needed, and a typed array of weights
// per head, which loads in a few milliseconds where a 65k-property object took hundreds (issue 15 §6, cold start).
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

/** Feature name → its row in every head (undefined: no head has it). */
export interface Vocabulary {
  get(name: string): number | undefined;
}

/**
 * The vocabulary over the asset's feature list, sorted in code-unit order: a name's row is its place
 * in the list, found by binary search. Nothing is built up front: a Map of ~10k names took 15–25 ms of a
 * woken worker's first analysis, where 3,000 searches take 3–5 ms. Names found are remembered (at most
 * the list's own); a name that is not there is searched again next time rather than kept, since it comes
 * from a draft, and a draft is analysed and forgotten.
 */
export class SortedVocabulary implements Vocabulary {
  private readonly found = new Map<string, number>();
  /** `names` must be sorted in code-unit order, without repeats (format.ts checks the asset). */
  constructor(private readonly names: readonly string[]) {}

  get(name: string): number | undefined {
    const seen = this.found.get(name);
    if (seen !== undefined) return seen;
    const { names } = this;
    let lo = 0;
    let hi = names.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = names[mid]!;
      if (at === name) {
        this.found.set(at, mid);
        return mid;
      }
      if (at < name) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
}

/** A model as the engine predicts with it. */
export interface LinearModel {
  rules: boolean;
  vocab: Vocabulary;
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
