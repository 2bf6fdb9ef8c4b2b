// Product name, score, effective urgency and the collapse toggle.
import type { UrgencyLabel } from '../../lib/analysis/types';
import { Icon } from './Icons';
import { ScoreRing } from './ScoreRing';
import { MenuButton } from './SidebarMenu';

interface HeaderProps {
  score: number | null;
  summary: string;
  /** null while the draft is too short to judge. */
  urgency: UrgencyLabel | null;
  onCollapse(): void;
  /** The pause / turn-off menu's button, when the sidebar has a menu. */
  menu?: { open: boolean; onToggle(): void };
}

export function Header({ score, summary, urgency, onCollapse, menu }: HeaderProps) {
  return (
    // The header is the panel's drag handle (components only mark it; the content script moves it).
    <header class="composure-header" data-drag-handle>
      <ScoreRing score={score} />
      <div class="composure-title">
        <div class="composure-title-line">
          <span class="composure-name">Composure</span>
          {urgency && <UrgencyBadge urgency={urgency} />}
        </div>
        <span class="composure-summary">{summary}</span>
      </div>
      {menu && <MenuButton open={menu.open} onToggle={menu.onToggle} />}
      <button
        type="button"
        class="composure-icon-button"
        data-testid="collapse"
        aria-expanded="true"
        aria-label="Collapse Composure"
        onClick={onCollapse}
      >
        <Icon name="chevron" class="composure-flip" />
      </button>
    </header>
  );
}

/** The effective label, in the engine's own words so tests and people read the same thing. */
export function UrgencyBadge({ urgency }: { urgency: UrgencyLabel }) {
  return (
    <span class={`composure-badge composure-badge--${urgency}`} data-testid="urgency" title={`Urgency: ${urgency}`}>
      {urgency}
    </span>
  );
}
