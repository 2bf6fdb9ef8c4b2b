// Diagnostics: which Slack or Teams element Composure could not find, as content scripts reported it
// (diagnostics/get). Same host and feature are folded into one line with the latest time.
import { SCHEDULE_FALLBACK } from '../../../lib/protocol/diagnostics';
import { HOST_NAMES } from '../../../lib/hosts/types';
import type { DiagnosticEntry } from '../../../lib/records/types';
import { errorMessage } from '../../../lib/contained';
import type { Client } from '../types';
import { useLoad } from '../useLoad';

/** Lines shown at most (newest first). */
export const MAX_LINES = 8;

export interface DiagnosticLine {
  key: string;
  text: string;
  times: number;
}

/** 'YYYY-MM-DD HH:MM' of `at` in `timeZone`. */
export function stamp(at: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

/** What one entry says: a selector that matched nothing, or a scheduled send the host did not take (the path tried, and why). */
function describe(e: DiagnosticEntry): string {
  if (e.feature.startsWith(SCHEDULE_FALLBACK)) {
    const path = e.feature.slice(SCHEDULE_FALLBACK.length);
    return `scheduled send went to the outbox (path ${path}${e.message ? `: ${e.message}` : ''})`;
  }
  return `selector ${e.selector ? `${e.feature} (${e.selector})` : e.feature} failed`;
}

/** Newest-first entries → "Slack: selector composerEditable failed (2026-11-21 14:02)" lines, folded. */
export function diagnosticLines(entries: readonly DiagnosticEntry[], timeZone: string): DiagnosticLine[] {
  const lines = new Map<string, DiagnosticLine>();
  for (const e of entries) {
    const what = e.selector ? `${e.feature} (${e.selector})` : e.feature;
    const key = `${e.host}|${what}`;
    const line = lines.get(key);
    if (line) line.times += 1;
    else lines.set(key, { key, text: `${HOST_NAMES[e.host]}: ${describe(e)} (${stamp(e.at, timeZone)})`, times: 1 });
  }
  return [...lines.values()].slice(0, MAX_LINES);
}

/** The Diagnostics block on the Privacy tab. */
export function Diagnostics({ client }: { client: Client }) {
  const load = useLoad(async () => {
    const [entries, settings] = await Promise.all([client.request({ type: 'diagnostics/get', limit: 200 }), client.request({ type: 'settings/get' })]);
    return diagnosticLines(entries, settings.me.timeZone);
  }, [client]);
  const s = load.state;
  return (
    <section aria-labelledby="diagnostics-title" data-testid="diagnostics">
      <h3 id="diagnostics-title">Diagnostics</h3>
      {s.status === 'loading' && <p class="small muted">Loading…</p>}
      {/* Secondary to the stored-data counts above, whose error is the tab's alert: said quietly here. */}
      {s.status === 'error' && <p class="small muted">Could not read diagnostics: {errorMessage(s.error)}</p>}
      {s.status === 'ready' && s.data.length === 0 && (
        <p class="small muted" data-testid="diagnostics-empty">Composure has found every Slack and Teams element it looked for.</p>
      )}
      {s.status === 'ready' && s.data.length > 0 && (
        <ul class="small stored">
          {s.data.map((line) => (
            <li key={line.key} data-testid="diagnostic">
              {line.text}
              {line.times > 1 && <span class="muted"> ×{line.times}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
