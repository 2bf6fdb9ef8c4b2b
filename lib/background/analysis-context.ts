// What the engine cannot see: the conversation. analyzeMessage reads the draft alone, so in a 1:1 DM
// "can you review this?" has no owner (the reader IS the owner), and "by EOD" is ambiguous across zones
// even when every recipient shares the sender's. This step adjusts the engine's Analysis for the
// conversation: it only drops those two warnings (never adds one) and rescores with the engine's own
// formula. Pure; never throws. Runs in the background (it scores with the engine, which the content
// script never bundles): the controller sends the context with analysis/run.
import { requiredParts, scoreMessage } from '../analysis/engine/score';
import { WARNING_PENALTIES, type ScoredWarning } from '../analysis/engine/warnings';
import type { Analysis, PartId, Warning } from '../analysis/types';
import type { ConversationKind } from '../hosts/types';
import { offsetAt } from '../time';

/** The engine's warning ids this step may drop. */
export const NO_OWNER = 'no-owner';
export const DEADLINE_NO_ZONE = 'deadline-no-zone';

export interface AnalysisContext {
  conversationKind: ConversationKind;
  /** The matched recipients' zones; empty when unknown (or when some recipient is not in the directory). */
  recipientZones: string[];
}

/**
 * The part whose weak presence raised a warning, as the engine attributes it (engine/warnings.ts:
 * detectWarnings), so the rescoring caps penalties the same way.
 */
const WARNING_PART: Readonly<Record<string, PartId>> = { 'no-owner': 'ask', 'buried-ask': 'ask', 'deadline-no-zone': 'deadline' };

function scored(warnings: readonly Warning[]): ScoredWarning[] {
  return warnings.map((w) => {
    const part = WARNING_PART[w.id];
    return { ...w, penalty: WARNING_PENALTIES[w.id] ?? 5, ...(part ? { part } : {}) };
  });
}

function presenceOf(a: Analysis): Record<PartId, boolean> {
  const present = {} as Record<PartId, boolean>;
  for (const c of a.checks) present[c.id] = c.present;
  return present;
}

/** True when every zone has the sender's UTC offset at `now`; false for an empty list or an unknown zone. */
export function sameOffsetEverywhere(zones: readonly string[], senderTimeZone: string, now: number): boolean {
  if (zones.length === 0) return false;
  try {
    const mine = offsetAt(senderTimeZone, now);
    return zones.every((z) => offsetAt(z, now) === mine);
  } catch {
    return false;
  }
}

/** The engine's analysis adjusted for the conversation; `analysis` itself when nothing applies. */
export function analysisInContext(
  analysis: Analysis,
  context: AnalysisContext | undefined,
  opts: { senderTimeZone: string; now: number },
): Analysis {
  try {
    if (!context || !analysis.applicable) return analysis;
    const hasAsk = analysis.checks.some((c) => c.id === 'ask' && c.present);
    const ownerMissing = analysis.checks.some((c) => c.id === 'owner' && !c.present);
    const readerOwns = context.conversationKind === 'dm' && hasAsk;
    const zoneShared =
      analysis.warnings.some((w) => w.id === DEADLINE_NO_ZONE) && sameOffsetEverywhere(context.recipientZones, opts.senderTimeZone, opts.now);
    const drop = new Set<string>([...(readerOwns ? [NO_OWNER] : []), ...(zoneShared ? [DEADLINE_NO_ZONE] : [])]);
    const markOwner = readerOwns && ownerMissing;
    if (!markOwner && !analysis.warnings.some((w) => drop.has(w.id))) return analysis;

    const before = presenceOf(analysis);
    const present = { ...before, ...(markOwner ? { owner: true } : {}) };
    const warnings = analysis.warnings.filter((w) => !drop.has(w.id));
    // The engine's formula on both sides, applied as a difference: the engine's own score stays the base.
    const delta = scoreMessage(analysis.kind, present, scored(warnings)) - scoreMessage(analysis.kind, before, scored(analysis.warnings));
    const required = requiredParts(analysis.kind, present);
    const checks = analysis.checks.map((c) => {
      if (c.id !== 'owner' || !markOwner) return { ...c, required: required[c.id] };
      // The reader is the owner: present, with no span of the draft to show.
      const { suggestion: _dropped, ...rest } = c;
      return { ...rest, present: true, required: required.owner, spans: [] };
    });
    return { ...analysis, score: Math.max(0, Math.min(100, analysis.score + delta)), checks, warnings };
  } catch {
    return analysis;
  }
}
