// The built manifests ask for exactly the permissions Composure needs, and no more.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PERMISSIONS = ['alarms', 'notifications', 'storage'];
const HOSTS = [
  'https://app.slack.com/*',
  'https://teams.cloud.microsoft/*',
  'https://teams.live.com/*',
  'https://teams.microsoft.com/*',
];

function build(browser: 'chrome' | 'firefox') {
  const outDir = mkdtempSync(join(tmpdir(), `composure-manifest-${browser}-`));
  execFileSync('npx', ['wxt', 'build', '-b', browser], {
    stdio: 'pipe',
    env: { ...process.env, COMPOSURE_OUT_DIR: outDir },
  });
  const dir = browser === 'chrome' ? 'chrome-mv3' : 'firefox-mv2';
  return JSON.parse(readFileSync(join(outDir, dir, 'manifest.json'), 'utf8'));
}

describe('built manifests', () => {
  it('chrome: MV3, allowlisted permissions and hosts only', () => {
    const m = build('chrome');
    expect(m.manifest_version).toBe(3);
    expect(m.name).toBe('Composure');
    expect([...m.permissions].sort()).toEqual(PERMISSIONS);
    expect([...m.host_permissions].sort()).toEqual(HOSTS);
    expect(m.optional_permissions ?? []).toEqual([]);
    for (const cs of m.content_scripts) expect([...cs.matches].sort()).toEqual(HOSTS);
    expect(m.content_security_policy).toBeUndefined();
  }, 60_000);

  it('firefox: gecko id, no data collection, same permissions', () => {
    const m = build('firefox');
    expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    const perms = [...m.permissions].sort();
    expect(perms).toEqual([...PERMISSIONS, ...HOSTS].sort());
    for (const cs of m.content_scripts) expect([...cs.matches].sort()).toEqual(HOSTS);
  }, 60_000);
});
