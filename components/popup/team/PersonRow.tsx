// One teammate: who, their local time now, whether they are working, and edit / delete.
import { useState } from 'preact/hooks';
import type { PersonRecord } from '../../../lib/records/types';
import { cityOf, localNow, type LocalNow } from '../../../lib/schedule';

export interface PersonRowProps {
  person: PersonRecord;
  now: number;
  onEdit: () => void;
  onDelete: () => Promise<void>;
}

function status(local: LocalNow | null): { text: string; cls: string } {
  if (!local) return { text: 'Unknown', cls: 'pill-muted' };
  if (local.outOfOffice) return { text: 'Out of office', cls: 'pill-warn' };
  return local.working ? { text: 'Working', cls: 'pill-ok' } : { text: 'Off', cls: 'pill-muted' };
}

const WEEKDAY = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' } as const;

/** A list item with the person's clock and actions; delete asks first. */
export function PersonRow({ person, now, onEdit, onDelete }: PersonRowProps) {
  const [confirming, setConfirming] = useState(false);
  let local: LocalNow | null = null;
  try {
    local = localNow(person, now);
  } catch {
    local = null; // a malformed stored entry shows as unknown rather than breaking the list
  }
  const s = status(local);
  const aliases = [...person.handles.map((h) => `@${h}`), ...person.emails].join(' · ');
  return (
    <li class="person" data-testid="person">
      <div class="person-main">
        <div class="person-name">{person.name}</div>
        {aliases && <div class="person-aliases muted small">{aliases}</div>}
        <div class="person-clock small" data-testid="person-local">
          {local ? (
            <>
              <span class="clock">{local.time}</span> {WEEKDAY[local.weekday]} · {local.offsetLabel} · {cityOf(person.timeZone)}
            </>
          ) : (
            person.timeZone
          )}
        </div>
      </div>
      <span class={`pill ${s.cls}`} data-testid="person-status">{s.text}</span>
      {confirming ? (
        <div class="person-confirm" role="group" aria-label={`Delete ${person.name}?`}>
          <button type="button" class="btn btn-small btn-danger" onClick={() => void onDelete()}>Delete</button>
          <button type="button" class="btn btn-small btn-ghost" onClick={() => setConfirming(false)}>Keep</button>
        </div>
      ) : (
        <div class="person-actions">
          <button type="button" class="btn btn-small btn-ghost" aria-label={`Edit ${person.name}`} onClick={onEdit}>Edit</button>
          <button type="button" class="btn btn-small btn-ghost" aria-label={`Delete ${person.name}`} onClick={() => setConfirming(true)}>
            Delete
          </button>
        </div>
      )}
    </li>
  );
}
