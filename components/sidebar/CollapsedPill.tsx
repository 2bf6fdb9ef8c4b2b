// The sidebar folded to a pill: score and urgency, one click (or Enter) to open again.
import type { UrgencyLabel } from '../../lib/analysis/types';
import { UrgencyBadge } from './Header';
import { ScoreRing } from './ScoreRing';

interface CollapsedPillProps {
  score: number | null;
  /** null while the draft is too short to judge. */
  urgency: UrgencyLabel | null;
  onExpand(): void;
  /** Asked to open but there is no room that would not cover the page. */
  cramped?: boolean;
  /** The pause / turn-off menu, from the badge's context menu (right click, the Menu key, Shift+F10). */
  onMenu?(): void;
}

export function CollapsedPill({ score, urgency, onExpand, cramped = false, onMenu }: CollapsedPillProps) {
  const room = cramped ? 'No room to open here without covering the page: make the window larger or move it. ' : '';
  const label = `${room}Open Composure${score === null ? '' : `: score ${score}`}${urgency ? `, urgency ${urgency}` : ''}. Drag, or Alt+arrow keys, to move it`;
  return (
    <button type="button" class="composure-pill" data-testid="collapse" aria-expanded="false" aria-label={label} title={cramped ? 'No room to open here without covering the page' : 'Composure: click to open, drag to move'} data-drag-handle onClick={onExpand}
      {...(onMenu ? { onContextMenu: (e: MouseEvent) => { e.preventDefault(); onMenu(); } } : {})}>
      <ScoreRing score={score} size={24} />
      {urgency && <UrgencyBadge urgency={urgency} />}
    </button>
  );
}
