// Norms: the team's response target per urgency tier, used in the expectation lines the sidebar inserts.
import { useEffect, useState } from 'preact/hooks';
import { URGENCY_LABELS } from '../../lib/analysis/types';
import { defaultNorms } from '../../lib/db/defaults';
import type { Norms } from '../../lib/db/types';
import { NormCard } from './NormCard';
import { ErrorNote, Loading, SaveStatus, type SaveState } from './States';
import type { SectionProps } from './types';
import { useLoad } from './useLoad';

/** The Norms tab. */
export function NormsSection({ client }: SectionProps) {
  const settings = useLoad(() => client.request({ type: 'settings/get' }), [client]);
  const [norms, setNorms] = useState<Norms | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  useEffect(() => {
    if (settings.state.status === 'ready') setNorms(settings.state.data.norms);
  }, [settings.state]);

  if (settings.state.status === 'error') return <ErrorNote error={settings.state.error} onRetry={settings.reload} />;
  if (!norms) return <Loading label="Loading norms" />;
  const form = norms;
  const edit = (next: Norms) => {
    setNorms(next);
    setSave({ kind: 'idle' });
  };
  const blank = URGENCY_LABELS.find((t) => !form[t].expectation.trim());

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    if (blank) return;
    setSave({ kind: 'saving' });
    try {
      const next = await client.request({ type: 'settings/update', patch: { norms: form } });
      settings.set(next);
      setSave({ kind: 'saved', text: 'Saved — new expectation lines use these' });
    } catch (error) {
      setSave({ kind: 'error', error });
    }
  };

  return (
    <form class="section" onSubmit={onSubmit} aria-label="Team norms">
      <p class="lede">How fast each kind of message should be answered. The sidebar turns these into an expectation line you can add to a message.</p>
      {URGENCY_LABELS.map((tier) => (
        <NormCard key={tier} tier={tier} norm={form[tier]} onChange={(n) => edit({ ...form, [tier]: n })} />
      ))}
      <div class="actions sticky-actions">
        <button type="submit" class="btn btn-primary" disabled={!!blank || save.kind === 'saving'}>Save norms</button>
        <button type="button" class="btn btn-ghost" onClick={() => edit(defaultNorms())}>Restore defaults</button>
        {blank ? <span class="field-error" role="status">Give every tier an expectation line</span> : <SaveStatus state={save} />}
      </div>
    </form>
  );
}
