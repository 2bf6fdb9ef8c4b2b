// Launches Debian's Chromium with the built extension loaded (playwright-core; the flags and the
// teardown are shared with the Firefox launcher through harness/).
import { existsSync, readlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { teardown } from './harness/teardown';

export interface LaunchedBrowser {
  context: BrowserContext;
  userDataDir: string;
  /** Closes the browser; kills it if closing hangs. Safe to call twice. */
  close: () => Promise<void>;
}

export interface LaunchedExtension extends LaunchedBrowser {
  extensionId: string;
  serviceWorker: Worker;
}

export interface LaunchOptions {
  /** Reuse a profile (e.g. to test persistence across restarts); it is then not deleted on close. */
  userDataDir?: string;
  /** Kill the browser after this long whatever happens; default 240 s (env COMPOSURE_E2E_WATCHDOG_MS). */
  watchdogMs?: number;
  /** false opens a visible window (needs a display), for `npm run play`; default true. */
  headless?: boolean;
  /** The unpacked build to load; default extensionDir(). */
  extensionPath?: string;
}

/** The unpacked MV3 build that `wxt build` produced. */
export function extensionDir(): string {
  return resolve(process.env.COMPOSURE_OUT_DIR ?? '.output', 'chrome-mv3');
}

/** Chromium records its pid in the profile's SingletonLock (`host-<pid>`): the process we started. */
function killBrowser(userDataDir: string): void {
  try {
    const pid = Number(readlinkSync(join(userDataDir, 'SingletonLock')).split('-').pop());
    if (Number.isInteger(pid) && pid > 0) process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Starts Chromium with the flags the tests use, loading `extension` if given (null: no extension, a baseline). */
export async function launchChromium(opts: Omit<LaunchOptions, 'extensionPath'> & { extension: string | null }): Promise<LaunchedBrowser> {
  const out = opts.extension;
  if (out !== null && !existsSync(join(out, 'manifest.json'))) throw new Error(`No extension build at ${out}: run \`npx wxt build\` first`);
  let context: BrowserContext | undefined;
  const t = teardown({ ...opts, prefix: 'composure-e2e-' }, () => context?.close(), () => killBrowser(t.userDataDir));
  const { userDataDir, close } = t;

  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: '/usr/bin/chromium',
      headless: false,
      viewport: { width: 1360, height: 800 },
      args: [
        ...(opts.headless === false ? [] : ['--headless=new']),
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        ...(out === null ? ['--disable-extensions'] : [`--disable-extensions-except=${out}`, `--load-extension=${out}`]),
      ],
    });
    return { context, userDataDir, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Starts Chromium with the extension and waits for its service worker. */
export async function launchWithExtension(opts: LaunchOptions = {}): Promise<LaunchedExtension> {
  const { extensionPath, ...rest } = opts;
  const browser = await launchChromium({ ...rest, extension: extensionPath ?? extensionDir() });
  try {
    const { context } = browser;
    const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    const extensionId = new URL(serviceWorker.url()).host;
    return { ...browser, extensionId, serviceWorker };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
