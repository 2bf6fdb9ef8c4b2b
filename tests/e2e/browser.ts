// Launches Debian's Chromium with the built extension loaded (see /work/shared/STACK.md).
import { existsSync, mkdtempSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

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

function within<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Starts Chromium with the flags the tests use, loading `extension` if given (null: no extension, a baseline). */
export async function launchChromium(opts: Omit<LaunchOptions, 'extensionPath'> & { extension: string | null }): Promise<LaunchedBrowser> {
  const out = opts.extension;
  if (out !== null && !existsSync(join(out, 'manifest.json'))) throw new Error(`No extension build at ${out}: run \`npx wxt build\` first`);
  const ownDir = !opts.userDataDir;
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'composure-e2e-'));
  const watchdogMs = opts.watchdogMs ?? Number(process.env.COMPOSURE_E2E_WATCHDOG_MS ?? 240_000);
  let context: BrowserContext | undefined;
  let closed = false;

  const close = async () => {
    if (closed) return;
    closed = true;
    clearTimeout(watchdog);
    if (context && (await within(context.close(), 15_000)) === 'timeout') killBrowser(userDataDir);
    if (ownDir) rmSync(userDataDir, { recursive: true, force: true });
  };
  const watchdog = setTimeout(() => {
    console.error(`[e2e] watchdog: browser still open after ${watchdogMs} ms, killing it`);
    killBrowser(userDataDir);
  }, watchdogMs);
  watchdog.unref();

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
