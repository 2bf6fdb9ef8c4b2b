// Words Composure shows for engine identifiers: one table for the sidebar and the popup alike.
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

/**
 * The urgency tiers in words: `name` wherever a tier is named (sidebar chips, popup norms and trends),
 * `about` what belongs in the tier (popup norms), `hint` what it asks of the reader (sidebar tooltips).
 */
export const URGENCY_INFO: Record<UrgencyLabel, { name: string; about: string; hint: string }> = {
  urgent: {
    name: 'Urgent',
    about: 'Production down, security, data loss: interrupt now — page or call, not chat alone.',
    hint: 'Interrupt now: something is breaking. Reply in minutes; page or call too.',
  },
  'same-day': {
    name: 'Same day',
    about: 'A direct blocker: someone cannot proceed until it is answered.',
    hint: 'A blocker: reply within the same working day.',
  },
  normal: {
    name: 'Normal',
    about: 'The default: reviews, questions, scheduling, most “quick questions”.',
    hint: 'The default: reply within one business day.',
  },
  fyi: { name: 'FYI', about: 'Information only; no reply needed.', hint: 'Information only: no reply needed.' },
};

/** Whether a warning's fix reads as a line to add to the message rather than an instruction. */
export function isInsertableFix(fix: string): boolean {
  const text = fix.trim();
  if (!text || text.length > 240 || text.includes('\n')) return false;
  // Fixes that tell the writer what to do ("Replace…", "Add a link…") are advice, not text to paste.
  return !/^(add|replace|remove|delete|drop|move|put|split|break|say|name|mention|link|use|start|lead|include|tag|write|give|state|consider|avoid|try|ask|address|spell|turn|rewrite|make|pick|choose|specify|instead)\b/i.test(text);
}
