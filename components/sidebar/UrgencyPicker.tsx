// The effective urgency, the other three one click away, and the expectation line to insert.
import { URGENCY_LABELS, type UrgencyLabel } from '../../lib/analysis/types';
import { URGENCY_INFO } from '../../lib/sidebar/labels';
import { Icon } from './Icons';
import type { InsertSource } from './types';


/** Engine reasons are clauses ('no incident … normal priority'); shown alone they read as a sentence. */
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1) + (/[.!?]$/.test(text) ? '' : '.');

interface UrgencyPickerProps {
  urgency: UrgencyLabel;
  overridden: boolean;
  /** The analysed label and why, so the user sees what "automatic" means. */
  analysed: UrgencyLabel | null;
  reasons: string[];
  expectation: string;
  onChange(label: UrgencyLabel | null): void;
  onInsert(text: string, source: InsertSource): void;
}

export function UrgencyPicker(props: UrgencyPickerProps) {
  const { urgency, overridden, analysed, reasons, expectation, onChange, onInsert } = props;
  return (
    <div class="composure-urgency">
      <div class="composure-chips" role="group" aria-label="Urgency">
        {URGENCY_LABELS.map((label) => (
          <button
            key={label}
            type="button"
            class={`composure-chip composure-chip--${label}`}
            aria-pressed={label === urgency}
            title={URGENCY_INFO[label].hint}
            data-testid={`urgency-option-${label}`}
            // Choosing the analysed label again is the same as going back to automatic.
            onClick={() => onChange(label === analysed ? null : label)}
          >
            {URGENCY_INFO[label].name}
          </button>
        ))}
      </div>
      <p class="composure-muted composure-urgency-why">
        {overridden ? (
          <>
            Set by you.{' '}
            <button type="button" class="composure-link" data-testid="urgency-reset" onClick={() => onChange(null)}>
              Back to automatic{analysed ? ` (${URGENCY_INFO[analysed].name})` : ''}
            </button>
          </>
        ) : (
          reasons.length ? reasons.slice(0, 2).map(sentence).join(' ') : URGENCY_INFO[urgency].hint
        )}
      </p>
      <div class="composure-expectation">
        {expectation && <p class="composure-quote">“{expectation}”</p>}
          <button
            type="button"
            class="composure-mini"
            data-testid="insert-expectation"
            disabled={!expectation}
            aria-label={`Insert expectation line: ${expectation}`}
            onClick={() => onInsert(expectation, { kind: 'expectation' })}
          >
            <Icon name="plus" />
            Insert expectation line
          </button>
      </div>
    </div>
  );
}
