// Focus now: start with a preset (or until a time), or — while focusing — minutes left and stop.
import { useState } from 'preact/hooks';
import { TimeInput } from '../controls/TimeInput';
import { clockFrom, focusBannerText, focusExpectationLine, nextOccurrence } from '../../../lib/focus';
import type { FocusState } from '../../../lib/protocol/responses';

export type StartRequest = { minutes: number } | { until: number };

export interface FocusNowProps {
  state: FocusState;
  presets: number[];
  batchWindows: string[];
  timeZone: string;
  now: number;
  busy: boolean;
  onStart: (req: StartRequest) => void;
  onStop: () => void;
}

const RING = 2 * Math.PI * 26;

/** The status card at the top of the Focus tab. */
export function FocusNow({ state, presets, batchWindows, timeZone, now, busy, onStart, onStop }: FocusNowProps) {
  const [choice, setChoice] = useState<string>(String(presets[0] ?? 25));
  const [untilTime, setUntilTime] = useState('');

  if (state.active && state.endsAt !== null && state.session) {
    const left = Math.max(0, Math.ceil((state.endsAt - now) / 60_000));
    const total = Math.max(1, state.endsAt - state.session.start);
    const done = Math.min(1, Math.max(0, (now - state.session.start) / total));
    const banner = focusBannerText(state, batchWindows, now, timeZone);
    const line = focusExpectationLine(state, batchWindows, now, timeZone);
    return (
      <section class="card focus-now active" aria-label="Focus session">
        <div class="focus-status">
          <svg class="ring" viewBox="0 0 60 60" width="60" height="60" aria-hidden="true">
            <circle cx="30" cy="30" r="26" class="ring-track" />
            <circle cx="30" cy="30" r="26" class="ring-fill" stroke-dasharray={RING} stroke-dashoffset={RING * done} transform="rotate(-90 30 30)" />
          </svg>
          <div>
            <div class="focus-left" data-testid="focus-minutes-left">{left}m left</div>
            <div class="muted">
              {state.session.kind === 'block' ? 'Scheduled block' : 'Focusing'} until {clockFrom(state.endsAt, now, timeZone)}
            </div>
          </div>
          <button type="button" class="btn btn-focus" data-testid="focus-stop" disabled={busy} onClick={onStop}>
            Stop
          </button>
        </div>
        {banner && <p class="banner-preview small"><span class="muted">Slack and Teams show</span> “{banner}”</p>}
        {line && <p class="banner-preview small"><span class="muted">Suggested reply line</span> “{line}”</p>}
      </section>
    );
  }

  const until = choice === 'until' ? nextOccurrence(untilTime, now, timeZone) : null;
  const minutes = choice === 'until' ? null : Number(choice);
  const ready = minutes !== null || until !== null;
  const label = minutes !== null ? `Start ${minutes}-minute focus` : until !== null ? `Focus until ${clockFrom(until, now, timeZone)}` : 'Pick a time';
  return (
    <section class="card focus-now" aria-label="Start focus">
      <p class="muted focus-idle">Not focusing. Unread counts stay visible in Slack and Teams.</p>
      <div class="segmented" role="radiogroup" aria-label="Focus length">
        {presets.map((p) => (
          <label key={p} class={`seg${choice === String(p) ? ' on' : ''}`}>
            <input type="radio" name="focus-length" value={String(p)} checked={choice === String(p)} onChange={() => setChoice(String(p))} />
            {p} min
          </label>
        ))}
        <label class={`seg${choice === 'until' ? ' on' : ''}`}>
          <input type="radio" name="focus-length" value="until" checked={choice === 'until'} onChange={() => setChoice('until')} />
          Until…
        </label>
      </div>
      {choice === 'until' && (
        <div class="inline-fields">
          <label for="focus-until">Focus until</label>
          <TimeInput id="focus-until" value={untilTime} onChange={setUntilTime} />
        </div>
      )}
      <button type="button" class="btn btn-focus btn-block" data-testid="focus-start" disabled={busy || !ready}
        onClick={() => onStart(minutes !== null ? { minutes } : { until: until! })}>
        {label}
      </button>
    </section>
  );
}
