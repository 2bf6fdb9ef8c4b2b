// Anti-patterns with their fix. A fix that reads as a line of message text can be inserted.
import type { Warning } from '../../lib/analysis/types';
import { isInsertableFix } from '../../lib/sidebar/labels';
import { Icon } from './Icons';
import type { InsertSource } from './types';

interface WarningsProps {
  warnings: Warning[];
  shown: string | null;
  onShow(id: string | null): void;
  onInsert(text: string, source: InsertSource): void;
}

export function Warnings({ warnings, shown, onShow, onInsert }: WarningsProps) {
  return (
    <ul class="composure-warnings" role="list" aria-label="Warnings">
      {warnings.map((w) => (
        // The UI test hooks (lib/analysis/README.md) name the placeholder warning's; the others are warning-<id>.
        <li key={w.id} class="composure-warning" data-testid={w.id === 'unfilled-placeholder' ? 'placeholder-warning' : `warning-${w.id}`}>
          <Icon name="warn" class="composure-warning-icon" />
          <div class="composure-warning-body">
            <p class="composure-warning-message">{w.message}</p>
            {w.fix && <p class="composure-warning-fix">{w.fix}</p>}
            {(w.span || (w.fix && isInsertableFix(w.fix))) && (
              <div class="composure-row-actions">
                {w.span && (
                  <button
                    type="button"
                    class="composure-link"
                    aria-pressed={shown === w.id}
                    onClick={() => onShow(shown === w.id ? null : w.id)}
                  >
                    {shown === w.id ? 'Hide in draft' : 'Show in draft'}
                  </button>
                )}
                {w.fix && isInsertableFix(w.fix) && (
                  <button
                    type="button"
                    class="composure-mini"
                    data-testid={`fix-${w.id}`}
                    aria-label={`Insert fix: ${w.fix}`}
                    onClick={() => onInsert(w.fix!, { kind: 'warning', id: w.id })}
                  >
                    <Icon name="plus" />
                    Insert fix
                  </button>
                )}
              </div>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
