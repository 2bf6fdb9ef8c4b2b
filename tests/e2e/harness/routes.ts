// What the fixture router answers for a URL, the same for every browser: the host fixtures at the
// hosts' real URLs, the extension's own files passed through, everything else refused (and
// recorded by the caller), so a test can assert that nothing tried to leave the machine.
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url)).replace(/\/$/, '');
export const FIXTURES_DIR = join(ROOT, 'tests/fixtures');

/** Vendor files the fixtures load from /__fixtures/vendor/, mapped into node_modules (never copied). */
const VENDOR: Record<string, string> = {
  'quill.js': 'quill/dist/quill.js',
  'quill.core.css': 'quill/dist/quill.core.css',
  'ckeditor5.umd.js': 'ckeditor5/dist/browser/ckeditor5.umd.js',
  'ckeditor5.css': 'ckeditor5/dist/browser/ckeditor5.css',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export const TEAMS_HOSTS = new Set(['teams.microsoft.com', 'teams.cloud.microsoft', 'teams.live.com']);
/** Defender for Cloud Apps session proxies serve the same apps under these suffixes. */
const PROXY_SUFFIX = /\.mcas(-gov)?\.(ms|us)$/;
const PASS_THROUGH = new Set(['chrome-extension:', 'moz-extension:', 'data:', 'blob:', 'about:']);

/** Fixture page served for each host's app URLs; change it between navigations to switch variant. */
export interface FixturePages {
  slack: string;
  teams: string;
}

export type Answer =
  | { kind: 'continue' }
  | { kind: 'abort' }
  | { kind: 'file'; status: 200; contentType: string; body: Buffer }
  | { kind: 'status'; status: 404 };

function file(path: string): Answer {
  return { kind: 'file', status: 200, contentType: TYPES[extname(path)] ?? 'application/octet-stream', body: readFileSync(path) };
}

/** How the router answers `href` when the hosts' app pages are `pages`. */
export function answer(href: string, pages: FixturePages): Answer {
  const url = new URL(href);
  if (PASS_THROUGH.has(url.protocol)) return { kind: 'continue' };
  // A proxied work host (never teams.live.com, which is for personal accounts) serves the same fixture.
  const proxied = PROXY_SUFFIX.test(url.hostname) ? url.hostname.replace(PROXY_SUFFIX, '') : null;
  const slack = url.hostname === 'app.slack.com' || proxied === 'app.slack.com';
  const teams = TEAMS_HOSTS.has(url.hostname) || (proxied !== null && proxied !== 'teams.live.com' && TEAMS_HOSTS.has(proxied));
  if (url.protocol !== 'https:' || (!slack && !teams)) return { kind: 'abort' };
  if (url.pathname.startsWith('/__fixtures/vendor/')) {
    const target = VENDOR[url.pathname.slice('/__fixtures/vendor/'.length)];
    return target ? file(join(ROOT, 'node_modules', target)) : { kind: 'status', status: 404 };
  }
  if (url.pathname.startsWith('/__fixtures/')) {
    const path = normalize(join(FIXTURES_DIR, url.pathname.slice('/__fixtures/'.length)));
    return path.startsWith(FIXTURES_DIR) ? file(path) : { kind: 'status', status: 404 };
  }
  if (slack && url.pathname.startsWith('/client/')) return file(join(FIXTURES_DIR, pages.slack));
  if (teams && !url.pathname.includes('.')) return file(join(FIXTURES_DIR, pages.teams));
  return { kind: 'status', status: 404 };
}

/** The default fixture pages. */
export const defaultPages = (): FixturePages => ({ slack: 'slack.html', teams: 'teams.html' });
