// Me: the user's name, zone, working hours and time off (the sender side of every suggestion).
import { useEffect, useRef, useState } from 'preact/hooks';
import { detectTimeZone } from '../../lib/records/defaults';
import type { Me } from '../../lib/records/types';
import { DateRangeList, rangesProblem } from './controls/DateRangeList';
import { HoursEditor, hoursProblem } from './controls/HoursEditor';
import { TimeZoneSelect } from './controls/TimeZoneSelect';
import { timeZoneProblem } from '../../lib/protocol/validators';
import { FieldNote, FormSummary } from './FieldNote';
import { type FieldProblem, invalidProps, messagesOf, notSavedSummary, refusedProblems, sentence } from './form-errors';
import { dateIn } from './format';
import { ErrorNote, Loading, SaveStatus, type SaveState } from './States';
import type { SectionProps } from './types';
import { useLoad } from './useLoad';

type MeField = 'name' | 'timeZone' | 'workingHours' | 'outOfOffice';
const ME_LABELS: Record<MeField, string> = { name: 'Name', timeZone: 'Time zone', workingHours: 'Working hours', outOfOffice: 'Time off' };
const ME_FIELDS = Object.keys(ME_LABELS) as MeField[];
const MAX_NAME = 200;

/** What is wrong with the form as it stands, each problem tied to its field (checked before anything is sent). */
export function meProblems(me: Me): FieldProblem<MeField>[] {
  const zone = timeZoneProblem(me.timeZone);
  const hours = hoursProblem(me.workingHours);
  const off = rangesProblem(me.outOfOffice);
  const out: FieldProblem<MeField>[] = [];
  if (me.name.trim().length > MAX_NAME) out.push({ field: 'name', message: `Keep the name under ${MAX_NAME} characters.` });
  if (zone) out.push({ field: 'timeZone', message: `'${me.timeZone}' is not a time zone Composure knows: choose yours from the list.` });
  if (hours) out.push({ field: 'workingHours', message: sentence(hours) });
  if (off) out.push({ field: 'outOfOffice', message: sentence(off) });
  return out;
}

/** The Me tab. */
export function MeSection({ client, now }: SectionProps) {
  const settings = useLoad(() => client.request({ type: 'settings/get' }), [client]);
  const [me, setMe] = useState<Me | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  /** What the background refused on the last save, until the next edit. */
  const [refused, setRefused] = useState<FieldProblem<MeField>[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  const detected = detectTimeZone();
  // A refused save: the first field in trouble comes into view with its note, and takes focus.
  useEffect(() => {
    const field = refused.find((p) => p.field)?.field;
    const el = field && formRef.current?.querySelector<HTMLElement>(`[data-field="${field}"] input, [data-field="${field}"] select`);
    el?.scrollIntoView?.({ block: 'center' });
    el?.focus({ preventScroll: true });
  }, [refused]);

  useEffect(() => {
    if (settings.state.status === 'ready') setMe(settings.state.data.me);
  }, [settings.state]);

  if (settings.state.status === 'loading' || (settings.state.status === 'ready' && !me)) return <Loading label="Loading your settings" />;
  if (settings.state.status === 'error') return <ErrorNote error={settings.state.error} onRetry={settings.reload} />;
  const form = me!;
  const edit = (patch: Partial<Me>) => {
    setMe({ ...form, ...patch });
    setSave({ kind: 'idle' });
    setRefused([]);
  };
  const live = meProblems(form);
  const problems = [...live, ...refused];
  // Shown beside Save, which stays in view however far the form is scrolled.
  const problem = live[0] && `${live[0].message}${live.length > 1 ? ` (and ${live.length - 1} more)` : ''}`;
  const note = (field: MeField) => messagesOf(problems, field);
  const aria = (field: MeField) => invalidProps(`me-${field}-error`, note(field) !== '');

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    if (problem) return;
    setSave({ kind: 'saving' });
    try {
      const next = await client.request({ type: 'settings/update', patch: { me: form } });
      settings.set(next);
      setSave({ kind: 'saved', text: 'Saved — suggestions now use these hours' });
    } catch (error) {
      const found = refusedProblems<MeField>(error, (path) => ME_FIELDS.find((f) => f === path.split('.')[2]) ?? null, ME_LABELS);
      setRefused(found);
      setSave({ kind: 'error', error: new Error(notSavedSummary(found, ME_LABELS)) });
    }
  };

  return (
    <form class="section" ref={formRef} onSubmit={onSubmit} aria-labelledby="me-title">
      <h2 id="me-title" class="visually-hidden">Me</h2>
      <p class="lede">Your own clock: send-time suggestions and focus times are read on it.</p>
      <FormSummary testid="me-form-summary" text={refused.length ? notSavedSummary(refused, ME_LABELS) : ''} />
      <div class="field" data-field="name">
        <label for="me-name">Name</label>
        <input id="me-name" class="input" value={form.name} placeholder="How teammates know you" autoComplete="name" {...aria('name')}
          onInput={(e) => edit({ name: (e.currentTarget as HTMLInputElement).value })} />
        <FieldNote id="me-name-error" text={note('name')} />
      </div>
      <div class="field" data-field="timeZone">
        <label for="me-zone">Time zone</label>
        <TimeZoneSelect id="me-zone" value={form.timeZone} detected={detected} invalid={aria('timeZone')} onChange={(timeZone) => edit({ timeZone })} />
        <FieldNote id="me-timeZone-error" text={note('timeZone')} />
        {form.timeZone !== detected && (
          <p class="hint">
            This browser is in {detected.replaceAll('_', ' ')}.{' '}
            <button type="button" class="link" onClick={() => edit({ timeZone: detected })}>Use it</button>
          </p>
        )}
      </div>
      <fieldset class="field" data-field="workingHours" {...aria('workingHours')}>
        <legend>Working hours</legend>
        <HoursEditor idPrefix="me-hours" value={form.workingHours} onChange={(workingHours) => edit({ workingHours })} />
        <FieldNote id="me-workingHours-error" text={note('workingHours')} />
      </fieldset>
      <fieldset class="field" data-field="outOfOffice" {...aria('outOfOffice')}>
        <legend>Time off</legend>
        <DateRangeList idPrefix="me-off" value={form.outOfOffice} today={dateIn(now(), form.timeZone)}
          onChange={(outOfOffice) => edit({ outOfOffice })} />
        <FieldNote id="me-outOfOffice-error" text={note('outOfOffice')} />
      </fieldset>
      <div class="actions sticky-actions">
        <button type="submit" class="btn btn-primary" disabled={!!problem || save.kind === 'saving'}>Save</button>
        {problem ? <span class="field-error" role="status">{problem}</span> : <SaveStatus state={save} />}
      </div>
    </form>
  );
}
