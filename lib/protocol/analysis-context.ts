// What the engine cannot see by itself: the conversation. The controller sends what the host shows
// (the conversation kind, the matched recipients' zones) with analysis/run; this maps it onto the
// engine's own options (lib/analysis/README.md: the conversation is an input, not a rescoring done afterwards).
// Pure; never throws.
import type { AnalyzeOptions, Conversation } from '../analysis/types';
import type { ConversationKind } from '../hosts/types';
import { offsetAt } from '../time';

export interface AnalysisContext {
  conversationKind: ConversationKind;
  /** The matched recipients' zones; empty when unknown (or when some recipient is not in the directory). */
  recipientZones: string[];
}

const CONVERSATION: Readonly<Record<ConversationKind, Conversation | undefined>> = { dm: 'direct', group: 'group', channel: 'channel', unknown: undefined };

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

/** The engine options the conversation implies (none when it is unknown). */
export function contextOptions(context: AnalysisContext | undefined, opts: { senderTimeZone: string; now: number }): Pick<AnalyzeOptions, 'conversation' | 'zoneShared'> {
  if (!context) return {};
  const out: Pick<AnalyzeOptions, 'conversation' | 'zoneShared'> = {};
  const conversation = CONVERSATION[context.conversationKind];
  if (conversation) out.conversation = conversation;
  if (sameOffsetEverywhere(context.recipientZones, opts.senderTimeZone, opts.now)) out.zoneShared = true;
  return out;
}
