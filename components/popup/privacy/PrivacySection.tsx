// Privacy: what is stored, export everything, restore, erase — and the plain statement that nothing leaves.
import { useState } from 'preact/hooks';
import { downloadFile } from '../download';
import { plural } from '../format';
import { errorMessage } from '../../../lib/contained';
import { ErrorNote } from '../States';
import type { SectionProps } from '../types';
import { useLoad } from '../useLoad';
import type { RequestTally } from '../../../lib/privacy/requests';
import { Diagnostics } from './Diagnostics';
import { EraseAll } from './EraseAll';
import { NetworkRequests } from './NetworkRequests';
import { RestoreBackup } from './RestoreBackup';

/** The Privacy tab. */
export function PrivacySection({ client, ownRequests }: SectionProps & { ownRequests: () => RequestTally }) {
  const counts = useLoad(async () => {
    const [people, outbox, stats] = await Promise.all([
      client.request({ type: 'people/list' }),
      client.request({ type: 'outbox/list', status: ['scheduled', 'due'] }),
      client.request({ type: 'stats/get', days: 366 }),
    ]);
    return { people: people.length, drafts: outbox.length, days: stats.days.filter((d) => d.messagesAssisted > 0).length };
  }, [client]);
  const [notice, setNotice] = useState<string | null>(null);
  const c = counts.state.status === 'ready' ? counts.state.data : null;
  const n = (text: (v: NonNullable<typeof c>) => string) => (c ? <span class="count"> ({text(c)})</span> : null);

  const exportAll = async () => {
    try {
      const file = await client.request({ type: 'backup/export' });
      downloadFile(file);
      setNotice(`Saved ${file.filename}.`);
    } catch (e) {
      setNotice(`Export failed: ${errorMessage(e)}`);
    }
  };

  return (
    <div class="section">
      <section class="card promise">
        <h3>Nothing leaves this machine</h3>
        <p class="small">Composure has no server and no analytics. It reads your drafts inside Slack and Teams, and everything it keeps stays in this browser.</p>
        <NetworkRequests client={client} ownRequests={ownRequests} />
      </section>
      <section aria-labelledby="stored-title">
        <h3 id="stored-title">What is stored</h3>
        <ul class="stored">
          <li><strong>Settings</strong> — your name, time zone, hours, time off, norms and focus preferences.</li>
          <li><strong>Team directory</strong>{n((v) => plural(v.people, 'person', 'people'))} — names, handles, emails, zones and hours you added.</li>
          <li><strong>Outbox drafts</strong>{n((v) => `${v.drafts} waiting`)} — the text stays here until you send it yourself.</li>
          <li><strong>Focus sessions</strong> — start and end times only.</li>
          <li><strong>Daily totals</strong>{n((v) => plural(v.days, 'day'))} — counts, scores and urgency mix. Never message text.</li>
          <li><strong>Diagnostics</strong> — which Slack or Teams element could not be found. No page text.</li>
        </ul>
        {counts.state.status === 'error' && (
          <ErrorNote title="Could not count what is stored" error={counts.state.error} onRetry={counts.reload} />
        )}
      </section>
      <div class="actions">
        <button type="button" class="btn" onClick={() => void exportAll()}>Export everything (JSON)</button>
        {notice && <span class="muted small" role="status">{notice}</span>}
      </div>
      <RestoreBackup client={client} onRestored={() => void counts.reload()} />
      <Diagnostics client={client} />
      <EraseAll client={client} onErased={() => void counts.reload()} />
    </div>
  );
}
