// One Chromium per e2e file: launched with the built extension before the file's tests, routed to
// the fixtures, and closed after; pages opened through it are watched and closed after each test,
// which fails on any page error, console error or request that tried to leave.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { PersonInput } from '../../../lib/records/types';
import { demoTeam, openBackgroundCaller, seedPeople, type BackgroundCaller } from '../../playground/seed';
import { launchWithExtension, type LaunchedExtension, type LaunchOptions } from '../browser';
import { routeHosts, watchPage, type HostRoutes, type PageWatch } from '../fixtures';
import { defaultPages } from './routes';

export interface ChromiumSuiteOptions {
  /** Open an extension page to send protocol requests from (s.caller). */
  caller?: boolean;
  /** Seed the directory (true: the demo team). Implies caller. */
  seed?: boolean | PersonInput[];
  launch?: LaunchOptions;
}

export interface ChromiumSuite {
  readonly ext: LaunchedExtension;
  readonly routes: HostRoutes;
  readonly caller: BackgroundCaller;
  /** A new tab, watched for errors and closed after the test. */
  newPage(): Promise<Page>;
  /** The watch of a page opened with newPage(). */
  watchOf(page: Page): PageWatch;
  /** Checks and closes a page opened elsewhere (openFixture) like one from newPage(). */
  track(page: Page, watch: PageWatch): Page;
  /** Errors the current test's pages reported so far. */
  errors(): string[];
}

/** Registers the file's hooks and returns the suite's handles (valid inside tests). */
export function useChromium(opts: ChromiumSuiteOptions = {}): ChromiumSuite {
  let ext: LaunchedExtension | undefined;
  let routes: HostRoutes | undefined;
  let caller: BackgroundCaller | undefined;
  const pages = new Map<Page, PageWatch>();
  const errors = () => [...pages.values()].flatMap((w) => [...w.pageErrors, ...w.consoleErrors]);

  beforeAll(async () => {
    ext = await launchWithExtension(opts.launch);
    routes = await routeHosts(ext.context);
    if (opts.caller || opts.seed) caller = await openBackgroundCaller(ext.context, ext.extensionId);
    if (opts.seed) await seedPeople(caller!, opts.seed === true ? demoTeam() : opts.seed);
  });
  afterAll(async () => {
    await ext?.close();
  });
  afterEach(async () => {
    const found = errors();
    await Promise.all([...pages.keys()].map((p) => p.close().catch(() => undefined)));
    pages.clear();
    if (routes) routes.pages = defaultPages();
    expect(found).toEqual([]);
    expect(routes?.aborted ?? []).toEqual([]);
  });

  const need = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`e2e suite: ${what} is not ready (used outside a test?)`);
    return v;
  };
  return {
    get ext() {
      return need(ext, 'the browser');
    },
    get routes() {
      return need(routes, 'the router');
    },
    get caller() {
      return need(caller, 'the background caller (pass { caller: true })');
    },
    async newPage() {
      const page = await need(ext, 'the browser').context.newPage();
      page.setDefaultTimeout(10_000);
      pages.set(page, watchPage(page));
      return page;
    },
    watchOf: (page) => need(pages.get(page), 'that page'),
    track(page, watch) {
      pages.set(page, watch);
      return page;
    },
    errors,
  };
}
