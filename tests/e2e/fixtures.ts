// Serves the host fixtures at the hosts' real URLs, lets the extension's own requests through and
// aborts (and records) everything else, so a test can assert that nothing tried to leave.
import { mkdirSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page, Route } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
export const FIXTURES_DIR = join(ROOT, 'tests/fixtures');
const RESULTS_DIR = join(ROOT, 'test-results');

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

const TEAMS_HOSTS = new Set(['teams.microsoft.com', 'teams.cloud.microsoft', 'teams.live.com']);

export interface HostRoutes {
  /** Fixture page served for each host's app URLs; change it between navigations to switch variant. */
  pages: { slack: string; teams: string };
  /** URLs that were aborted: anything not a fixture host and not the extension. */
  aborted: string[];
}

function fileResponse(route: Route, path: string) {
  return route.fulfill({ status: 200, contentType: TYPES[extname(path)] ?? 'application/octet-stream', body: readFileSync(path) });
}

/** Installs the router on `context`. */
export async function routeHosts(context: BrowserContext, pages: Partial<HostRoutes['pages']> = {}): Promise<HostRoutes> {
  const routes: HostRoutes = { pages: { slack: 'slack.html', teams: 'teams.html', ...pages }, aborted: [] };
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'chrome-extension:' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    const slack = url.hostname === 'app.slack.com';
    const teams = TEAMS_HOSTS.has(url.hostname);
    if (url.protocol !== 'https:' || (!slack && !teams)) {
      routes.aborted.push(url.href);
      return route.abort('blockedbyclient');
    }
    if (url.pathname.startsWith('/__fixtures/vendor/')) {
      const target = VENDOR[url.pathname.slice('/__fixtures/vendor/'.length)];
      return target ? fileResponse(route, join(ROOT, 'node_modules', target)) : route.fulfill({ status: 404 });
    }
    if (url.pathname.startsWith('/__fixtures/')) {
      const path = normalize(join(FIXTURES_DIR, url.pathname.slice('/__fixtures/'.length)));
      return path.startsWith(FIXTURES_DIR) ? fileResponse(route, path) : route.fulfill({ status: 404 });
    }
    if (slack && url.pathname.startsWith('/client/')) return fileResponse(route, join(FIXTURES_DIR, routes.pages.slack));
    if (teams && !url.pathname.includes('.')) return fileResponse(route, join(FIXTURES_DIR, routes.pages.teams));
    return route.fulfill({ status: 404, body: '' });
  });
  return routes;
}

export interface PageWatch {
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** console.error messages from any world (host page or content script). */
  consoleErrors: string[];
  /** All console output, for diagnosing failures and reading the content script's debug reports. */
  console: string[];
}

/** Collects errors and console output of `page` from now on. */
export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { pageErrors: [], consoleErrors: [], console: [] };
  page.on('pageerror', (error) => watch.pageErrors.push(error.message));
  page.on('console', (message) => {
    const text = `${message.type()}: ${message.text()}`;
    watch.console.push(text);
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  return watch;
}

/** Saves a screenshot to test-results/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
