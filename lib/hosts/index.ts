// Entry to the host adapters: pick the one for the page we run in.
import { createSlackAdapter } from './slack/adapter';
import { createTeamsAdapter } from './teams/adapter';
import type { AdapterOptions, HostAdapter, HostId } from './types';

export { HOST_MATCHES, PROXY_MATCHES, proxyMatchFor, unproxied } from './matches';
import { unproxied } from './matches';
export { createSlackAdapter } from './slack/adapter';
export { createTeamsAdapter } from './teams/adapter';
export type * from './types';

const TEAMS_HOSTS = new Set(['teams.microsoft.com', 'teams.cloud.microsoft', 'teams.live.com']);

/** Which host a location belongs to (directly or through a Defender for Cloud Apps proxy), or null outside Slack and Teams. */
export function hostOf(location: Pick<Location, 'hostname'>): HostId | null {
  const name = unproxied(location.hostname) ?? location.hostname;
  if (name === 'app.slack.com') return 'slack';
  if (TEAMS_HOSTS.has(name)) return 'teams';
  return null;
}

/** The adapter for `location`'s host, or null when the page is neither Slack nor Teams. */
export function pickAdapter(location: Pick<Location, 'hostname'>, opts: AdapterOptions = {}): HostAdapter | null {
  const host = hostOf(location);
  if (host === 'slack') return createSlackAdapter(opts);
  if (host === 'teams') return createTeamsAdapter(opts);
  return null;
}
