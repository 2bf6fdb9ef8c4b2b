// Norms: the team's response target per urgency tier, used in the expectation lines the sidebar inserts.
import { useEffect, useState } from 'preact/hooks';
import { URGENCY_LABELS, type UrgencyLabel } from '../../lib/analysis/types';
import { defaultNorms } from '../../lib/records/defaults';
import type { Norms } from '../../lib/records/types';
import { FormSummary } from './FieldNote';
import { type FieldProblem, notSavedSummary, refusedProblems } from './form-errors';
import { URGENCY_INFO } from '../../lib/sidebar/labels';
import { NormCard, normProblems, type NormProblems } from './NormCard';
import { ErrorNote, Loading, SaveStatus, type SaveState } from './States';
import type { SectionProps } from './types';
import { useLoad } from './useLoad';

type NormField = `${UrgencyLabel}.${'expectation' | 'target'}`;
const NORM_LABELS = Object.fromEntries(
  URGENCY_LABELS.flatMap((t) => [
    [`${t}.expectation`, `${URGENCY_INFO[t].name} expectation line`],
    [`${t}.target`, `${URGENCY_INFO[t].name} reply target`],
  ]),
) as Record<NormField, string>;

/** 'patch.norms.urgent.targetMinutes' → 'urgent.target'. */
function normFieldOf(path: string): NormField | null {
  const [, , tier, key] = path.split('.');
  if (!URGENCY_LABELS.includes(tier as UrgencyLabel)) return null;
  return `${tier as UrgencyLabel}.${key === 'expectation' ? 'expectation' : 'target'}`;
}

/** The Norms tab. */
export function NormsSection({ client }: SectionProps) {
  const settings = useLoad(() => client.request({ type: 'settings/get' }), [client]);
  const [norms, setNorms] = useState<Norms | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  /** What the background refused on the last save, until the next edit. */
  const [refused, setRefused] = useState<FieldProblem<NormField>[]>([]);
  useEffect(() => {
    if (settings.state.status === 'ready') setNorms(settings.state.data.norms);
  }, [settings.state]);

  if (settings.state.status === 'error') return <ErrorNote error={settings.state.error} onRetry={settings.reload} />;
  if (!norms) return <Loading label="Loading norms" />;
  const form = norms;
  const edit = (next: Norms) => {
    setNorms(next);
    setSave({ kind: 'idle' });
    setRefused([]);
  };
  const live = Object.fromEntries(URGENCY_LABELS.map((t) => [t, normProblems(form[t])])) as Record<UrgencyLabel, NormProblems>;
  const problemsOf = (t: UrgencyLabel): NormProblems => {
    const mine = (key: 'expectation' | 'target') => refused.filter((p) => p.field === `${t}.${key}`).map((p) => p.message).join(' ') || undefined;
    return { expectation: live[t].expectation ?? mine('expectation'), target: live[t].target ?? mine('target') };
  };
  const blank = URGENCY_LABELS.find((t) => live[t].expectation);
  const tooLong = URGENCY_LABELS.find((t) => live[t].target);
  const problem = blank ? 'Give every tier an expectation line' : tooLong ? `${URGENCY_INFO[tooLong].name}: reply within at most 30 days` : undefined;

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    if (problem) return;
    setSave({ kind: 'saving' });
    try {
      const next = await client.request({ type: 'settings/update', patch: { norms: form } });
      settings.set(next);
      setSave({ kind: 'saved', text: 'Saved — new expectation lines use these' });
    } catch (error) {
      const found = refusedProblems<NormField>(error, normFieldOf, NORM_LABELS);
      setRefused(found);
      setSave({ kind: 'error', error: new Error(notSavedSummary(found, NORM_LABELS)) });
    }
  };

  return (
    <form class="section" onSubmit={onSubmit} aria-label="Team norms">
      <p class="lede">How fast each kind of message should be answered. The sidebar turns these into an expectation line you can add to a message.</p>
      <FormSummary testid="norms-form-summary" text={refused.length ? notSavedSummary(refused, NORM_LABELS) : ''} />
      {URGENCY_LABELS.map((tier) => (
        <NormCard key={tier} tier={tier} norm={form[tier]} problems={problemsOf(tier)} onChange={(n) => edit({ ...form, [tier]: n })} />
      ))}
      <div class="actions sticky-actions">
        <button type="submit" class="btn btn-primary" disabled={!!problem || save.kind === 'saving'}>Save norms</button>
        <button type="button" class="btn btn-ghost" onClick={() => edit(defaultNorms())}>Restore defaults</button>
        {problem ? <span class="field-error" role="status">{problem}</span> : <SaveStatus state={save} />}
      </div>
    </form>
  );
}
