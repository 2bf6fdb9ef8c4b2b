// The committed model (weights.json, written by `npm run train`), read into its predicting form at the
// first decision. The asset ships as its JSON text and is parsed then, not while the worker loads its
// script: a worker started for an alarm or the popup never parses it. Tests and the quality comparison
// may put another in its place (rules only, model only); the product never does.
import { fromAsset, type ModelAsset, toLinear } from './format';
import type { LinearModel, StoredModel } from './linear';
import assetText from './weights.json?raw';

let shipped: LinearModel | null = null;
let current: LinearModel | null = null;
let rulesOnly = false;

/** The model the engine decides with. */
export function shippedModel(): LinearModel {
  return current ?? (shipped ??= fromAsset(JSON.parse(assetText) as ModelAsset));
}

/** For the comparison table and experiments: decide with `model`, or with the rules alone (`'rules'`), or back to the shipped one (`null`). */
export function useModel(model: StoredModel | 'rules' | null): void {
  rulesOnly = model === 'rules';
  current = model === 'rules' || model === null ? null : toLinear(model);
}

/** Whether decisions come from the rules alone (comparison only). */
export function decidingByRules(): boolean {
  return rulesOnly;
}
