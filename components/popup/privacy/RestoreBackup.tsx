// Restore from a full backup: choose the file, see what it replaces and what it keeps, then confirm.
// The background validates the file (a dry run writes nothing) and writes it in one transaction.
import { useRef, useState } from 'preact/hooks';
import type { Client } from '../../../lib/protocol/client';
import { MAX_FILE_CHARS } from '../../../lib/protocol/limits';
import { ProtocolError, type RestoreReport } from '../../../lib/protocol/responses';
import { ErrorNote } from '../States';
import { useEscape } from '../useEscape';
import { keptText, madeText, previewRows, restoredText } from './restore-text';

type Phase =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'preview'; report: RestoreReport; text: string; zone: string }
  | { kind: 'restoring'; report: RestoreReport; text: string; zone: string }
  | { kind: 'done'; report: RestoreReport }
  | { kind: 'refused'; error: unknown };

/** A refused file's one sentence (the title already says nothing was restored); any other error as it is. */
function refusal(e: unknown): unknown {
  const problem =
    e instanceof ProtocolError && e.code === 'invalid-file'
      ? (e.details as { problem?: unknown } | undefined)?.problem
      : undefined;
  return typeof problem === 'string' ? new Error(problem) : e;
}

/** The Privacy tab's restore card; `onRestored` runs after the data was replaced. */
export function RestoreBackup({ client, onRestored }: { client: Client; onRestored: () => void }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [fileName, setFileName] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const cancel = () => {
    setPhase({ kind: 'idle' });
    if (input.current) input.current.value = '';
    input.current?.focus();
  };
  useEscape(cancel, phase.kind === 'preview');

  const onFile = async (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    setFileName(file.name);
    // Checked before reading: a file over the limit is never read into memory or sent.
    if (file.size > MAX_FILE_CHARS) {
      const mb = (file.size / 1_000_000).toFixed(1);
      return setPhase({
        kind: 'refused',
        error: new Error(
          `This file is too large (${mb} MB) to be a Composure backup: backups up to ${MAX_FILE_CHARS / 1_000_000} MB are read.`,
        ),
      });
    }
    setPhase({ kind: 'checking' });
    try {
      const text = await file.text();
      // Choosing the same file again (after a refusal or Cancel) must read it again.
      if (input.current) input.current.value = '';
      const [report, settings] = await Promise.all([
        client.request({ type: 'backup/import', text, dryRun: true }),
        client.request({ type: 'settings/get' }),
      ]);
      setPhase({ kind: 'preview', report, text, zone: settings.me.timeZone });
    } catch (error) {
      setPhase({ kind: 'refused', error });
    }
  };

  const restore = async () => {
    if (phase.kind !== 'preview') return;
    setPhase({ ...phase, kind: 'restoring' });
    try {
      const report = await client.request({ type: 'backup/import', text: phase.text });
      setPhase({ kind: 'done', report });
      onRestored();
    } catch (error) {
      setPhase({ kind: 'refused', error });
    }
  };

  const asking = phase.kind === 'preview' || phase.kind === 'restoring';
  return (
    <section class="card restore" aria-labelledby="restore-title">
      <h3 id="restore-title">Restore from a backup</h3>
      <p class="small">
        Choose a file saved by “Export everything”. You see what it would replace before anything changes.
      </p>
      <div class="import-source">
        <label class="btn btn-small file-btn" for="restore-file">
          Choose backup…
        </label>
        <input
          id="restore-file"
          ref={input}
          type="file"
          class="visually-hidden"
          accept=".json,application/json"
          disabled={asking}
          data-testid="restore-file"
          onChange={(e) => void onFile(e)}
        />
        <span class="muted small file-name">{fileName || 'composure-backup-….json'}</span>
      </div>
      {phase.kind === 'checking' && (
        <p class="muted small" role="status">
          Checking the file…
        </p>
      )}
      {phase.kind === 'refused' && (
        <div data-testid="restore-error">
          <ErrorNote title="Nothing was restored" error={refusal(phase.error)} />
        </div>
      )}
      {phase.kind === 'done' && (
        <p class="notice notice-ok" role="status" data-testid="restore-done">
          {restoredText(phase.report, fileName)}
        </p>
      )}
      {asking && (
        <div
          class="restore-preview"
          role="alertdialog"
          aria-labelledby="restore-q"
          aria-describedby="restore-kept"
          data-testid="restore-preview"
          ref={(el) => el?.scrollIntoView?.({ block: 'nearest' })}
        >
          <p id="restore-q">
            <strong>Replace your data with this backup?</strong>{' '}
            <span class="muted small">{madeText(phase.report.exportedAt, phase.zone)}</span>
          </p>
          <table class="restore-table">
            <thead>
              <tr>
                <th scope="col">Replaced</th>
                <th scope="col">Here now</th>
                <th scope="col">From the backup</th>
              </tr>
            </thead>
            <tbody>
              {previewRows(phase.report).map((r) => (
                <tr key={r.table} data-testid={`restore-row-${r.table}`}>
                  <th scope="row">
                    {r.label}
                    {r.hint && <span class="muted small"> ({r.hint})</span>}
                  </th>
                  <td>{r.current}</td>
                  <td>{r.backup}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p id="restore-kept" class="small">
            {keptText(phase.report)} This cannot be undone; export first if you may want today’s data back.
          </p>
          <div class="actions">
            <button
              type="button"
              class="btn btn-danger"
              disabled={phase.kind === 'restoring'}
              onClick={() => void restore()}
              data-testid="restore-confirm"
            >
              {phase.kind === 'restoring' ? 'Restoring…' : 'Replace with this backup'}
            </button>
            <button type="button" class="btn btn-ghost" autoFocus onClick={cancel} data-testid="restore-cancel">
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
