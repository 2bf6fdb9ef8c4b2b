// Batch-check windows: the times of day the user checks messages (the "next check" in banners).
import { useState } from 'preact/hooks';
import { TimeInput } from '../controls/TimeInput';
import { parseClock } from '../../../lib/time';

export interface BatchWindowsProps {
  windows: string[];
  onChange: (windows: string[]) => Promise<void>;
}

/** Time chips with remove buttons, and a time input to add one. */
export function BatchWindows({ windows, onChange }: BatchWindowsProps) {
  const [time, setTime] = useState('');
  const sorted = [...windows].sort();
  const valid = parseClock(time) !== null && !windows.includes(time) && windows.length < 12;
  const add = () => {
    if (!valid) return;
    void onChange([...windows, time].sort());
    setTime('');
  };
  return (
    <section class="subsection" aria-labelledby="windows-title">
      <h3 id="windows-title">Batch-check windows</h3>
      <p class="hint">When you check messages. Focus banners and expectation lines promise your next check.</p>
      {sorted.length === 0 ? (
        <p class="muted small">No windows: replies are promised for “after focus”.</p>
      ) : (
        <ul class="chips" aria-label="Check times">
          {sorted.map((w) => (
            <li key={w} class="chip" data-testid="batch-window">
              {w}
              <button type="button" class="chip-x" aria-label={`Remove ${w}`} onClick={() => void onChange(windows.filter((x) => x !== w))}>×</button>
            </li>
          ))}
        </ul>
      )}
      <div class="inline-fields">
        <TimeInput label="New check time" value={time} onChange={setTime} onEnter={add} />
        <button type="button" class="btn btn-small" disabled={!valid} onClick={add}>Add check time</button>
      </div>
    </section>
  );
}
