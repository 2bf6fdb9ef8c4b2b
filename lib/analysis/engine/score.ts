// Completeness score: led by the weighted share of required parts present, plus a smaller bonus per
// present part the kind does not require, minus warning penalties, clamped to 0..100.
//
// Monotonic by construction: presence only ever adds (a satisfied requirement or a bonus), and a penalty
// caused by a part's weak form is capped below that part's own contribution, so adding a genuine part
// never lowers the score and removing one never raises it.
import { KIND_REQUIREMENTS } from '../kinds';
import { PART_IDS, type MessageKind, type PartId } from '../types';
import type { ScoredWarning } from './warnings';

export const REQUIRED_SHARE_POINTS = 85;
export const BONUS_POINTS = 5;
/** A weak-form warning may take at most this share of the points its part brings. */
const PART_PENALTY_CAP = 0.6;

export type Presence = Readonly<Record<PartId, boolean>>;

/** Which parts count as required for display: a satisfied either-or requirement marks only its present member. */
export function requiredParts(kind: MessageKind, present: Presence): Record<PartId, boolean> {
  const required: Record<PartId, boolean> = {
    context: false,
    state: false,
    options: false,
    recommendation: false,
    ask: false,
    deadline: false,
    owner: false,
    evidence: false,
  };
  for (const req of KIND_REQUIREMENTS[kind]) {
    const first = req.parts.find((id) => present[id]);
    if (first) required[first] = true;
    else for (const id of req.parts) required[id] = true;
  }
  return required;
}

/** Points from presence alone (no penalties); `without` counts that part as absent. */
export function presencePoints(kind: MessageKind, present: Presence, without?: PartId): number {
  const reqs = KIND_REQUIREMENTS[kind];
  if (reqs.length === 0) return 0;
  const has = (id: PartId) => id !== without && present[id];
  let total = 0;
  let satisfied = 0;
  // As requiredParts: a satisfied requirement marks its first present part; the other present parts earn the bonus.
  const marked = new Set<PartId>();
  for (const r of reqs) {
    total += r.weight;
    const first = r.parts.find(has);
    if (first !== undefined) {
      satisfied += r.weight;
      marked.add(first);
    }
  }
  let bonusParts = 0;
  for (const id of PART_IDS) if (has(id) && !marked.has(id)) bonusParts++;
  const bonus = bonusParts * BONUS_POINTS;
  return (REQUIRED_SHARE_POINTS * satisfied) / total + bonus;
}

export function scoreMessage(kind: MessageKind, present: Presence, warnings: readonly ScoredWarning[]): number {
  if (kind === 'social') return 0;
  const base = presencePoints(kind, present);
  let penalty = 0;
  const byPart = new Map<PartId, number>();
  for (const w of warnings) {
    if (w.part && present[w.part]) byPart.set(w.part, (byPart.get(w.part) ?? 0) + w.penalty);
    else penalty += w.penalty;
  }
  for (const [part, sum] of byPart) {
    const without = presencePoints(kind, present, part);
    penalty += Math.min(sum, PART_PENALTY_CAP * (base - without));
  }
  return Math.max(0, Math.min(100, Math.round(base - penalty)));
}
