// Adding or editing one teammate: name, aliases, zone, hours and time off.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useEscape } from '../useEscape';
import { defaultMe, detectTimeZone } from '../../../lib/db/defaults';
import type { PersonInput, PersonRecord } from '../../../lib/db/types';
import type { Client } from '../../../lib/protocol/client';
import { DateRangeList, rangesProblem } from '../controls/DateRangeList';
import { HoursEditor, hoursProblem } from '../controls/HoursEditor';
import { TimeZoneSelect } from '../controls/TimeZoneSelect';
import { dateIn, errorText } from '../format';

export interface PersonFormProps {
  client: Client;
  now: number;
  /** Absent when adding. */
  person?: PersonRecord;
  /** `created` is false when the save matched (and updated) an existing entry by handle or email. */
  onDone: (saved: PersonRecord | null, created?: boolean) => void;
}

const split = (text: string) => text.split(/[,;\s]+/).map((s) => s.trim()).filter(Boolean);

function blank(): PersonInput {
  const me = defaultMe(detectTimeZone());
  return { name: '', handles: [], emails: [], timeZone: me.timeZone, workingHours: me.workingHours, outOfOffice: [] };
}

/** The add / edit form; saving goes through people/upsert. */
export function PersonForm({ client, now, person, onDone }: PersonFormProps) {
  const [form, setForm] = useState<PersonInput>(() => (person ? { ...person } : blank()));
  const [handles, setHandles] = useState(() => (person?.handles ?? []).map((h) => `@${h}`).join(', '));
  const [emails, setEmails] = useState(() => (person?.emails ?? []).join(', '));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const edit = (patch: Partial<PersonInput>) => setForm({ ...form, ...patch });
  const nameRef = useRef<HTMLInputElement>(null);
  // Opened with Enter or a click on Add/Edit: typing goes straight into the form.
  useEffect(() => nameRef.current?.focus(), []);
  useEscape(() => onDone(null));
  const problem =
    (!form.name.trim() && 'Give a name') || hoursProblem(form.workingHours) || rangesProblem(form.outOfOffice ?? []);

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    if (problem) return;
    setSaving(true);
    setError(null);
    try {
      const input: PersonInput = { ...form, handles: split(handles), emails: split(emails) };
      const { person: saved, created } = await client.request({ type: 'people/upsert', person: input });
      onDone(saved, created);
    } catch (err) {
      setError(errorText(err));
      setSaving(false);
    }
  };

  const title = person ? `Edit ${person.name}` : 'Add a teammate';
  return (
    <form class="section person-form" onSubmit={onSubmit} aria-label={title}>
      <h2 class="section-title">{title}</h2>
      <div class="field">
        <label for="person-name">Name</label>
        <input id="person-name" ref={nameRef} class="input" value={form.name} required onInput={(e) => edit({ name: (e.currentTarget as HTMLInputElement).value })} />
      </div>
      <div class="field-row">
        <div class="field">
          <label for="person-handles">Chat handles</label>
          <input id="person-handles" class="input" value={handles} placeholder="@ana, @ana.r" onInput={(e) => setHandles((e.currentTarget as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="person-emails">Emails</label>
          <input id="person-emails" class="input" value={emails} placeholder="ana@example.com" onInput={(e) => setEmails((e.currentTarget as HTMLInputElement).value)} />
        </div>
      </div>
      <p class="hint">Handles and emails let Composure recognise them in Slack and Teams.</p>
      <div class="field">
        <label for="person-zone">Time zone</label>
        <TimeZoneSelect id="person-zone" value={form.timeZone} onChange={(timeZone) => edit({ timeZone })} />
      </div>
      <fieldset class="field">
        <legend>Working hours (their clock)</legend>
        <HoursEditor idPrefix="person-hours" value={form.workingHours} onChange={(workingHours) => edit({ workingHours })} />
      </fieldset>
      <fieldset class="field">
        <legend>Time off</legend>
        <DateRangeList idPrefix="person-off" value={form.outOfOffice ?? []} today={dateIn(now, form.timeZone)}
          onChange={(outOfOffice) => edit({ outOfOffice })} />
      </fieldset>
      {error && <p class="form-error" role="alert">{error}</p>}
      <div class="actions sticky-actions">
        <button type="submit" class="btn btn-primary" disabled={!!problem || saving}>{person ? 'Save changes' : 'Add teammate'}</button>
        <button type="button" class="btn btn-ghost" onClick={() => onDone(null)}>Cancel</button>
        {problem && <span class="field-error" role="status">{problem}</span>}
      </div>
    </form>
  );
}
