// Closing a test browser for sure, whichever browser it is: close once, kill it if closing hangs or
// a watchdog fires (a hung browser must never hang the run), and delete a profile we created.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Teardown {
  userDataDir: string;
  /** Closes (and cleans up) once; later calls resolve at once. */
  close(): Promise<void>;
}

export interface TeardownOptions {
  /** Reuse this profile (kept on close); default a fresh temp dir, deleted on close. */
  userDataDir?: string;
  /** Kill after this long whatever happens; default 240 s (env COMPOSURE_E2E_WATCHDOG_MS). */
  watchdogMs?: number;
  prefix: string;
}

export function within<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** `closeBrowser` closes politely; `kill` ends the process when that hangs or the watchdog fires. */
export function teardown(opts: TeardownOptions, closeBrowser: () => Promise<void> | undefined, kill: () => void): Teardown {
  const ownDir = !opts.userDataDir;
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), opts.prefix));
  const watchdogMs = opts.watchdogMs ?? Number(process.env.COMPOSURE_E2E_WATCHDOG_MS ?? 240_000);
  let closed = false;
  const watchdog = setTimeout(() => {
    console.error(`[e2e] watchdog: browser still open after ${watchdogMs} ms, killing it`);
    kill();
  }, watchdogMs);
  watchdog.unref();
  return {
    userDataDir,
    async close() {
      if (closed) return;
      closed = true;
      clearTimeout(watchdog);
      const closing = closeBrowser();
      if (closing && (await within(closing.catch(() => undefined), 15_000)) === 'timeout') kill();
      if (ownDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
