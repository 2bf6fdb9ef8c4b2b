// A time of day on one clock everywhere: 24-hour HH:MM text, as the rest of the popup writes times
// (a native time input follows the browser's locale and can show 1:00 PM beside "13:00"). Invalid
// text stays as typed with a sentence beside it; the value only changes to a valid time.
import { useEffect, useState } from 'preact/hooks';

/** 'HH:MM' (24-hour) from what a person types: '9:30', '0930', '09:30'; null when it is not a time. */
export function parseTime(text: string, allowEndOfDay = false): string | null {
  const m = /^\s*(\d{1,2}):?(\d{2})\s*$/.exec(text);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && (min !== 0 || !allowEndOfDay))) return null;
  return `${String(h).padStart(2, '0')}:${m[2]}`;
}

export interface TimeInputProps {
  value: string;
  onChange(value: string): void;
  id?: string;
  label?: string;
  /** An end time: 24:00 (and 00:00, read as the end of the day) are allowed. */
  end?: boolean;
  onEnter?(): void;
}

export function TimeInput({ value, onChange, id, label, end = false, onEnter }: TimeInputProps) {
  const [text, setText] = useState(value);
  // An end of 00:00 means the end of the day: stored as 24:00.
  const read = (raw: string) => {
    const t = parseTime(raw, end);
    return end && t === '00:00' ? '24:00' : t;
  };
  useEffect(() => {
    // A new value from outside (another row, a reset) replaces what is shown unless it is what was typed.
    if ((read(text) ?? '') !== value) setText(value);
  }, [value]);
  // Empty is not an error here (a form says what it needs); text that is not a time is.
  const valid = text.trim() === '' || read(text) !== null;
  const onText = (e: Event) => {
    const raw = (e.currentTarget as HTMLInputElement).value;
    setText(raw);
    // Not a time (yet): the value is empty, so a form cannot save the last valid one by mistake.
    const next = read(raw) ?? '';
    if (next !== value) onChange(next);
  };
  const errorId = id ? `${id}-error` : undefined;
  return (
    <span class="time-field">
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        class="input input-time"
        aria-label={label}
        aria-invalid={!valid}
        aria-describedby={!valid ? errorId : undefined}
        placeholder="HH:MM"
        maxLength={5}
        value={text}
        onInput={onText}
        onChange={onText}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && onEnter) {
            e.preventDefault();
            onEnter();
          }
        }}
      />
      {!valid && (
        <span class="field-error" id={errorId} role="alert">
          Write the time as 24-hour HH:MM, like 09:30.
        </span>
      )}
    </span>
  );
}
