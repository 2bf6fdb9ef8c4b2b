// Where a host page is, for the off switch: the workspace or tenant from the URL (only where the host
// puts it there) and the open conversation from the adapter. Reads, never writes.
import type { HostAdapter, HostId } from '../hosts/types';
import type { Place } from './rules';

/** Slack's team id is the first path segment after /client/ (lib/hosts/README.md: URL shapes). */
const SLACK_TEAM = /^\/client\/([TE][A-Z0-9]{2,})(?:\/|$)/;
/** Teams links carry the tenant as `tenantId` (a GUID) when the account has more than one. */
const TENANT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The workspace (Slack) or tenant (Teams) the URL names, or null when it names none. */
export function workspaceOf(host: HostId, location: Pick<Location, 'pathname' | 'search'>): Place['workspace'] {
  if (host === 'slack') {
    const team = SLACK_TEAM.exec(location.pathname)?.[1];
    return team ? { key: `slack:${team}`, label: team } : null;
  }
  const tenant = new URLSearchParams(location.search).get('tenantId');
  return tenant && TENANT.test(tenant) ? { key: `teams:${tenant.toLowerCase()}`, label: tenant.toLowerCase() } : null;
}

/** The page's place: host, workspace, and the open conversation when the adapter can name it. */
export function placeOf(adapter: HostAdapter, location: Pick<Location, 'pathname' | 'search'>): Place {
  let conversation: Place['conversation'] = null;
  try {
    const c = adapter.conversation();
    if (c.key && !c.key.endsWith(':title:')) conversation = { key: c.key, label: c.title || c.key };
  } catch (error) {
    console.debug('[composure] conversation unreadable', error);
  }
  return { host: adapter.id, workspace: workspaceOf(adapter.id, location), conversation };
}
