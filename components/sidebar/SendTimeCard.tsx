// When to send: the suggestion in words, why, who is working, the day's overlap and deadlines.
import { useState } from 'preact/hooks';
import { DeadlineList } from './DeadlineList';
import { Icon } from './Icons';
import { OverlapChart } from './OverlapChart';
import { RecipientList } from './RecipientList';
import { ScheduleStatusLine } from './ScheduleStatusLine';
import type { NewPerson, ScheduleStatus, SendTimeView } from './types';

interface SendTimeCardProps {
  view: SendTimeView;
  now: number;
  senderTimeZone: string;
  timeZones?: string[];
  status?: ScheduleStatus;
  onSchedule(): void;
  onAddPerson(person: NewPerson): void;
  onRecordAway(personId: string, range: { start: string; end: string }): void;
}

export function SendTimeCard({ view, now, senderTimeZone, timeZones, status, onSchedule, onAddPerson, onRecordAway }: SendTimeCardProps) {
  const [why, setWhy] = useState(false);
  const at = view.suggestion.at;
  const busy = status?.state === 'working';
  const reasonsId = 'composure-send-reasons';
  return (
    <div class="composure-send">
      <div class={`composure-suggestion composure-suggestion--${at === 'now' ? 'now' : 'later'}`}>
        <Icon name={at === 'now' ? 'spark' : 'clock'} />
        <p class="composure-suggestion-text" data-testid="send-time" data-at={String(at)}>
          {view.label}
        </p>
      </div>
      {view.away.length > 0 && (
        <ul class="composure-away" data-testid="host-away">
          {view.away.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <div class="composure-row-actions">
        <button
          type="button"
          class="composure-button composure-button--primary"
          data-testid="schedule"
          disabled={at === 'now' || busy}
          title={at === 'now' ? 'Nothing to wait for: send it now' : undefined}
          onClick={onSchedule}
        >
          {busy ? 'Scheduling…' : 'Schedule'}
        </button>
        {view.suggestion.reasons.length > 0 && (
          <button type="button" class="composure-link" aria-expanded={why} aria-controls={reasonsId} data-testid="send-reasons-toggle" onClick={() => setWhy(!why)}>
            <Icon name="chevron" class={why ? 'composure-flip' : ''} />
            {why ? 'Hide reasons' : 'Why?'}
          </button>
        )}
      </div>
      {status && <ScheduleStatusLine status={status} />}
      {why && (
        <ul class="composure-reasons" id={reasonsId} data-testid="send-reasons">
          {view.suggestion.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      {view.recipients.length > 0 && (
        <RecipientList recipients={view.recipients} senderTimeZone={senderTimeZone} {...(timeZones ? { timeZones } : {})} onAddPerson={onAddPerson} onRecordAway={onRecordAway} />
      )}
      {view.windows && (
        <OverlapChart
          windows={view.windows}
          myWindows={view.myWindows}
          ticks={view.ticks}
          caption={view.caption}
          now={now}
          slot={at === 'now' ? null : at}
        />
      )}
      {view.deadlines.length > 0 && <DeadlineList deadlines={view.deadlines} />}
    </div>
  );
}
