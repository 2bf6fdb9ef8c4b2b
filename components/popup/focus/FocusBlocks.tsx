// Scheduled focus blocks: weekly times when focus starts by itself.
import { useState } from 'preact/hooks';
import { TimeInput } from '../controls/TimeInput';
import type { FocusBlock } from '../../../lib/records/types';
import { blockSchedule, describeBlock } from '../../../lib/focus';
import { formatLabel } from '../../../lib/schedule';
import { WEEKDAYS, type Weekday } from '../../../lib/schedule/types';
import { DAY_LABELS } from '../controls/HoursEditor';
import { parseClock } from '../../../lib/time';
import { newId } from '../format';

export interface FocusBlocksProps {
  blocks: FocusBlock[];
  timeZone: string;
  now: number;
  onChange: (blocks: FocusBlock[]) => Promise<void>;
}

/** The list of blocks, and a small form to add one. */
export function FocusBlocks({ blocks, timeZone, now, onChange }: FocusBlocksProps) {
  const [days, setDays] = useState<Weekday[]>(['mon', 'tue', 'wed', 'thu', 'fri']);
  const [start, setStart] = useState('09:00');
  const [end, setEnd] = useState('11:00');
  const s = parseClock(start);
  const e = parseClock(end);
  const problem = days.length === 0 ? 'Pick at least one day' : s === null || e === null ? 'Enter times as HH:MM' : e <= s ? 'End must be after start' : undefined;
  let next: number | null = null;
  try {
    next = blockSchedule(blocks, timeZone, now).nextStart;
  } catch {
    next = null;
  }
  const toggle = (d: Weekday) => setDays(days.includes(d) ? days.filter((x) => x !== d) : WEEKDAYS.filter((x) => x === d || days.includes(x)));

  return (
    <section class="subsection" aria-labelledby="blocks-title">
      <h3 id="blocks-title">Scheduled focus blocks</h3>
      {blocks.length === 0 ? (
        <p class="muted small">No blocks yet. Add one and focus starts by itself at that time.</p>
      ) : (
        <ul class="chips-list" aria-label="Focus blocks">
          {blocks.map((b) => (
            <li key={b.id} class="block-item" data-testid="focus-block">
              <span>{describeBlock(b)}</span>
              <button type="button" class="icon-btn" aria-label={`Remove block ${describeBlock(b)}`} onClick={() => void onChange(blocks.filter((x) => x.id !== b.id))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {next !== null && <p class="hint">Next block starts {formatLabel(next, timeZone)}.</p>}
      <div class="block-form" role="group" aria-label="Add a focus block">
        <div class="day-picks">
          {WEEKDAYS.map((d) => (
            <label key={d} class={`day-pick${days.includes(d) ? ' on' : ''}`} title={DAY_LABELS[d]}>
              <input type="checkbox" checked={days.includes(d)} aria-label={DAY_LABELS[d]} onChange={() => toggle(d)} />
              {DAY_LABELS[d].slice(0, 2)}
            </label>
          ))}
        </div>
        <div class="inline-fields">
          <TimeInput label="Block start" value={start} onChange={setStart} />
          <span aria-hidden="true">–</span>
          <TimeInput label="Block end" value={end} onChange={setEnd} end />
          <button type="button" class="btn btn-small" disabled={!!problem}
            onClick={() => void onChange([...blocks, { id: newId('block'), days, start, end }])}>
            Add block
          </button>
        </div>
        {problem && <span class="field-error">{problem}</span>}
      </div>
    </section>
  );
}
