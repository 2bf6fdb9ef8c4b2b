// "Network requests made by Composure": the background worker's count (privacy/requests) plus the
// popup's own, both from Resource Timing. Content scripts share the host page's timeline, so the
// scope is said in one line; the e2e privacy test watches every context from outside.
import type { RequestTally } from '../../../lib/privacy/requests';
import type { Client } from '../types';
import { useLoad } from '../useLoad';

/** The count, where it was measured, and — if it is ever not 0 — where the requests went. */
export function NetworkRequests({ client, ownRequests }: { client: Client; ownRequests: () => RequestTally }) {
  const load = useLoad(async () => {
    const background = await client.request({ type: 'privacy/requests' });
    const popup = ownRequests();
    return { background: background.background, popup: popup.count, urls: [...new Set([...background.urls, ...popup.urls])] };
  }, [client, ownRequests]);
  const s = load.state;
  if (s.status === 'loading') return <p class="requests muted">Counting network requests…</p>;
  if (s.status === 'error') {
    return (
      <p class="requests" data-testid="privacy-requests-error">
        Network requests made by Composure: <strong>unknown</strong> (the background did not answer)
      </p>
    );
  }
  const { background, popup, urls } = s.data;
  return (
    <>
      <p class="requests" data-testid="privacy-requests">
        Network requests made by Composure: <strong>{background + popup}</strong>
      </p>
      <p class="small muted" data-testid="privacy-requests-scope">
        Counted in the extension's own pages and worker (background {background}, this popup {popup}).
      </p>
      {urls.length > 0 && (
        <ul class="small" data-testid="privacy-request-urls">
          {urls.map((u) => (
            <li key={u}>{u}</li>
          ))}
        </ul>
      )}
    </>
  );
}
