// Importing a team file: choose or paste, check it (a dry run that writes nothing), then import.
// A file with any bad row is refused whole by the background; its rows' problems are listed here.
import { useState } from 'preact/hooks';
import { useEscape } from '../useEscape';
import type { RowError } from '../../../lib/io/row-error';
import type { Client } from '../../../lib/protocol/client';
import { MAX_FILE_CHARS } from '../../../lib/protocol/limits';
import { ProtocolError, type ImportReport } from '../../../lib/protocol/responses';
import { invalidProps } from '../form-errors';
import { plural } from '../format';
import { ErrorNote } from '../States';
import { RowErrors } from './RowErrors';

type Format = 'csv' | 'json';
type Phase =
  | { kind: 'idle' }
  | { kind: 'busy'; what: string }
  | { kind: 'invalid'; errors: RowError[]; label: string }
  | { kind: 'failed'; error: unknown }
  | { kind: 'preview'; report: ImportReport }
  | { kind: 'done'; report: ImportReport };

/** 'json' when the name ends .json or the text starts like JSON, else 'csv'. */
export function guessFormat(text: string, fileName?: string): Format {
  if (fileName) return /\.json$/i.test(fileName) ? 'json' : 'csv';
  return /^\s*[[{]/.test(text) ? 'json' : 'csv';
}

/** "2 added, 1 updated" (plus unchanged when any). */
export function reportText(r: ImportReport): string {
  const parts = [`${r.added} added`, `${r.updated} updated`];
  if (r.unchanged) parts.push(`${r.unchanged} unchanged`);
  return parts.join(', ');
}

export interface ImportPanelProps {
  client: Client;
  onImported: () => void;
  onClose: () => void;
}

/** One sentence for a file over the limit. */
function tooLarge(size: number): Error {
  return new Error(`This file is too large (${(size / 1_000_000).toFixed(1)} MB): Composure imports files up to ${MAX_FILE_CHARS / 1_000_000} MB.`);
}

/** The import panel of the Team tab. */
export function ImportPanel({ client, onImported, onClose }: ImportPanelProps) {
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | undefined>();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [pasting, setPasting] = useState(false);
  const format = guessFormat(text, fileName);
  useEscape(onClose);

  const run = async (dryRun: boolean, body = text, name = fileName) => {
    const fmt = guessFormat(body, name);
    if (body.length > MAX_FILE_CHARS) return setPhase({ kind: 'failed', error: tooLarge(body.length) });
    setPhase({ kind: 'busy', what: dryRun ? 'Checking…' : 'Importing…' });
    try {
      const report = await client.request({ type: 'people/import', format: fmt, text: body, dryRun });
      setPhase({ kind: dryRun ? 'preview' : 'done', report });
      if (!dryRun) onImported();
    } catch (error) {
      const errors = error instanceof ProtocolError && error.code === 'invalid-file' ? (error.details as { errors?: RowError[] })?.errors : undefined;
      setPhase(errors?.length ? { kind: 'invalid', errors, label: fmt === 'csv' ? 'Row' : 'Person' } : { kind: 'failed', error });
    }
  };

  const onFile = async (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    // Checked before reading: a file over the limit is never read into memory or sent.
    if (file.size > MAX_FILE_CHARS) return setPhase({ kind: 'failed', error: tooLarge(file.size) });
    const body = await file.text();
    setText(body);
    setFileName(file.name);
    await run(true, body, file.name);
  };

  // The file or the pasted text is the field: it points at its problems, which sit right under it.
  const invalid = invalidProps('import-problems', phase.kind === 'invalid');
  const results = (
    <div class="import-results" ref={(el) => el?.scrollIntoView?.({ block: 'nearest' })} key={phase.kind}>
      {phase.kind === 'busy' && <p class="muted" role="status">{phase.what}</p>}
      {phase.kind === 'invalid' && <RowErrors errors={phase.errors} label={phase.label} id="import-problems" />}
      {phase.kind === 'failed' && <ErrorNote title="Nothing was imported" error={phase.error} />}
      {phase.kind === 'preview' && (
        <div class="notice" role="status">
          <p>
            Ready: {plural(phase.report.added, 'new teammate')}, {plural(phase.report.updated, 'update')}
            {phase.report.unchanged ? `, ${phase.report.unchanged} already up to date` : ''}.
          </p>
          <button type="button" class="btn btn-primary btn-small" disabled={phase.report.added + phase.report.updated === 0} onClick={() => void run(false)}>
            Import
          </button>
        </div>
      )}
      {phase.kind === 'done' && (
        <p class="notice notice-ok" role="status" data-testid="import-report">
          Imported: {reportText(phase.report)}.
        </p>
      )}
    </div>
  );

  return (
    <section class="card import" aria-labelledby="import-title">
      <div class="card-head">
        <h3 id="import-title">Import teammates</h3>
        <button type="button" class="icon-btn" aria-label="Close import" onClick={onClose}>×</button>
      </div>
      <p class="hint">
        A CSV with <code>name, handle, email, timeZone, hours, outOfOffice</code> (hours like <code>mon-fri 09:00-17:00</code>) or a
        Composure JSON export. People already here are updated, matched by handle or email. A file with any bad row is not imported.
      </p>
      <div class="import-source">
        <label class="btn btn-small file-btn" for="import-file">Choose file…</label>
        <input id="import-file" type="file" class="visually-hidden" aria-label="Choose a file" accept=".csv,.json,text/csv,application/json" {...(fileName ? invalid : {})} onChange={onFile} />
        <span class="muted small file-name">{fileName ?? 'CSV or JSON'}</span>
        <button type="button" class="btn btn-small btn-ghost" aria-expanded={pasting} onClick={() => setPasting(!pasting)}>
          {pasting ? 'Hide paste box' : 'Paste instead'}
        </button>
      </div>
      {pasting && (
        <div class="field">
          <label for="import-text">Paste CSV or JSON</label>
          <textarea id="import-text" class="input mono" rows={4} value={fileName ? '' : text} spellcheck={false} {...(fileName ? {} : invalid)}
            onInput={(e) => {
              setText((e.currentTarget as HTMLTextAreaElement).value);
              setFileName(undefined);
              setPhase({ kind: 'idle' });
            }} />
          <div class="actions">
            <button type="button" class="btn btn-small" disabled={fileName !== undefined || !text.trim() || phase.kind === 'busy'} onClick={() => void run(true)}>
              Check {format.toUpperCase()}
            </button>
          </div>
        </div>
      )}
      {phase.kind !== 'idle' && results}
    </section>
  );
}
