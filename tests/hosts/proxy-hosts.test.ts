// Proxied hosts (Defender for Cloud Apps, *.mcas.ms): recognised as their host, offered from the popup
// on such a tab only, and the content script registered exactly where the user granted the optional
// permission (none granted: none registered).
import { describe, expect, it, vi } from 'vitest';
import { hostOf } from '../../lib/hosts';
import { PROXY_MATCHES, appOfOrigin, hostOriginOf, proxyMatchFor, unproxied } from '../../lib/hosts/matches';
import { isHostUrl } from '../../lib/background/broadcast';
import {
  PROXY_SCRIPT_ID,
  proxyOfferFor,
  requestProxyOrigin,
  syncProxyContentScript,
  watchProxyGrants,
  type ProxyApis,
} from '../../lib/platform/proxy-hosts';

function fakeApis(granted: string[] = []) {
  const scripts = new Map<string, { id: string; matches?: string[] }>();
  const calls: string[] = [];
  const apis: ProxyApis = {
    permissions: {
      getAll: async () => ({ origins: ['https://app.slack.com/*', ...granted] }),
      contains: async ({ origins }) => origins.every((o) => granted.includes(o)),
      request: async ({ origins }) => {
        calls.push(`request ${origins.join(' ')}`);
        granted.push(...origins);
        return true;
      },
    },
    scripting: {
      getRegisteredContentScripts: async ({ ids } = {}) =>
        [...scripts.values()].filter((s) => !ids || ids.includes(s.id)),
      registerContentScripts: async (list) => {
        for (const s of list) scripts.set(String(s.id), { id: String(s.id), matches: s.matches as string[] });
        calls.push('register');
      },
      updateContentScripts: async (list) => {
        for (const s of list) scripts.set(String(s.id), { id: String(s.id), matches: s.matches as string[] });
        calls.push('update');
      },
      unregisterContentScripts: async ({ ids } = {}) => {
        for (const id of ids ?? []) scripts.delete(id);
        calls.push('unregister');
      },
    },
  };
  return { apis, scripts, calls, granted };
}

describe('proxied hosts', () => {
  it('recognises the proxied work hosts as Slack and Teams, nothing else', () => {
    expect(hostOf({ hostname: 'teams.microsoft.com.mcas.ms' })).toBe('teams');
    expect(hostOf({ hostname: 'teams.cloud.microsoft.mcas-gov.us' })).toBe('teams');
    expect(hostOf({ hostname: 'app.slack.com.mcas.ms' })).toBe('slack');
    expect(hostOf({ hostname: 'teams.live.com.mcas.ms' })).toBeNull();
    expect(hostOf({ hostname: 'evil.example.mcas.ms' })).toBeNull();
    expect(hostOf({ hostname: 'mcas.ms' })).toBeNull();
    expect(unproxied('TEAMS.MICROSOFT.COM.MCAS.MS')).toBe('teams.microsoft.com');
    expect(PROXY_MATCHES).toHaveLength(9);
  });

  it('derives the one optional pattern for a proxied page, none for others', () => {
    expect(proxyMatchFor('https://teams.cloud.microsoft.mcas.ms/v2/?ctx=chat')).toBe(
      'https://teams.cloud.microsoft.mcas.ms/*',
    );
    expect(proxyMatchFor('http://teams.cloud.microsoft.mcas.ms/')).toBeNull();
    expect(proxyMatchFor('https://teams.microsoft.com/v2/')).toBeNull();
    expect(proxyMatchFor('not a url')).toBeNull();
  });

  it('offers the permission on a proxied tab, says when it is granted, and asks only for known patterns', async () => {
    const f = fakeApis();
    expect(await proxyOfferFor('https://example.com/', f.apis)).toBeNull();
    expect(await proxyOfferFor(undefined, f.apis)).toBeNull();
    expect(await proxyOfferFor('https://app.slack.com.mcas.ms/client/T1/C1', f.apis)).toEqual({
      origin: 'https://app.slack.com.mcas.ms/*',
      host: 'app.slack.com.mcas.ms',
      granted: false,
    });
    expect(await requestProxyOrigin('https://app.slack.com.mcas.ms/*', f.apis)).toBe(true);
    expect((await proxyOfferFor('https://app.slack.com.mcas.ms/client/T1/C1', f.apis))?.granted).toBe(true);
    await expect(requestProxyOrigin('https://*/*', f.apis)).rejects.toThrow(/Not a proxied/);
  });

  it('registers the content script exactly where granted, updates it, and removes it when revoked', async () => {
    const f = fakeApis();
    expect(await syncProxyContentScript(f.apis)).toEqual([]);
    expect(f.scripts.size).toBe(0);
    f.granted.push('https://teams.microsoft.com.mcas.ms/*');
    await syncProxyContentScript(f.apis);
    expect(f.scripts.get(PROXY_SCRIPT_ID)?.matches).toEqual(['https://teams.microsoft.com.mcas.ms/*']);
    await syncProxyContentScript(f.apis);
    expect(f.calls).toEqual(['register']);
    f.granted.push('https://app.slack.com.mcas.ms/*');
    await syncProxyContentScript(f.apis);
    expect(f.scripts.get(PROXY_SCRIPT_ID)?.matches).toEqual([
      'https://app.slack.com.mcas.ms/*',
      'https://teams.microsoft.com.mcas.ms/*',
    ]);
    f.granted.length = 0;
    await syncProxyContentScript(f.apis);
    expect(f.scripts.size).toBe(0);
    expect(f.calls).toEqual(['register', 'update', 'unregister']);
  });

  it('proxied origins are host origins (outbox links, broadcasts), lookalikes are not', () => {
    expect(hostOriginOf('https://app.slack.com.mcas.ms/client/T1/C1')).toBe('https://app.slack.com.mcas.ms');
    expect(hostOriginOf('https://teams.microsoft.com.mcas-gov.ms/v2/')).toBe('https://teams.microsoft.com.mcas-gov.ms');
    expect(hostOriginOf('https://teams.live.com.mcas.ms/')).toBeNull();
    expect(hostOriginOf('https://app.slack.com.mcas.ms.evil.example/')).toBeNull();
    expect(hostOriginOf('http://app.slack.com.mcas.ms/')).toBeNull();
    expect(appOfOrigin('https://app.slack.com.mcas.ms')).toBe('slack');
    expect(appOfOrigin('https://teams.cloud.microsoft.mcas.ms')).toBe('teams');
    expect(appOfOrigin('https://teams.live.com')).toBe('teams');
    expect(appOfOrigin('https://evil.example')).toBeNull();
    expect(isHostUrl('https://teams.microsoft.com.mcas.ms/v2/')).toBe(true);
    expect(isHostUrl('https://evil.example.mcas.ms/')).toBe(false);
  });

  it('follows the grants: synced at start, again on every permission added or removed', async () => {
    const { apis, scripts, granted } = fakeApis();
    const listeners: Array<() => void> = [];
    const events = {
      onAdded: { addListener: (f: () => void) => listeners.push(f) },
      onRemoved: { addListener: (f: () => void) => listeners.push(f) },
    };
    const errors: unknown[] = [];
    watchProxyGrants((e) => errors.push(e), { ...apis, permissions: { ...apis.permissions, ...events } });
    expect(listeners).toHaveLength(2);
    granted.push('https://app.slack.com.mcas.ms/*');
    listeners[0]!();
    await vi.waitFor(() => expect(scripts.get(PROXY_SCRIPT_ID)?.matches).toEqual(['https://app.slack.com.mcas.ms/*']));
    granted.length = 0;
    listeners[1]!();
    await vi.waitFor(() => expect(scripts.has(PROXY_SCRIPT_ID)).toBe(false));
    expect(errors).toEqual([]);
  });

  it('a browser without permission events reports it and still syncs once', async () => {
    const { apis, scripts } = fakeApis(['https://teams.microsoft.com.mcas.ms/*']);
    const errors: unknown[] = [];
    const broken = {
      onAdded: {
        addListener: () => {
          throw new Error('not implemented');
        },
      },
      onRemoved: { addListener: () => undefined },
    };
    expect(() =>
      watchProxyGrants((e) => errors.push(e), { ...apis, permissions: { ...apis.permissions, ...broken } }),
    ).not.toThrow();
    await vi.waitFor(() =>
      expect(scripts.get(PROXY_SCRIPT_ID)?.matches).toEqual(['https://teams.microsoft.com.mcas.ms/*']),
    );
    expect(String(errors[0])).toContain('not implemented');
  });
});
