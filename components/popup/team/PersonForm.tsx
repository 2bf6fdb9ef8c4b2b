// Adding or editing one teammate: name, aliases, zone, hours and time off.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useEscape } from '../useEscape';
import { defaultMe, detectTimeZone } from '../../../lib/records/defaults';
import type { PersonInput, PersonRecord } from '../../../lib/records/types';
import type { Client } from '../../../lib/protocol/client';
import { DateRangeList, rangesProblem } from '../controls/DateRangeList';
import { HoursEditor, hoursProblem } from '../controls/HoursEditor';
import { TimeZoneSelect } from '../controls/TimeZoneSelect';
import { dateIn } from '../format';
import type { AliasConflict } from '../../../lib/records/types';
import { checkAliases, conflictOf, FIELD_LABELS, fieldErrors, summaryOf, type FieldError, type PersonField } from './person-errors';

export interface PersonFormProps {
  client: Client;
  now: number;
  /** Absent when adding. */
  person?: PersonRecord;
  /** `created` is false for an update; `answered` names whom the user chose to update when asked about a handle or email. */
  onDone: (saved: PersonRecord | null, created?: boolean, answered?: string) => void;
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
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [conflict, setConflict] = useState<AliasConflict | null>(null);
  const handlesRef = useRef<HTMLInputElement>(null);
  const emailsRef = useRef<HTMLInputElement>(null);
  const [saving, setSaving] = useState(false);
  const edit = (patch: Partial<PersonInput>) => setForm({ ...form, ...patch });
  const nameRef = useRef<HTMLInputElement>(null);
  // Opened with Enter or a click on Add/Edit: typing goes straight into the form.
  useEffect(() => nameRef.current?.focus(), []);
  useEscape(() => onDone(null));
  const problem =
    (!form.name.trim() && 'Give a name') || hoursProblem(form.workingHours) || rangesProblem(form.outOfOffice ?? []);

  const save = async (update?: string) => {
    const input: PersonInput = { ...form, handles: split(handles), emails: split(emails) };
    const found = checkAliases(input.handles, input.emails);
    setErrors(found);
    setConflict(null);
    if (found.length) return;
    setSaving(true);
    try {
      const { person: saved, created } = await client.request({ type: 'people/upsert', person: input, ...(update ? { update } : {}) });
      onDone(saved, created, update ? conflict?.personName : undefined);
    } catch (err) {
      const question = conflictOf(err);
      if (question) setConflict(question);
      else setErrors(fieldErrors(err));
      setSaving(false);
    }
  };
  const onSubmit = (e: Event) => {
    e.preventDefault();
    if (problem) return;
    void save();
  };
  /** "Use another handle": back to the field, nothing saved. */
  const useAnother = () => {
    const ref = conflict?.field === 'email' ? emailsRef : handlesRef;
    setConflict(null);
    ref.current?.focus();
    ref.current?.select();
  };
  const errorsOf = (field: PersonField) => errors.filter((e) => e.field === field);
  const fieldProps = (field: PersonField) => {
    const mine = errorsOf(field);
    return mine.length ? { 'aria-invalid': true, 'aria-describedby': `person-${field}-error` } : {};
  };
  const FieldErrors = ({ field }: { field: PersonField }) => {
    const mine = errorsOf(field);
    return mine.length ? (
      <p id={`person-${field}-error`} class="field-error" data-testid={`person-${field}-error`}>
        {mine.map((e) => e.message).join(' ')}
      </p>
    ) : null;
  };
  const question = conflict && (
    <div class="merge-question" role="alertdialog" aria-labelledby="merge-question-text" data-testid="merge-question">
      <p id="merge-question-text">{conflict.message}</p>
      <div class="actions">
        {conflict.canUpdate && (
          <button type="button" class="btn btn-primary btn-small" data-testid="merge-update" disabled={saving} onClick={() => void save(conflict.personId)}>
            Update {conflict.personName}
          </button>
        )}
        <button type="button" class="btn btn-small" data-testid="merge-other" onClick={useAnother}>
          Use another {conflict.field}
        </button>
      </div>
    </div>
  );

  const title = person ? `Edit ${person.name}` : 'Add a teammate';
  return (
    <form class="section person-form" onSubmit={onSubmit} aria-label={title}>
      <h2 class="section-title">{title}</h2>
      {(errors.length > 0 || conflict) && (
        <p class="form-error" role="alert" data-testid="person-form-summary">
          {conflict ? `Not saved yet: ${conflict.message}` : summaryOf(errors)}
        </p>
      )}
      <div class="field">
        <label for="person-name">Name</label>
        <input id="person-name" ref={nameRef} class="input" value={form.name} required onInput={(e) => edit({ name: (e.currentTarget as HTMLInputElement).value })} />
      </div>
      <div class="field-row">
        <div class="field">
          <label for="person-handles">Chat handles</label>
          <input id="person-handles" ref={handlesRef} class="input" {...fieldProps('handles')} value={handles} placeholder="@ana, @ana.r" onInput={(e) => setHandles((e.currentTarget as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="person-emails">Emails</label>
          <input id="person-emails" ref={emailsRef} class="input" {...fieldProps('emails')} value={emails} placeholder="ana@example.com" onInput={(e) => setEmails((e.currentTarget as HTMLInputElement).value)} />
        </div>
      </div>
      <FieldErrors field="handles" />
      <FieldErrors field="emails" />
      {question}
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
      {errors.filter((e) => e.field !== 'handles' && e.field !== 'emails').map((e) => (
        <p class="field-error" key={e.message}>{e.field ? `${FIELD_LABELS[e.field]}: ` : ''}{e.message}</p>
      ))}
      <div class="actions sticky-actions">
        <button type="submit" class="btn btn-primary" disabled={!!problem || saving}>{person ? 'Save changes' : 'Add teammate'}</button>
        <button type="button" class="btn btn-ghost" onClick={() => onDone(null)}>Cancel</button>
        {problem && <span class="field-error" role="status">{problem}</span>}
      </div>
    </form>
  );
}
