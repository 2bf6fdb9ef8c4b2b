// The built manifests (Chrome MV3 and Firefox MV2) ask for exactly the permissions Composure needs,
// expose nothing to pages beyond the stylesheet WXT loads into the sidebar's shadow root, allow no
// remote code, and the built scripts contain no network channel of their own.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PERMISSIONS = ['activeTab', 'alarms', 'notifications', 'scripting'];
const HOSTS = [
  'https://app.slack.com/*',
  'https://teams.cloud.microsoft/*',
  'https://teams.live.com/*',
  'https://teams.microsoft.com/*',
];
/** Defender for Cloud Apps proxies of the work hosts: optional, asked for from the popup on such a page. */
const PROXIES = ['app.slack.com', 'teams.cloud.microsoft', 'teams.microsoft.com']
  .flatMap((h) => ['.mcas.ms', '.mcas-gov.ms', '.mcas-gov.us'].map((s) => `https://${h}${s}/*`))
  .sort();
/** What cssInjectionMode 'ui' needs: the content script fetches its own CSS into the shadow root. */
const EXPOSED = ['content-scripts/composer.css'];
/** Manifest keys that would open a channel to or from outside, or let remote code in. */
const FORBIDDEN_KEYS = ['externally_connectable', 'content_security_policy', 'update_url', 'oauth2', 'sandbox', 'key'];
/** APIs a bundle would need to talk to a server on its own (fetch is used only for the extension's own files; the e2e privacy test watches it). */
const NETWORK_APIS = ['WebSocket', 'XMLHttpRequest', 'sendBeacon', 'EventSource', 'importScripts', 'RTCPeerConnection', 'eval(', 'new Function('];

interface Built {
  dir: string;
  manifest: Record<string, any>;
}

function build(browser: 'chrome' | 'firefox'): Built {
  const outDir = mkdtempSync(join(tmpdir(), `composure-manifest-${browser}-`));
  execFileSync('npx', ['wxt', 'build', '-b', browser], {
    stdio: 'pipe',
    env: { ...process.env, COMPOSURE_OUT_DIR: outDir },
  });
  const dir = join(outDir, browser === 'chrome' ? 'chrome-mv3' : 'firefox-mv2');
  return { dir, manifest: JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) };
}

function files(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix)).flatMap((name) => {
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(join(dir, rel)).isDirectory() ? files(dir, rel) : [rel];
  });
}

/** Checks shared by both builds: no forbidden keys, own scripts only, no network APIs in the bundles. */
function expectSealed({ dir, manifest: m }: Built): void {
  for (const key of FORBIDDEN_KEYS) expect(m, key).not.toHaveProperty(key);
  for (const cs of m.content_scripts) {
    expect([...cs.matches].sort()).toEqual(HOSTS);
    expect(cs.js).toEqual(['content-scripts/composer.js']);
  }
  expect(m.content_scripts).toHaveLength(1);
  const html = readFileSync(join(dir, 'popup.html'), 'utf8');
  for (const ref of html.matchAll(/(?:src|href)="([^"]+)"/g)) expect(ref[1]).toMatch(/^\/[\w./-]+$/);
  const scripts = files(dir).filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThanOrEqual(3);
  for (const f of scripts) {
    const code = readFileSync(join(dir, f), 'utf8');
    for (const api of NETWORK_APIS) expect(code.includes(api), `${f} uses ${api}`).toBe(false);
  }
  rmSync(join(dir, '..'), { recursive: true, force: true });
}

describe('built manifests', () => {
  it('chrome: MV3, allowlisted permissions, hosts and exposed files only; sealed', () => {
    const built = build('chrome');
    const m = built.manifest;
    expect(m.manifest_version).toBe(3);
    expect(m.name).toBe('Composure');
    expect([...m.permissions].sort()).toEqual(PERMISSIONS);
    expect([...m.host_permissions].sort()).toEqual(HOSTS);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect([...m.optional_host_permissions].sort()).toEqual(PROXIES);
    expect(m.background).toEqual({ service_worker: 'background.js' });
    expect(m.web_accessible_resources).toHaveLength(1);
    const [war] = m.web_accessible_resources;
    expect(war.resources).toEqual(EXPOSED);
    // The proxied hosts load the same stylesheet once the user granted them.
    expect([...war.matches].sort()).toEqual([...HOSTS, ...PROXIES].sort());
    // A per-session URL, so pages cannot fingerprint the extension by probing its id.
    expect(war.use_dynamic_url).toBe(true);
    expect(war).not.toHaveProperty('extension_ids');
    expectSealed(built);
  }, 60_000);

  it('firefox: gecko id, no data collection, same permissions and exposed files; sealed', () => {
    const built = build('firefox');
    const m = built.manifest;
    expect(m.manifest_version).toBe(2);
    expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect([...m.permissions].sort()).toEqual([...PERMISSIONS, ...HOSTS].sort());
    expect([...m.optional_permissions].sort()).toEqual(PROXIES);
    // An event page (persistent: false), suspended when idle like Chrome's service worker.
    expect(m.background).toEqual({ scripts: ['background.js'], persistent: false });
    expect(m.web_accessible_resources).toEqual(EXPOSED);
    expectSealed(built);
  }, 60_000);
});
