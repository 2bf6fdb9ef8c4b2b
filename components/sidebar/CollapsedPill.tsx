// The sidebar folded to a pill: score and urgency, one click (or Enter) to open again.
import type { UrgencyLabel } from '../../lib/analysis/types';
import { UrgencyBadge } from './Header';
import { ScoreRing } from './ScoreRing';

interface CollapsedPillProps {
  score: number | null;
  urgency: UrgencyLabel;
  onExpand(): void;
}

export function CollapsedPill({ score, urgency, onExpand }: CollapsedPillProps) {
  const label = `Expand Composure${score === null ? '' : `: score ${score}`}, urgency ${urgency}`;
  return (
    <button type="button" class="composure-pill" data-testid="collapse" aria-expanded="false" aria-label={label} onClick={onExpand}>
      <ScoreRing score={score} size={24} />
      <UrgencyBadge urgency={urgency} />
    </button>
  );
}
