// The host page is a guest too (issue 15 §3): its scripts run in the page's main world (page.evaluate
// here) and can reach our open shadow root. Synthetic clicks and keys on the controls that write do
// nothing; a replayed "content-script-started" event does not switch the content script off; the
// extension id is not broadcast to the page. The user's own clicks still work, which proves each check
// would have seen the action had it run.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from './harness/chromium-suite';

const SLACK_URL = 'https://app.slack.com/client/T0123/C0456';
const SLACK_MAIN = '.p-workspace__input [data-qa="texty_input"]';
const DRAFT =
  'The release is blocked: the migration fails on staging with ERR_LOCK_TIMEOUT (https://ci.acme.io/runs/812). @dana could you confirm the fix?';
const poll = <T>(fn: () => Promise<T> | T, timeout = 10_000) => expect.poll(fn, { timeout, interval: 50 });

/** In the page's main world: dispatch synthetic events at our control, then let two frames render whatever they caused. */
async function pageScriptPress(page: Page, testid: string): Promise<void> {
  await page.evaluate(async (id) => {
    const root = document.querySelector('composure-sidebar')?.shadowRoot;
    const el = root?.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    if (!el) throw new Error(`no ${id} in the sidebar`);
    el.click();
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
      el.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, cancelable: true }));
    }
    el.focus();
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, composed: true }));
    el.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', code: 'Space', bubbles: true, composed: true }));
    for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
  }, testid);
}

describe('the host page cannot act for the user (built extension)', () => {
  const s = useChromium({ seed: true });
  let page: Page;
  const hook = (testid: string) => page.locator(`composure-sidebar [data-testid="${testid}"]`);
  const quillText = () => page.evaluate(() => window.__quill!.getText());

  async function openWithDraft(): Promise<void> {
    page = await s.newPage();
    await page.goto(SLACK_URL);
    await hook('sidebar').waitFor({ state: 'visible', timeout: 15_000 });
    await page.click(SLACK_MAIN);
    await page.keyboard.type(DRAFT, { delay: 2 });
    await poll(() => hook('check-evidence').getAttribute('data-present')).toBe('true');
  }

  it('a synthetic click on insert writes nothing; the user’s click inserts once', async () => {
    await openWithDraft();
    const insert = page
      .locator('composure-sidebar [data-testid^="insert-"]:not([data-testid="insert-expectation"])')
      .first();
    const id = (await insert.getAttribute('data-testid'))!;
    const before = await quillText();
    await pageScriptPress(page, id);
    await pageScriptPress(page, 'insert-expectation');
    expect(await quillText()).toBe(before);
    // The user's own click: inserted exactly once (had the synthetic ones acted, there would be more).
    await insert.click();
    await poll(quillText).not.toBe(before);
    const added = (await quillText()).slice(before.length - 1);
    expect(added.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('a synthetic click on Schedule schedules nothing; a synthetic Alt+Shift+C does not fold the sidebar', async () => {
    await openWithDraft();
    await hook('schedule').waitFor();
    await pageScriptPress(page, 'schedule');
    expect(await hook('schedule-status').count()).toBe(0);
    expect(await page.evaluate(() => window.__scheduled.length)).toBe(0);
    const expanded = await hook('collapse').getAttribute('aria-expanded');
    await page.evaluate(() => {
      document.dispatchEvent(
        new KeyboardEvent('keydown', { code: 'KeyC', key: 'C', altKey: true, shiftKey: true, bubbles: true }),
      );
    });
    expect(await hook('collapse').getAttribute('aria-expanded')).toBe(expanded);
    // The user's click does schedule: the status line appears.
    await hook('schedule').click();
    await poll(() => hook('schedule-status').count()).toBe(1);
  });

  it('a replayed content-script-started event does not switch Composure off, and the page never hears our id', async () => {
    page = await s.newPage();
    const heard: string[] = [];
    await page.exposeFunction('__heardMessage', (m: string) => void heard.push(m));
    await page.addInitScript(() => {
      window.addEventListener('message', (e) =>
        (window as unknown as { __heardMessage(m: string): void }).__heardMessage(JSON.stringify(e.data ?? null)),
      );
    });
    await page.goto(SLACK_URL);
    await hook('sidebar').waitFor({ state: 'visible', timeout: 15_000 });
    expect(heard.filter((m) => m.includes(s.ext.extensionId) || m.includes('content-script-started'))).toEqual([]);

    // The attack from wxt-dev/wxt#1359: the page replays the start event under the name WXT uses.
    await page.evaluate((id) => {
      const type = `${id}:composer:wxt:content-script-started`;
      const detail = { contentScriptName: 'composer', messageId: 'forged' };
      document.dispatchEvent(new CustomEvent(type, { detail }));
      window.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type, contentScriptName: 'composer', messageId: 'forged' }, '*');
    }, s.ext.extensionId);
    // Still one sidebar, still analysing what the user types.
    await page.click(SLACK_MAIN);
    await page.keyboard.type(DRAFT, { delay: 2 });
    await poll(() => hook('check-evidence').getAttribute('data-present')).toBe('true');
    expect(await page.locator('composure-sidebar').count()).toBe(1);
  });
});
