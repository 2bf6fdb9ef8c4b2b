// Who the message reaches and what their clock says right now.
import { useEffect, useRef, useState } from 'preact/hooks';
import { placeLabel } from '../../lib/sidebar/format';
import type { RecipientView } from '../../lib/sidebar/send-time-view';
import { AddPersonForm } from './AddPersonForm';
import type { NewPerson } from './types';

interface RecipientListProps {
  recipients: RecipientView[];
  senderTimeZone: string;
  timeZones?: string[];
  onAddPerson(person: NewPerson): void;
  onRecordAway(personId: string, range: { start: string; end: string }): void;
}

export function RecipientList({ recipients, senderTimeZone, timeZones, onAddPerson, onRecordAway }: RecipientListProps) {
  const [adding, setAdding] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const cancelled = useRef<string | null>(null);
  // After Cancel, focus goes back to that row's Add button instead of falling to the page.
  useEffect(() => {
    if (adding !== null || cancelled.current === null) return;
    const rows = Array.from(list.current?.children ?? []);
    const row = rows.find((el) => el.getAttribute('data-recipient') === cancelled.current);
    (row?.querySelector('[data-testid="add-person"]') as HTMLElement | null)?.focus();
    cancelled.current = null;
  }, [adding]);
  return (
    <ul class="composure-recipients" role="list" aria-label="Recipients" ref={list}>
      {recipients.map((r) => {
        const state = !r.known || r.problem ? 'unknown' : r.local?.working ? 'working' : r.local?.outOfOffice ? 'away' : 'off';
        return (
          <li key={r.id} class={`composure-recipient composure-recipient--${state}`} data-testid="recipient" data-recipient={r.id} data-state={state}>
            <span class="composure-dot" aria-hidden="true" />
            <div class="composure-recipient-body">
              <div class="composure-recipient-line">
                <span class="composure-recipient-name">{r.name}</span>
                {r.known && r.timeZone && r.local && <span class="composure-muted">{placeLabel(r.timeZone, r.local.offsetLabel)}</span>}
              </div>
              {r.status && <div class="composure-recipient-status">{r.status}</div>}
              {r.away && (
                <div class="composure-recipient-status composure-recipient-away" data-testid="recipient-away">
                  {r.away}
                  {r.recordAway && (
                    <button
                      type="button"
                      class="composure-link"
                      data-testid="record-away"
                      aria-label={`Record ${r.name} as away ${r.recordAway.start === r.recordAway.end ? `on ${r.recordAway.start}` : `from ${r.recordAway.start} to ${r.recordAway.end}`} in your team directory`}
                      onClick={() => r.recordAway && onRecordAway(r.id, r.recordAway)}
                    >
                      Record as time off
                    </button>
                  )}
                </div>
              )}
              {r.problem && <div class="composure-recipient-status composure-problem-text">Can’t use their directory entry: {r.problem}</div>}
              {!r.known && adding !== r.id && <div class="composure-recipient-status composure-muted">Not in your team directory</div>}
              {!r.known && adding === r.id && (
                <AddPersonForm
                  name={r.name}
                  {...(r.handle !== undefined ? { handle: r.handle } : {})}
                  defaultZone={senderTimeZone}
                  {...(timeZones ? { timeZones } : {})}
                  onAdd={(p) => {
                    setAdding(null);
                    onAddPerson(p);
                  }}
                  onCancel={() => {
                    cancelled.current = r.id;
                    setAdding(null);
                  }}
                />
              )}
            </div>
            {!r.known && adding !== r.id && (
              <button
                type="button"
                class="composure-mini"
                data-testid="add-person"
                aria-label={`Add ${r.name} to the directory`}
                onClick={() => setAdding(r.id)}
              >
                Add
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
