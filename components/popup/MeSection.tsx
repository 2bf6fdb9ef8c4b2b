// Me: the user's name, zone, working hours and time off (the sender side of every suggestion).
import { useEffect, useState } from 'preact/hooks';
import { detectTimeZone } from '../../lib/db/defaults';
import type { Me } from '../../lib/db/types';
import { DateRangeList, rangesProblem } from './controls/DateRangeList';
import { HoursEditor, hoursProblem } from './controls/HoursEditor';
import { TimeZoneSelect } from './controls/TimeZoneSelect';
import { dateIn } from './format';
import { ErrorNote, Loading, SaveStatus, type SaveState } from './States';
import type { SectionProps } from './types';
import { useLoad } from './useLoad';

/** The Me tab. */
export function MeSection({ client, now }: SectionProps) {
  const settings = useLoad(() => client.request({ type: 'settings/get' }), [client]);
  const [me, setMe] = useState<Me | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const detected = detectTimeZone();

  useEffect(() => {
    if (settings.state.status === 'ready') setMe(settings.state.data.me);
  }, [settings.state]);

  if (settings.state.status === 'loading' || (settings.state.status === 'ready' && !me)) return <Loading label="Loading your settings" />;
  if (settings.state.status === 'error') return <ErrorNote error={settings.state.error} onRetry={settings.reload} />;
  const form = me!;
  const edit = (patch: Partial<Me>) => {
    setMe({ ...form, ...patch });
    setSave({ kind: 'idle' });
  };
  const problem = hoursProblem(form.workingHours) ?? rangesProblem(form.outOfOffice);

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    if (problem) return;
    setSave({ kind: 'saving' });
    try {
      const next = await client.request({ type: 'settings/update', patch: { me: form } });
      settings.set(next);
      setSave({ kind: 'saved', text: 'Saved — suggestions now use these hours' });
    } catch (error) {
      setSave({ kind: 'error', error });
    }
  };

  return (
    <form class="section" onSubmit={onSubmit} aria-labelledby="me-title">
      <h2 id="me-title" class="visually-hidden">Me</h2>
      <p class="lede">Your own clock: send-time suggestions and focus times are read on it.</p>
      <div class="field">
        <label for="me-name">Name</label>
        <input id="me-name" class="input" value={form.name} placeholder="How teammates know you" autoComplete="name"
          onInput={(e) => edit({ name: (e.currentTarget as HTMLInputElement).value })} />
      </div>
      <div class="field">
        <label for="me-zone">Time zone</label>
        <TimeZoneSelect id="me-zone" value={form.timeZone} detected={detected} onChange={(timeZone) => edit({ timeZone })} />
        {form.timeZone !== detected && (
          <p class="hint">
            This browser is in {detected.replaceAll('_', ' ')}.{' '}
            <button type="button" class="link" onClick={() => edit({ timeZone: detected })}>Use it</button>
          </p>
        )}
      </div>
      <fieldset class="field">
        <legend>Working hours</legend>
        <HoursEditor idPrefix="me-hours" value={form.workingHours} onChange={(workingHours) => edit({ workingHours })} />
      </fieldset>
      <fieldset class="field">
        <legend>Time off</legend>
        <DateRangeList idPrefix="me-off" value={form.outOfOffice} today={dateIn(now(), form.timeZone)}
          onChange={(outOfOffice) => edit({ outOfOffice })} />
      </fieldset>
      <div class="actions sticky-actions">
        <button type="submit" class="btn btn-primary" disabled={!!problem || save.kind === 'saving'}>Save</button>
        {problem ? <span class="field-error" role="status">{problem}</span> : <SaveStatus state={save} />}
      </div>
    </form>
  );
}
