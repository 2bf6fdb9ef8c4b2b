// How much of the checklist a draft deserves. A short message gets at most the one or two parts
// that matter (the missing ones its kind needs, most important first); a longer one gets all eight.
// The rest stay one click away. Decided from each check's own present/required flags and the
// draft's length only, so it holds whatever the analysis decides a kind requires. Pure.
import type { Analysis, PartId } from '../analysis/types';

/** Up to this many characters (trimmed) a draft counts as short. */
export const SHORT_DRAFT_CHARS = 200;
/** A short draft shows at most this many parts. */
export const BRIEF_PARTS = 2;
/** Which missing part to name first: what the reader must do, who, by when, then why and the rest. */
export const PART_PRIORITY: readonly PartId[] = ['ask', 'owner', 'deadline', 'context', 'state', 'evidence', 'recommendation', 'options'];

export interface PartsView {
  /** The parts to show, in the analysis's own order. */
  shown: PartId[];
  /** The parts behind "Show all parts". */
  hidden: PartId[];
  /** True when parts were left out for proportion. */
  brief: boolean;
}

const rank = (id: PartId) => {
  const i = PART_PRIORITY.indexOf(id);
  return i < 0 ? PART_PRIORITY.length : i;
};

/** Which parts to show for `analysis` of `draft`. */
export function partsView(analysis: Pick<Analysis, 'checks'>, draft: string): PartsView {
  const all = analysis.checks.map((c) => c.id);
  if (draft.trim().length > SHORT_DRAFT_CHARS) return { shown: all, hidden: [], brief: false };
  const missing = analysis.checks.filter((c) => c.required && !c.present).map((c) => c.id);
  const keep = new Set([...missing].sort((a, b) => rank(a) - rank(b)).slice(0, BRIEF_PARTS));
  return { shown: all.filter((id) => keep.has(id)), hidden: all.filter((id) => !keep.has(id)), brief: true };
}
