// The off switch in the popup, above the tabs: what is off or paused (each with "Turn on"), and for
// the tab the popup was opened on, pause or turn Composure off there.
import { useState } from 'preact/hooks';
import { HOST_NAMES } from '../../../lib/hosts/types';
import { describeRule, offRuleFor, type OffRule, type Place } from '../../../lib/switch/rules';
import type { RequestInput } from '../../../lib/protocol/messages';
import { errorMessage } from '../../../lib/contained';
import { useLoad } from '../useLoad';
import type { SectionProps } from '../types';

interface World {
  rules: OffRule[];
  here: Place | null;
  zone: string;
}

export function SitesStrip({ client, now }: SectionProps) {
  const world = useLoad<World>(async () => {
    const [rules, here] = await Promise.all([client.request({ type: 'switch/list' }), client.request({ type: 'switch/here' }).catch(() => null)]);
    // The user's own clock is only needed to say until when a pause lasts.
    const zone = rules.some((r) => r.until !== null) ? (await client.request({ type: 'settings/get' })).me.timeZone : 'UTC';
    return { rules, here, zone };
  }, [client]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (world.state.status !== 'ready') {
    return world.state.status === 'error' ? (
      // The sections below say why storage failed; here, only what it means for the switch.
      <p class="hint sites-note">The off switch could not be read, so Composure is on everywhere.</p>
    ) : null;
  }
  const data = world.state.data;
  const { rules, here, zone } = data;
  const t = now();
  const run = async (request: RequestInput & { type: 'switch/off' | 'switch/on' | 'switch/pause' }) => {
    setBusy(true);
    setError(null);
    try {
      const next = await client.request(request);
      world.set({ ...data, rules: next });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const offHere = here ? offRuleFor(rules, { host: here.host, workspace: here.workspace?.key ?? null, conversation: here.conversation?.key ?? null }, t) : null;
  const off = (scope: 'host' | 'workspace' | 'conversation', target: { key: string; label: string }) =>
    void run({ type: 'switch/off', scope, host: here!.host, key: target.key, label: target.label });

  return (
    <section class="sites-strip" aria-label="Where Composure is on">
      {here && (
        <div class="sites-here">
          <p class="sites-status" data-testid="site-status">
            {offHere ? describeRule(offHere, t, zone) : `On in ${here.conversation ? `${here.conversation.label} (${HOST_NAMES[here.host]})` : HOST_NAMES[here.host]}`}
          </p>
          {!offHere && (
            <div class="actions sites-actions">
              <button type="button" class="btn btn-small" data-testid="pause" disabled={busy} onClick={() => void run({ type: 'switch/pause', for: 'hour' })}>
                Pause 1 hour
              </button>
              <button type="button" class="btn btn-small" data-testid="pause-morning" disabled={busy} onClick={() => void run({ type: 'switch/pause', for: 'morning' })}>
                Until tomorrow morning
              </button>
              <span class="muted small">Turn off:</span>
              {here.conversation && (
                <button type="button" class="btn btn-small" data-testid="off-conversation" disabled={busy} onClick={() => off('conversation', here.conversation!)}>
                  {here.conversation.label}
                </button>
              )}
              {here.workspace && (
                <button type="button" class="btn btn-small" data-testid="off-workspace" disabled={busy} onClick={() => off('workspace', here.workspace!)}>
                  Workspace {here.workspace.label}
                </button>
              )}
              <button type="button" class="btn btn-small" data-testid="off-host" disabled={busy} onClick={() => off('host', { key: here.host, label: HOST_NAMES[here.host] })}>
                All of {HOST_NAMES[here.host]}
              </button>
            </div>
          )}
        </div>
      )}
      <ul class="sites-list" data-testid="sites" aria-label="Off or paused">
        {rules.map((rule) => (
          <li key={rule.id} class="sites-item" data-testid="site" data-scope={rule.scope}>
            <span>{describeRule(rule, t, zone)}</span>
            <button type="button" class="btn btn-small btn-primary" data-testid="site-on" disabled={busy} onClick={() => void run({ type: 'switch/on', id: rule.id })}>
              Turn on
            </button>
          </li>
        ))}
      </ul>
      {error && <p class="form-error" role="alert">{error}</p>}
    </section>
  );
}
