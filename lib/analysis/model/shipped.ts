// The committed model (weights.json, written by `npm run train`), loaded once. Tests and the
// quality comparison may put another in its place (rules only, model only); the product never does.
import type { StoredModel } from './linear';
import weights from './weights.json';

let current: StoredModel | null = null;
let rulesOnly = false;

/** The model the engine decides with. */
export function shippedModel(): StoredModel {
  return current ?? (weights as unknown as StoredModel);
}

/** For the comparison table and experiments: decide with `model`, or with the rules alone (`'rules'`), or back to the shipped one (`null`). */
export function useModel(model: StoredModel | 'rules' | null): void {
  rulesOnly = model === 'rules';
  current = model === 'rules' ? null : model;
}

/** Whether decisions come from the rules alone (comparison only). */
export function decidingByRules(): boolean {
  return rulesOnly;
}
