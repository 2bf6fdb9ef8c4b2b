// Words the sidebar shows for engine identifiers.
import type { PartId, UrgencyLabel } from '../analysis/types';

/** Reader-facing names of the eight parts, with the question each one answers. */
export const PART_LABELS: Record<PartId, { name: string; hint: string }> = {
  context: { name: 'Context', hint: 'Why this matters' },
  state: { name: 'Current state', hint: 'What is true now, what you tried' },
  options: { name: 'Options', hint: 'The alternatives or tradeoff' },
  recommendation: { name: 'Recommendation', hint: 'What you would do' },
  ask: { name: 'Ask', hint: 'The specific answer or action you need' },
  deadline: { name: 'Deadline', hint: 'When you need it, or “no rush”' },
  owner: { name: 'Owner', hint: 'Who should act' },
  evidence: { name: 'Evidence', hint: 'A link, error, ticket or number' },
};

/** Short descriptions of the urgency tiers, for chip tooltips. */
export const URGENCY_HINTS: Record<UrgencyLabel, string> = {
  urgent: 'Interrupt now: something is breaking. Reply in minutes; page or call too.',
  'same-day': 'A blocker: reply within the same working day.',
  normal: 'The default: reply within one business day.',
  fyi: 'Information only: no reply needed.',
};

/** Whether a warning's fix reads as a line to add to the message rather than an instruction. */
export function isInsertableFix(fix: string): boolean {
  const text = fix.trim();
  if (!text || text.length > 240 || text.includes('\n')) return false;
  // Fixes that tell the writer what to do ("Replace…", "Add a link…") are advice, not text to paste.
  return !/^(add|replace|remove|delete|drop|move|put|split|break|say|name|mention|link|use|start|lead|include|tag|write|give|state|consider|avoid|try|ask|address|spell|turn|rewrite|make|pick|choose|specify|instead)\b/i.test(text);
}
