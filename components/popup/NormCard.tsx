// One urgency tier's norm: the expectation line, the response target and how it is counted.
import type { UrgencyLabel } from '../../lib/analysis/types';
import type { Norm } from '../../lib/records/types';
import { URGENCY_INFO } from '../../lib/sidebar/labels';
import { FieldNote } from './FieldNote';
import { invalidProps } from './form-errors';

type Unit = 'min' | 'h' | 'd';
const UNIT_MINUTES: Record<Unit, number> = { min: 1, h: 60, d: 1440 };

/** 1440 → [1, 'd'], 240 → [4, 'h'], 15 → [15, 'min']. */
export function splitTarget(minutes: number): [number, Unit] {
  if (minutes > 0 && minutes % 1440 === 0) return [minutes / 1440, 'd'];
  if (minutes > 0 && minutes % 60 === 0) return [minutes / 60, 'h'];
  return [minutes, 'min'];
}

/** The longest reply target a norm may have (what the background accepts). */
export const MAX_TARGET_MINUTES = 60 * 24 * 30;

/** A tier's problems, by field, in plain words; shown next to the field. */
export interface NormProblems {
  expectation?: string;
  target?: string;
}

/** What is wrong with one tier's norm as it stands (checked before anything is sent). */
export function normProblems(norm: Norm): NormProblems {
  const out: NormProblems = {};
  if (!norm.expectation.trim()) out.expectation = 'Write the line the sidebar inserts for this tier.';
  if (norm.targetMinutes !== null && norm.targetMinutes > MAX_TARGET_MINUTES) out.target = 'Reply within at most 30 days.';
  return out;
}

export interface NormCardProps {
  tier: UrgencyLabel;
  norm: Norm;
  onChange: (next: Norm) => void;
  /** Problems to show next to the fields (checked here or refused by the background). */
  problems?: NormProblems;
}

/** A fieldset for one tier. */
export function NormCard({ tier, norm, onChange, problems = {} }: NormCardProps) {
  const info = URGENCY_INFO[tier];
  const id = `norm-${tier}`;
  const [amount, unit] = splitTarget(norm.targetMinutes ?? 0);
  const noReply = norm.targetMinutes === null;
  const setTarget = (a: number, u: Unit) => onChange({ ...norm, targetMinutes: Math.max(0, Math.round(a * UNIT_MINUTES[u])) });
  return (
    <fieldset class={`card norm norm-${tier}`} data-testid={`norm-${tier}`}>
      <legend class="norm-title">
        <span class={`dot dot-${tier}`} aria-hidden="true" /> {info.name}
      </legend>
      <p class="hint">{info.about}</p>
      <div class="field">
        <label for={`${id}-text`}>Expectation line</label>
        <input id={`${id}-text`} class="input" maxLength={300} value={norm.expectation} {...invalidProps(`${id}-text-error`, !!problems.expectation)}
          onInput={(e) => onChange({ ...norm, expectation: (e.currentTarget as HTMLInputElement).value })} />
        <FieldNote id={`${id}-text-error`} text={problems.expectation ?? ''} />
      </div>
      <div class="norm-target">
        <label class="check">
          <input type="checkbox" checked={noReply}
            onChange={(e) => onChange({ ...norm, targetMinutes: (e.currentTarget as HTMLInputElement).checked ? null : 1440 })} />
          No reply expected
        </label>
        {!noReply && (
          <div class="inline-fields">
            <label for={`${id}-amount`}>Reply within</label>
            <input id={`${id}-amount`} type="number" class="input input-num" min={0} {...invalidProps(`${id}-target-error`, !!problems.target)} max={unit === 'd' ? 30 : unit === 'h' ? 720 : 43200}
              value={amount} onInput={(e) => setTarget(Number((e.currentTarget as HTMLInputElement).value) || 0, unit)} />
            <select class="input input-unit" aria-label={`${info.name} target unit`} value={unit}
              onChange={(e) => setTarget(amount, (e.currentTarget as HTMLSelectElement).value as Unit)}>
              <option value="min">minutes</option>
              <option value="h">hours</option>
              <option value="d">days</option>
            </select>
          </div>
        )}
      </div>
      <FieldNote id={`${id}-target-error`} text={problems.target ?? ''} />
      {!noReply && (
        <label class="check">
          <input type="checkbox" checked={norm.workingTime}
            onChange={(e) => onChange({ ...norm, workingTime: (e.currentTarget as HTMLInputElement).checked })} />
          Count working hours only
        </label>
      )}
    </fieldset>
  );
}
