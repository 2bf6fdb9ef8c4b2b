// Team: the directory — search, add, edit, delete, each person's clock, import and export.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PersonRecord } from '../../../lib/records/types';
import { downloadFile } from '../download';
import { plural } from '../format';
import { errorMessage } from '../../../lib/contained';
import { Empty, ErrorNote, Loading } from '../States';
import type { SectionProps } from '../types';
import { useLoad } from '../useLoad';
import { ImportPanel } from './ImportPanel';
import { PersonForm } from './PersonForm';
import { PersonRow } from './PersonRow';

type Mode = { kind: 'list' } | { kind: 'form'; person?: PersonRecord };

/** The Team tab. */
export function TeamSection({ client, now }: SectionProps) {
  const [query, setQuery] = useState('');
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [importing, setImporting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  /** What opened the form or import panel, focused again when it closes. */
  const returnTo = useRef<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const open = (next: Mode, from: string) => {
    returnTo.current = from;
    setMode(next);
  };
  useEffect(() => {
    if (mode.kind !== 'list' || !returnTo.current) return;
    (root.current?.querySelector<HTMLElement>(returnTo.current) ?? root.current?.querySelector<HTMLElement>('[data-testid="team-add"]'))?.focus();
    returnTo.current = null;
  }, [mode, importing]);
  const people = useLoad(() => client.request({ type: 'people/list', ...(query.trim() ? { query: query.trim() } : {}) }), [client, query]);

  if (mode.kind === 'form') {
    return (
      <PersonForm client={client} now={now()} person={mode.person} onDone={(saved, created, answered) => {
        setMode({ kind: 'list' });
        if (saved && answered) setNotice(`${answered} updated${answered === saved.name ? '' : ` (now ${saved.name})`}.`);
        else if (saved && (created || mode.person)) setNotice(`${saved.name} ${created ? 'added' : 'updated'}.`);
        else if (saved) setNotice(`Matched an existing teammate by handle or email: ${saved.name} updated.`);
        void people.reload();
      }} />
    );
  }

  const exportAs = async (format: 'csv' | 'json') => {
    try {
      downloadFile(await client.request({ type: 'people/export', format }));
      setNotice(`Exported as ${format.toUpperCase()}.`);
    } catch (e) {
      setNotice(`Export failed: ${errorMessage(e)}`);
    }
  };
  const remove = async (p: PersonRecord) => {
    try {
      await client.request({ type: 'people/delete', id: p.id });
      setNotice(`${p.name} deleted.`);
    } catch (e) {
      setNotice(`Could not delete ${p.name}: ${errorMessage(e)}`);
    }
    await people.reload();
  };

  const s = people.state;
  return (
    <div class="section" ref={root}>
      <div class="toolbar">
        <label class="visually-hidden" for="team-search">Search teammates</label>
        <input id="team-search" type="search" class="input search" placeholder="Search name, handle or email" value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
        <button type="button" class="btn btn-primary" data-testid="team-add" onClick={() => open({ kind: 'form' }, '[data-testid="team-add"]')}>Add</button>
      </div>
      <div class="toolbar toolbar-secondary">
        <button type="button" class="btn btn-small" data-testid="team-import" aria-expanded={importing} onClick={() => {
          setImporting(!importing);
          setNotice(null);
        }}>Import…</button>
        <span class="muted small export-label">Export</span>
        <button type="button" class="btn btn-small" aria-label="Export team as CSV" onClick={() => void exportAs('csv')}>CSV</button>
        <button type="button" class="btn btn-small" aria-label="Export team as JSON" onClick={() => void exportAs('json')}>JSON</button>
      </div>
      {notice && <p class="notice notice-ok" role="status">{notice}</p>}
      {importing && <ImportPanel client={client} onClose={() => {
        returnTo.current = '[data-testid="team-import"]';
        setImporting(false);
      }} onImported={() => void people.reload()} />}
      {s.status === 'loading' && <Loading label="Loading teammates" />}
      {s.status === 'error' && <ErrorNote error={s.error} onRetry={people.reload} />}
      {s.status === 'ready' && s.data.length === 0 && (query.trim() ? (
        <Empty title={`No one matches “${query.trim()}”`}>
          <p>Try part of a name, a handle or an email.</p>
        </Empty>
      ) : (
        <Empty title="No teammates yet — add one or import a CSV">
          <p>Composure uses their time zones and hours to suggest when to send.</p>
          <div class="actions">
            <button type="button" class="btn btn-primary" onClick={() => setMode({ kind: 'form' })}>Add a teammate</button>
            <button type="button" class="btn" onClick={() => setImporting(true)}>Import a file</button>
          </div>
        </Empty>
      ))}
      {s.status === 'ready' && s.data.length > 0 && (
        <>
          <p class="muted small" role="status">{plural(s.data.length, 'teammate')}{query.trim() ? ' found' : ''}</p>
          <ul class="people" aria-label="Teammates">
            {s.data.map((p) => (
              <PersonRow key={p.id} person={p} now={now()} onEdit={() => open({ kind: 'form', person: p }, `[aria-label="Edit ${p.name.replace(/["\\]/g, '\\$&')}"]`)} onDelete={() => remove(p)} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
