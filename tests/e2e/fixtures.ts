// Serves the host fixtures at the hosts' real URLs, lets the extension's own requests through and
// aborts (and records) everything else, so a test can assert that nothing tried to leave.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { answer, defaultPages, FIXTURES_DIR, ROOT, type FixturePages } from './harness/routes';

export { FIXTURES_DIR };
const RESULTS_DIR = join(ROOT, 'test-results');

export interface HostRoutes {
  /** Fixture page served for each host's app URLs; change it between navigations to switch variant. */
  pages: FixturePages;
  /** URLs that were aborted: anything not a fixture host and not the extension. */
  aborted: string[];
}

/** Installs the router (harness/routes.ts) on a Chromium `context`. */
export async function routeHosts(context: BrowserContext, pages: Partial<FixturePages> = {}): Promise<HostRoutes> {
  const routes: HostRoutes = { pages: { ...defaultPages(), ...pages }, aborted: [] };
  await context.route('**/*', (route) => {
    const href = route.request().url();
    const a = answer(href, routes.pages);
    if (a.kind === 'continue') return route.continue();
    if (a.kind === 'abort') {
      routes.aborted.push(href);
      return route.abort('blockedbyclient');
    }
    if (a.kind === 'file') return route.fulfill({ status: a.status, contentType: a.contentType, body: a.body });
    return route.fulfill({ status: a.status, body: '' });
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
