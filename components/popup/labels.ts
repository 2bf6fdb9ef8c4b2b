// Names and colours for urgency tiers and message parts, shared by Norms and Trends.
import type { PartId, UrgencyLabel } from '../../lib/analysis/types';

export const URGENCY_INFO: Record<UrgencyLabel, { name: string; about: string }> = {
  urgent: { name: 'Urgent', about: 'Production down, security, data loss: interrupt now — page or call, not chat alone.' },
  'same-day': { name: 'Same day', about: 'A direct blocker: someone cannot proceed until it is answered.' },
  normal: { name: 'Normal', about: 'The default: reviews, questions, scheduling, most “quick questions”.' },
  fyi: { name: 'FYI', about: 'Information only; no reply needed.' },
};

export const PART_NAMES: Record<PartId, string> = {
  context: 'Context',
  state: 'Current state',
  options: 'Options',
  recommendation: 'Recommendation',
  ask: 'Clear ask',
  deadline: 'Deadline',
  owner: 'Owner',
  evidence: 'Evidence',
};
