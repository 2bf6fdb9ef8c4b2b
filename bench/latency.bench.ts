// Last keystroke → score, in real Chromium on the Slack fixture, from a fresh build (issue 15 §6):
//  - warm: the background service worker is running;
//  - cold: the MV3 service worker was stopped first (CDP ServiceWorker.stopAllWorkers, as Chrome stops
//    it after ~30 s idle; its status watched until 'stopped'), so the last keystroke's requests wake it:
//    worker start, bundle and model load, the first analysis, all inside the figure;
//  - back in the composer: the worker stopped while focus was elsewhere (the user reading the thread),
//    then focus returns and a word is typed at a typist's pace: what the focus wake buys.
// Warm and cold runs are interleaved so load from anything else on the machine falls on both alike.
// Measured in the page: performance.now() at the last trusted keydown, until the sidebar says it shows
// the analysis of the whole draft (`data-analysed-chars` on [data-testid=sidebar]). Reported, not asserted.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchChromium, type LaunchedBrowser } from '../tests/e2e/browser';
import { routeHosts } from '../tests/e2e/fixtures';
import { formatMs, report } from './harness';

const URL = 'https://app.slack.com/client/T0123/D0789';
const EDITABLE = '.p-workspace__input [data-qa="texty_input"]';
const DRAFT =
  'The release is blocked: the migration fails on staging with ERR_LOCK_TIMEOUT. @dana could you confirm the fix by Friday 15:00 CET?';
const RUNS = 9;
/** A typist's pace between keys, for the run that comes back to the composer and types a word. */
const TYPING_DELAY_MS = 100;
/** That word: the draft's last characters (" 7)" and the like), typed after focus comes back. */
const WORD = 6;

let buildDir: string;
let browser: LaunchedBrowser;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/**
 * Types the draft but its last character and waits for that draft's analysis (so no request is in
 * flight), runs `before` (stopping the worker, for a cold run), arms the probe, types the last
 * character: ms from that keystroke until its analysis shows.
 */
async function lastKeyToScore(page: Page, n: number, before?: () => Promise<void>, tail = 1): Promise<number> {
  await page.evaluate(() => (window as unknown as { __quill: { setText(t: string): void } }).__quill.setText(''));
  await page.click(EDITABLE);
  // A different draft each run, so no run shows a previous run's analysis.
  const draft = `${DRAFT} (run ${n})`;
  await page.keyboard.type(draft.slice(0, -tail), { delay: 1 });
  await page.waitForFunction(
    (length) =>
      document
        .querySelector('composure-sidebar')
        ?.shadowRoot?.querySelector('[data-testid="sidebar"]')
        ?.getAttribute('data-analysed-chars') === String(length),
    draft.length - tail,
  );
  await before?.();
  // The rest but the last character at a typist's pace (the probe times the last one).
  if (tail > 1) await page.keyboard.type(draft.slice(-tail, -1), { delay: TYPING_DELAY_MS });
  await page.evaluate((length) => {
    const w = window as unknown as { __probe: Promise<number> };
    const root = document.querySelector('composure-sidebar')!.shadowRoot!;
    w.__probe = new Promise<number>((resolve, reject) => {
      let t0 = 0;
      const onKey = (e: KeyboardEvent) => {
        if (e.isTrusted) t0 = performance.now();
      };
      document.addEventListener('keydown', onKey, { capture: true, once: true });
      const observer = new MutationObserver(() => {
        const shown = root.querySelector('[data-testid="sidebar"]')?.getAttribute('data-analysed-chars');
        if (t0 && shown === String(length)) {
          observer.disconnect();
          resolve(performance.now() - t0);
        }
      });
      observer.observe(root, { attributes: true, childList: true, subtree: true });
      setTimeout(() => reject(new Error('no analysis 10 s after the last keystroke')), 10_000);
    });
  }, draft.length);
  await page.keyboard.type(draft.slice(-1));
  return page.evaluate(() => (window as unknown as { __probe: Promise<number> }).__probe);
}

/** The extension's service worker as CDP's ServiceWorker domain reports it: its latest running status. */
async function watchWorker(cdp: CDPSession): Promise<{ status: () => string; starts: () => number }> {
  let status = 'unknown';
  let starts = 0;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) {
      if (!v.scriptURL.startsWith('chrome-extension://')) continue;
      if (v.runningStatus === 'starting' && status !== 'starting') starts++;
      status = v.runningStatus;
    }
  });
  await cdp.send('ServiceWorker.enable');
  return { status: () => status, starts: () => starts };
}

/** Stops every service worker (the extension's among them) and waits until CDP reports it stopped. */
async function stopWorker(cdp: CDPSession, worker: { status: () => string }): Promise<void> {
  await cdp.send('ServiceWorker.stopAllWorkers');
  const since = Date.now();
  while (worker.status() !== 'stopped') {
    if (Date.now() - since > 10_000) throw new Error(`the service worker did not stop (${worker.status()})`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('latency', () => {
  beforeAll(async () => {
    buildDir = mkdtempSync(join(tmpdir(), 'composure-bench-latency-'));
    execFileSync('npx', ['wxt', 'build', '-b', 'chrome'], {
      stdio: 'pipe',
      env: { ...process.env, COMPOSURE_OUT_DIR: buildDir },
    });
    browser = await launchChromium({ extension: join(buildDir, 'chrome-mv3'), watchdogMs: 600_000 });
    await routeHosts(browser.context);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(buildDir, { recursive: true, force: true });
  });

  it('last keystroke → score, warm and after the service worker stopped', async () => {
    const page = await browser.context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(URL);
    await page.locator('composure-sidebar [data-testid="sidebar"]').waitFor();
    const cdp = await browser.context.newCDPSession(page);
    const worker = await watchWorker(cdp);
    await lastKeyToScore(page, 0); // warm-up: JIT, and the first analysis compiles the rules
    const warm: number[] = [];
    const cold: number[] = [];
    const back: number[] = [];
    /** As a user back from reading the thread: focus leaves the composer, the worker stops, focus returns. */
    const awayAndBack = async () => {
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await stopWorker(cdp, worker);
      await page.focus(EDITABLE);
      await page.keyboard.press('Control+End');
    };
    for (let i = 1; i <= RUNS; i++) {
      warm.push(await lastKeyToScore(page, i));
      let starts = worker.starts();
      cold.push(await lastKeyToScore(page, 100 + i, () => stopWorker(cdp, worker)));
      // The last keystroke's request is what woke it: exactly one start, and it is running now.
      if (worker.starts() !== starts + 1)
        throw new Error(`cold run ${i}: ${worker.starts() - starts} worker starts, not 1`);
      starts = worker.starts();
      back.push(await lastKeyToScore(page, 200 + i, awayAndBack, WORD));
      if (worker.starts() !== starts + 1)
        throw new Error(`back-in-the-composer run ${i}: ${worker.starts() - starts} worker starts, not 1`);
    }
    const w = median(warm);
    const c = median(cold);
    const spread = (xs: number[]) => `min ${formatMs(Math.min(...xs))}, max ${formatMs(Math.max(...xs))}`;
    report({
      group: 'latency',
      name: 'Slack: last keystroke → score, warm',
      median: w,
      target: '<= 200 ms',
      note: `${w <= 200 ? 'within target' : 'OVER TARGET'} · ${spread(warm)}, ${RUNS} runs`,
    });
    report({
      group: 'latency',
      name: 'Slack: last keystroke → score, worker stopped first',
      median: c,
      note: `${spread(cold)}, ${RUNS} runs interleaved with warm`,
    });
    report({
      group: 'latency',
      name: 'Slack: cold − warm (worker start, model load, first analysis)',
      median: null,
      value: `${(c - w).toFixed(0)} ms`,
      target: '<= 150 ms',
      note: c - w <= 150 ? 'within target' : 'OVER TARGET',
    });
    const b = median(back);
    report({
      group: 'latency',
      name: `Slack: worker stopped, focus back in the composer, a word typed (${WORD - 1} keys ${TYPING_DELAY_MS} ms apart, then the last)`,
      median: b,
      note: `${(b - w).toFixed(0)} ms over warm · ${spread(back)}, ${RUNS} runs interleaved`,
    });
    await page.close();
  }, 300_000);
});
