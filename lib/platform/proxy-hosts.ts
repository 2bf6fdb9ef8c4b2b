// Proxied hosts (Defender for Cloud Apps session proxies, `*.mcas.ms`): optional host permissions the
// user grants from the popup on such a page. Once granted, the background registers the same content
// script there; revoked, it unregisters it. The default permission list never grows.
import { browser } from 'wxt/browser';
import { PROXY_MATCHES, proxyMatchFor } from '../hosts/matches';

/** Id of the dynamically registered content script for proxied hosts. */
export const PROXY_SCRIPT_ID = 'composer-proxied';
/** The content script WXT builds from entrypoints/composer.content (same file as the static one). */
export const COMPOSER_SCRIPT = 'content-scripts/composer.js';

/** The subset of the browser APIs this module uses, injectable for tests. */
export interface ProxyApis {
  permissions: {
    getAll(): Promise<{ origins?: string[] }>;
    contains(p: { origins: string[] }): Promise<boolean>;
    request(p: { origins: string[] }): Promise<boolean>;
  };
  scripting: {
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<Array<{ id: string; matches?: string[] }>>;
    registerContentScripts(scripts: Array<Record<string, unknown>>): Promise<void>;
    updateContentScripts(scripts: Array<Record<string, unknown>>): Promise<void>;
    unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
  };
}

const defaultApis = (): ProxyApis => browser as unknown as ProxyApis;

/** The proxied origins the user has granted. */
export async function grantedProxyOrigins(apis: ProxyApis = defaultApis()): Promise<string[]> {
  const { origins = [] } = await apis.permissions.getAll();
  return origins.filter((o) => PROXY_MATCHES.includes(o)).sort();
}

/**
 * Makes the registered proxy content script match exactly the granted proxied origins (none: not
 * registered). Idempotent; run at every background start and on every permission change.
 */
export async function syncProxyContentScript(apis: ProxyApis = defaultApis()): Promise<string[]> {
  const matches = await grantedProxyOrigins(apis);
  const [current] = await apis.scripting.getRegisteredContentScripts({ ids: [PROXY_SCRIPT_ID] });
  if (matches.length === 0) {
    if (current) await apis.scripting.unregisterContentScripts({ ids: [PROXY_SCRIPT_ID] });
    return [];
  }
  const script = { id: PROXY_SCRIPT_ID, matches, js: [COMPOSER_SCRIPT], allFrames: true, runAt: 'document_idle' };
  if (!current) {
    try {
      await apis.scripting.registerContentScripts([{ ...script, persistAcrossSessions: true }]);
    } catch {
      // A browser without persistent registrations: this sync runs at every background start anyway.
      await apis.scripting.registerContentScripts([script]);
    }
  } else if ([...(current.matches ?? [])].sort().join(' ') !== matches.join(' '))
    await apis.scripting.updateContentScripts([{ id: PROXY_SCRIPT_ID, matches }]);
  return matches;
}

/**
 * Keeps the registration in step with the user's grants: now, and on every permission added or
 * removed. Failures are reported, never thrown (the background's other listeners must still register).
 */
export function watchProxyGrants(
  report: (e: unknown) => void,
  apis: ProxyGrantEvents & ProxyApis = defaultApis() as ProxyGrantEvents & ProxyApis,
): void {
  const sync = () => void syncProxyContentScript(apis).catch(report);
  try {
    apis.permissions.onAdded.addListener(sync);
    apis.permissions.onRemoved.addListener(sync);
  } catch (e) {
    report(e);
  }
  sync();
}

/** The permission events watchProxyGrants listens to. */
export interface ProxyGrantEvents {
  permissions: { onAdded: { addListener(f: () => void): void }; onRemoved: { addListener(f: () => void): void } };
}

/** What the popup offers on the active tab: nothing, or the proxied origin and whether it is granted. */
export interface ProxyOffer {
  origin: string;
  host: string;
  granted: boolean;
}

/** The offer for a tab URL (the popup reads it through activeTab). */
export async function proxyOfferFor(
  url: string | undefined,
  apis: ProxyApis = defaultApis(),
): Promise<ProxyOffer | null> {
  const origin = url ? proxyMatchFor(url) : null;
  if (!origin) return null;
  const granted = await apis.permissions.contains({ origins: [origin] });
  return { origin, host: new URL(url!).hostname, granted };
}

/** Asks the browser for `origin` (must run in the popup's click handler: a user gesture). */
export async function requestProxyOrigin(origin: string, apis: ProxyApis = defaultApis()): Promise<boolean> {
  if (!PROXY_MATCHES.includes(origin)) throw new Error(`Not a proxied Slack or Teams host: ${origin}`);
  return apis.permissions.request({ origins: [origin] });
}

/** The active tab's URL, readable from the popup through activeTab; undefined elsewhere. */
export async function activeTabUrl(): Promise<string | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.url;
  } catch {
    return undefined;
  }
}
