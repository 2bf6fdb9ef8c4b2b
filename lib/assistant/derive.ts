// Derived parts of the sidebar's state: the effective urgency, the expectation line and the
// send-time card. Pure, and free of the rule engine (its expectation wording comes from the background).
import type { Analysis, UrgencyLabel } from '../analysis/types';
import type { Settings } from '../records/types';
import { focusBannerText, focusExpectationLine, nextCheck } from '../focus';
import type { AnalysisResult, FocusState } from '../protocol/responses';
import { buildSendTimeView, type SendTimeView } from '../sidebar/send-time-view';
import type { ConversationKind } from '../hosts/types';
import type { AnalysisContext } from '../protocol/analysis-context';
import type { Recipients } from './recipients';
import type { FocusView } from './types';
import type { FoundDeadline } from '../schedule';

/** The user's override, else the analysed label; 'normal' while there is no draft to analyse. */
export function effectiveUrgency(analysis: Analysis | null, override: UrgencyLabel | null, draft: string): UrgencyLabel {
  if (override) return override;
  return draft.trim() && analysis ? analysis.urgency.label : 'normal';
}

/**
 * The line to insert for `label`: the background's wording for it (the engine's, or the team's own
 * norm); during focus, followed by when the writer will reply. Empty until the first analysis.
 */
export function expectationFor(
  label: UrgencyLabel,
  opts: { expectations: AnalysisResult['expectations'] | null; now: number; senderTimeZone: string; settings: Settings | null; focus: FocusState | null },
): string {
  const line = opts.expectations?.[label] ?? '';
  if (!opts.focus?.active) return line;
  const focus = focusExpectationLine(opts.focus, opts.settings?.focus.batchWindows ?? [], opts.now, opts.senderTimeZone);
  return [line, focus].filter(Boolean).join(' ');
}

/** The focus banner and sidebar line while focusing; null otherwise. */
export function focusViewOf(state: FocusState | null, settings: Settings | null, now: number, zone: string): FocusView | null {
  if (!state?.active || state.endsAt === null || state.endsAt <= now) return null;
  const windows = settings?.focus.batchWindows ?? [];
  const banner = focusBannerText(state, windows, now, zone);
  if (!banner) return null;
  const check = nextCheck(windows, now, zone);
  return check ? { until: state.endsAt, nextCheck: check, banner } : { until: state.endsAt, banner };
}

/**
 * The send-time card; null until the recipients are known. The analysis (when there is one for this
 * draft) says who is asked and by when, from the deadlines the background found in the same draft;
 * in a DM the partner is the one asked.
 */
export function sendTimeFor(
  recipients: Recipients | null,
  opts: {
    now: number; senderTimeZone: string; urgency: UrgencyLabel; draft: string; settings: Settings | null;
    analysis?: Analysis | null; deadlines?: readonly FoundDeadline[]; conversationKind?: ConversationKind;
  },
): SendTimeView | null {
  if (!recipients) return null;
  const me = opts.settings?.me;
  return buildSendTimeView({
    people: recipients.people,
    unknown: recipients.unknown,
    now: opts.now,
    senderTimeZone: opts.senderTimeZone,
    urgency: opts.urgency,
    draft: opts.draft,
    analysis: opts.analysis ?? null,
    deadlines: opts.deadlines ?? [],
    direct: opts.conversationKind === 'dm',
    ...(me ? { me: { ...(me.name ? { name: me.name } : {}), workingHours: me.workingHours, outOfOffice: me.outOfOffice } } : {}),
  });
}

/** Missing required parts, for the per-message stats event. */
export function missingParts(analysis: Analysis): Analysis['checks'][number]['id'][] {
  return analysis.applicable ? analysis.checks.filter((c) => c.required && !c.present).map((c) => c.id) : [];
}

/**
 * The conversation as analysis/run is told it. Recipient zones only when every recipient is matched to
 * the directory (an unmatched reader may be anywhere, so "by EOD" stays ambiguous for them).
 */
export function analysisContextOf(kind: ConversationKind, recipients: Recipients | null): AnalysisContext {
  const known = recipients !== null && recipients.unknown.length === 0;
  return { conversationKind: kind, recipientZones: known ? recipients.people.map((p) => p.timeZone) : [] };
}
