// The eight parts. A present part toggles its evidence in the preview; a missing one offers its line.
import type { Check, PartId } from '../../lib/analysis/types';
import { PART_LABELS } from '../../lib/sidebar/labels';
import { Icon } from './Icons';
import type { InsertSource } from './types';

interface ChecklistProps {
  checks: Check[];
  /** The parts to show (lib/sidebar/proportion.ts); null shows all. Hidden rows stay in the DOM, hidden. */
  visible?: readonly PartId[] | null;
  /** Parts were left out for proportion: offer them behind a toggle. */
  brief?: boolean;
  onShowAll?(all: boolean): void;
  shown: PartId | null;
  onShow(part: PartId | null): void;
  onInsert(text: string, source: InsertSource): void;
}

export function Checklist({ checks, visible = null, brief = false, onShowAll, shown, onShow, onInsert }: ChecklistProps) {
  const hiddenCount = visible ? checks.length - visible.length : 0;
  return (
    <>
      {visible && visible.length === 0 && <p class="composure-muted composure-parts-note">Nothing missing for a message this short.</p>}
      <ul class="composure-checklist" role="list" aria-label="Message parts">
        {checks.map((check) => (
          <CheckRow key={check.id} check={check} hidden={visible !== null && !visible.includes(check.id)} shown={shown === check.id} onShow={onShow} onInsert={onInsert} />
        ))}
      </ul>
      {brief && onShowAll && (hiddenCount > 0 || !visible) && (
        <button type="button" class="composure-link composure-parts-toggle" data-testid="parts-toggle" aria-expanded={!visible} onClick={() => onShowAll(!!visible)}>
          {visible ? `Show all ${checks.length} parts` : 'Show only what matters'}
        </button>
      )}
    </>
  );
}

interface CheckRowProps {
  check: Check;
  hidden: boolean;
  shown: boolean;
  onShow(part: PartId | null): void;
  onInsert(text: string, source: InsertSource): void;
}

function CheckRow({ check, hidden, shown, onShow, onInsert }: CheckRowProps) {
  const { name, hint } = PART_LABELS[check.id];
  const state = check.present ? 'present' : check.required ? 'missing' : 'optional';
  const tag = check.present ? null : check.required ? 'needed' : 'optional';
  const icon = check.present ? 'check' : check.required ? 'todo' : 'optional';
  return (
    <li
      class={`composure-check composure-check--${state}`}
      data-testid={`check-${check.id}`}
      data-present={String(check.present)}
      data-required={String(check.required)}
      hidden={hidden}
    >
      {check.present ? (
        <button
          type="button"
          class="composure-check-main"
          aria-pressed={shown}
          aria-label={`${name}: present. ${shown ? 'Hide' : 'Show'} it in the draft`}
          data-testid={`show-${check.id}`}
          onClick={() => onShow(shown ? null : check.id)}
        >
          <Icon name={icon} class="composure-check-icon" />
          <span class="composure-check-name">{name}</span>
          <span class="composure-check-aside">{shown ? 'Hide' : 'Show'}</span>
        </button>
      ) : (
        <div class="composure-check-main">
          <Icon name={icon} class="composure-check-icon" />
          <span class="composure-check-name" title={hint}>
            {name}
          </span>
          <span class="composure-tag">{tag}</span>
          {check.suggestion && (
            <button
              type="button"
              class={check.required ? 'composure-mini' : 'composure-mini composure-mini--ghost'}
              data-testid={`insert-${check.id}`}
              aria-label={`Insert ${name.toLowerCase()} line: ${check.suggestion}`}
              title={check.suggestion}
              onClick={() => onInsert(check.suggestion!, { kind: 'part', part: check.id })}
            >
              <Icon name="plus" />
              Insert
            </button>
          )}
        </div>
      )}
      {!check.present && check.required && (
        <p class="composure-check-hint">{check.suggestion ? `“${check.suggestion}”` : hint}</p>
      )}
    </li>
  );
}
