// The committed model (weights.json, written by `npm run train`), read into its predicting form at the
// first decision. Tests and the quality comparison may put another in its place (rules only, model only);
// the product never does.
import { fromAsset, type ModelAsset, toLinear } from './format';
import type { LinearModel, StoredModel } from './linear';
import asset from './weights.json';

let shipped: LinearModel | null = null;
let current: LinearModel | null = null;
let rulesOnly = false;

/** The model the engine decides with. */
export function shippedModel(): LinearModel {
  return current ?? (shipped ??= fromAsset(asset as unknown as ModelAsset));
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
