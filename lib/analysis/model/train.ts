// Trains the shipped model from labelled messages (deterministic: zeros, full batch, fixed order),
// then chooses its thresholds on the dev messages (calibration). Pure: the CLI reads the files.
import { runRules } from '../engine/analyze';
import { en } from '../rules/en';
import { PART_IDS, URGENCY_LABELS, type MessageKind } from '../types';
import { isEnglish, RULE_TUNED, type LabelledMessage } from './corpus';
import { messageFeatures, type Features } from './features';
import { encode, fitSoftmax, type Encoded, type FitOptions } from './fit';
import { serializeAsset, toAsset, toLinear } from './format';
import { binaryLogit, sigmoid, softmaxScores, type BinaryHead, type LinearBinary, type LinearSoftmax, type SoftmaxHead, type StoredModel } from './linear';

export const KIND_CLASSES: MessageKind[] = ['question', 'request', 'decision', 'status', 'fyi', 'incident', 'review', 'handoff'];

export const TRAINING = { steps: 150, rate: 0.05, l2: 0.001, minCount: 6 } as const;
/** Weights smaller than this are dropped from the asset, and the rest kept to two decimals (the asset's size; see README). */
const PRUNE = 0.05;
/** Held-out folds for choosing thresholds: the fresh annotators' sets, dealt round-robin into this many groups. */
const FOLDS = 3;
/** "Urgent" is only said above the confidence that keeps this precision on the dev split. */
export const URGENT_PRECISION = 0.9;

/** The model's features of a labelled message (the rules run first, as in the engine). */
export function featuresOf(m: LabelledMessage, rules = true): Features {
  return messageFeatures(m.text, rules ? runRules(en, m.text).facts : null, m.conversation);
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const roundWeight = (x: number) => Math.round(x * 100) / 100;

function softmaxHead(data: Encoded, rows: number[], y: number[], classes: string[], o: FitOptions): SoftmaxHead {
  const sub: Encoded = { names: data.names, rows: rows.map((r) => data.rows[r]!) };
  const { w, b } = fitSoftmax(sub, y, classes.length, o);
  const K = classes.length;
  const weights: Record<string, number[]> = {};
  data.names.forEach((name, i) => {
    const ws = Array.from(w.subarray(i * K, i * K + K));
    if (ws.some((x) => Math.abs(x) >= PRUNE)) weights[name] = ws.map(roundWeight);
  });
  return { type: 'softmax', classes, bias: Array.from(b, round), weights };
}

function binaryHead(data: Encoded, rows: number[], y: boolean[], o: FitOptions): BinaryHead {
  const sub: Encoded = { names: data.names, rows: rows.map((r) => data.rows[r]!) };
  const { w, b } = fitSoftmax(sub, y.map((v) => (v ? 1 : 0)), 2, o);
  const weights: Record<string, number> = {};
  data.names.forEach((name, i) => {
    const x = w[i * 2 + 1]! - w[i * 2]!;
    if (Math.abs(x) >= PRUNE) weights[name] = roundWeight(x);
  });
  return { type: 'binary', bias: round(b[1]! - b[0]!), weights };
}

/** A labelled set and its name (the name says whether the rules were tuned on it). */
export interface NamedSet {
  set: string;
  messages: readonly LabelledMessage[];
}

const featureCache = new WeakMap<LabelledMessage, Features>();

/**
 * A message's features for training. On the sets the rules were tuned on, the rules' findings are
 * in-sample (they look more reliable there than on new text), so those messages teach the model
 * words only: the weights on the rules' findings are learnt from text the rules never saw.
 */
function trainingFeatures(m: LabelledMessage, set: string, rules: boolean): Features {
  const tuned = (RULE_TUNED as readonly string[]).includes(set);
  if (rules && !tuned) return featuresOf(m, true);
  let f = featureCache.get(m);
  if (!f) featureCache.set(m, (f = featuresOf(m, false)));
  return f;
}

function fitHeads(train: readonly NamedSet[], o: FitOptions, rules: boolean): StoredModel {
  const english = train.flatMap((s) => s.messages.filter(isEnglish).map((m) => ({ m, set: s.set })));
  const data = encode(english.map(({ m, set }) => trainingFeatures(m, set, rules)), TRAINING.minCount);
  const all = english.map((_, i) => i);
  const applicable = all.filter((i) => english[i]!.m.applicable);
  const label = (i: number) => english[i]!.m;
  const heads: StoredModel['heads'] = {};
  heads.social = binaryHead(data, all, all.map((i) => !label(i).applicable), o);
  heads.kind = softmaxHead(data, applicable, applicable.map((i) => KIND_CLASSES.indexOf(label(i).kind)), KIND_CLASSES, o);
  heads.urgency = softmaxHead(data, applicable, applicable.map((i) => URGENCY_LABELS.indexOf(label(i).urgency)), [...URGENCY_LABELS], o);
  for (const id of PART_IDS) heads[`part:${id}`] = binaryHead(data, applicable, applicable.map((i) => label(i).present.includes(id)), o);
  return {
    version: 1,
    rules,
    trainedOn: { messages: english.length, sets: train.map((s) => s.set), steps: o.steps, l2: o.l2, minCount: TRAINING.minCount },
    heads,
    thresholds: { urgent: 0.5, parts: {}, social: 0.5 },
  };
}

/**
 * Trains every head on `train`, then chooses the thresholds on predictions the model did not train on:
 * the dev messages, plus the fresh annotators' sets predicted, a third at a time, by a model fitted
 * without them (out-of-fold), so a threshold rests on thousands of unseen messages rather than on two hundred.
 */
export function trainModel(train: readonly NamedSet[], dev: readonly NamedSet[], o: FitOptions = TRAINING, rules = true): StoredModel {
  const model = fitHeads(train, o, rules);
  const pooled: Array<{ model: StoredModel; messages: LabelledMessage[] }> = [{ model, messages: dev.flatMap((s) => s.messages.filter(isEnglish)) }];
  const fresh = train.filter((s) => !(RULE_TUNED as readonly string[]).includes(s.set));
  for (let fold = 0; fold < Math.min(FOLDS, fresh.length); fold++) {
    const held = fresh.filter((_, i) => i % FOLDS === fold);
    pooled.push({ model: fitHeads(train.filter((s) => !held.includes(s)), o, rules), messages: held.flatMap((s) => s.messages.filter(isEnglish)) });
  }
  model.thresholds = calibrate(pooled);
  return model;
}

const GRID = Array.from({ length: 17 }, (_, i) => 0.15 + i * 0.05);

/** Thresholds from unseen predictions: urgent for precision first, each part and social for F1. */
export function calibrate(pooled: ReadonlyArray<{ model: StoredModel; messages: readonly LabelledMessage[] }>): StoredModel['thresholds'] {
  // Predicted as the engine predicts (format.ts), so the thresholds fit exactly what ships.
  const linear = new Map(pooled.map(({ model }) => [model, toLinear(model)]));
  const rows = pooled.flatMap(({ model, messages }) => messages.map((m) => ({ m, model, lm: linear.get(model)!, f: featuresOf(m, model.rules) })));
  const applicable = rows.filter((r) => r.m.applicable);
  const pu = applicable.map((r) => softmaxScores(r.lm.heads.urgency as LinearSoftmax, r.lm.vocab, r.f)[0]!);
  const isUrgent = applicable.map((r) => r.m.urgency === 'urgent');
  // The lowest threshold at which every held-out group (the dev set, and each out-of-fold group of annotators)
  // keeps the target precision: new writers differ from the ones trained on, and a false "urgent" costs the most,
  // so the threshold must hold for the least favourable group, not only on average.
  const holds = (t: number) =>
    pooled.every(({ model }) => {
      let tp = 0, n = 0;
      applicable.forEach((r, k) => { if (r.model === model && pu[k]! >= t) { n++; if (isUrgent[k]) tp++; } });
      return n === 0 || tp / n >= URGENT_PRECISION;
    });
  let urgent = 0.95;
  for (const t of [...GRID].reverse()) {
    if (!holds(t)) break;
    urgent = t;
  }
  const f1At = (probs: number[], truth: boolean[]) => (t: number) => {
    let tp = 0, fp = 0, fn = 0;
    probs.forEach((p, k) => { const s = p >= t; if (s && truth[k]) tp++; else if (s) fp++; else if (truth[k]) fn++; });
    return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  };
  const best = (score: (t: number) => number) => GRID.reduce((b, t) => (score(t) > score(b) + 1e-9 ? t : b), 0.5);
  const parts: Record<string, number> = {};
  for (const id of PART_IDS) {
    const probs = applicable.map((r) => sigmoid(binaryLogit(r.lm.heads[`part:${id}`] as LinearBinary, r.lm.vocab, r.f)));
    parts[id] = round(best(f1At(probs, applicable.map((r) => r.m.present.includes(id)))));
  }
  const social = round(best(f1At(rows.map((r) => sigmoid(binaryLogit(r.lm.heads.social as LinearBinary, r.lm.vocab, r.f))), rows.map((r) => !r.m.applicable))));
  return { urgent: round(urgent), parts, social };
}

/** The asset's text (format.ts): stable order, one line per head. */
export function serializeModel(model: StoredModel): string {
  return serializeAsset(toAsset(model));
}
