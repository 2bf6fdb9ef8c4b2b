// Launches Debian's Firefox ESR with the Firefox build installed (puppeteer-core over WebDriver
// BiDi), every page routed to the fixtures like Chromium's (harness/routes.ts), and the same
// teardown (harness/teardown.ts). The extension gets a fixed UUID so its pages have a known origin.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { answer, defaultPages, type FixturePages } from './routes';
import { teardown } from './teardown';

export const FIREFOX = '/usr/bin/firefox-esr';
/** Our extension's fixed internal UUID in test profiles (moz-extension://<uuid>/). */
export const FIREFOX_UUID = '6a1c0f52-3d5e-4b8a-9c2f-7e4d1b0a9c31';

export interface FirefoxRoutes {
  pages: FixturePages;
  aborted: string[];
}

export interface LaunchedFirefox {
  browser: Browser;
  /** moz-extension://<uuid> */
  origin: string;
  routes: FirefoxRoutes;
  userDataDir: string;
  /** A new tab with the fixture router on it. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** The unpacked Firefox build that `wxt build -b firefox` produced. */
export function firefoxExtensionDir(): string {
  return resolve(process.env.COMPOSURE_OUT_DIR ?? '.output', 'firefox-mv2');
}

function geckoId(dir: string): string {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  return manifest.browser_specific_settings.gecko.id;
}

/** Serves the fixtures to `page` at the hosts' real URLs; refuses (and records) anything else. */
export async function routePage(page: Page, routes: FirefoxRoutes): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    if (req.isInterceptResolutionHandled()) return;
    const href = req.url();
    const a = answer(href, routes.pages);
    if (a.kind === 'continue') return void req.continue();
    if (a.kind === 'abort') {
      routes.aborted.push(href);
      return void req.abort('blockedbyclient');
    }
    if (a.kind === 'file') return void req.respond({ status: a.status, contentType: a.contentType, body: a.body });
    return void req.respond({ status: a.status, body: '' });
  });
}

export interface FirefoxLaunchOptions {
  userDataDir?: string;
  watchdogMs?: number;
  extensionPath?: string;
  /** Extra Firefox preferences for this launch (e.g. optional permissions granted without a prompt). */
  prefs?: Record<string, string | number | boolean>;
  /** false: a Firefox without the extension, as a baseline to compare with. */
  extension?: boolean;
}

/** Starts Firefox ESR headless with the extension installed. */
export async function launchFirefox(opts: FirefoxLaunchOptions = {}): Promise<LaunchedFirefox> {
  const dir = opts.extensionPath ?? firefoxExtensionDir();
  const withExtension = opts.extension !== false;
  if (withExtension && !existsSync(join(dir, 'manifest.json'))) throw new Error(`No Firefox build at ${dir}: run \`npx wxt build -b firefox\` first`);
  let browser: Browser | undefined;
  const t = teardown({ ...opts, prefix: 'composure-ff-' }, () => browser?.close(), () => browser?.process()?.kill('SIGKILL'));
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: t.userDataDir,
      // Opening moz-extension:// pages over BiDi needs system access.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        ...(withExtension ? { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId(dir)]: FIREFOX_UUID }) } : {}),
        'devtools.console.stdout.content': true,
        // No updates, telemetry or remote settings: a test browser stays on the machine.
        'app.update.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'browser.newtabpage.enabled': false,
        ...opts.prefs,
      },
    });
    if (withExtension) await browser.installExtension(dir);
    const routes: FirefoxRoutes = { pages: defaultPages(), aborted: [] };
    return {
      browser,
      origin: `moz-extension://${FIREFOX_UUID}`,
      routes,
      userDataDir: t.userDataDir,
      async newPage() {
        const page = await browser!.newPage();
        await routePage(page, routes);
        return page;
      },
      close: t.close,
    };
  } catch (error) {
    await t.close();
    throw error;
  }
}
