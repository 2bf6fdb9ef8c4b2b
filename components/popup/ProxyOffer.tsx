// On a Slack or Teams page served through a Defender for Cloud Apps proxy (`*.mcas.ms`), the popup
// offers to let Composure run there: an optional permission asked for on the user's click only.
import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../../lib/contained';
import type { ProxyAccess } from './types';

type Phase =
  | { kind: 'none' }
  | { kind: 'offer' | 'granted' | 'refused'; host: string; origin: string }
  | { kind: 'error'; message: string };

export function ProxyOffer({ access }: { access: ProxyAccess }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'none' });
  useEffect(() => {
    let live = true;
    access.offer().then(
      (o) =>
        live &&
        setPhase(o ? { kind: o.granted ? 'granted' : 'offer', host: o.host, origin: o.origin } : { kind: 'none' }),
      () => live && setPhase({ kind: 'none' }),
    );
    return () => {
      live = false;
    };
  }, [access]);
  if (phase.kind === 'none' || phase.kind === 'granted') return null;
  if (phase.kind === 'error')
    return (
      <p class="proxy-offer error" role="alert">
        {phase.message}
      </p>
    );
  const allow = async () => {
    try {
      const ok = await access.allow(phase.origin);
      setPhase({ ...phase, kind: ok ? 'granted' : 'refused' });
      if (ok) access.reload();
    } catch (error) {
      setPhase({ kind: 'error', message: errorMessage(error) });
    }
  };
  return (
    <div class="proxy-offer" data-testid="proxy-offer" role="region" aria-label="Proxied host">
      <p>
        This page is served through your organisation's security proxy (<strong>{phase.host}</strong>). Composure can
        work here too; your browser will ask you to allow it for this host only.
      </p>
      {phase.kind === 'refused' && (
        <p class="muted" role="status">
          Not allowed. You can ask again at any time.
        </p>
      )}
      <button type="button" class="btn btn-primary btn-small" data-testid="proxy-allow" onClick={() => void allow()}>
        Allow on {phase.host}
      </button>
    </div>
  );
}
