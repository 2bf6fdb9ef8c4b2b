// Typing is never disturbed: Japanese and Chinese typed through an input method (CDP
// Input.imeSetComposition, then the commit), Shift+Enter, arrows, Escape and Enter arrive in the host's
// own editor (Quill for Slack, CKEditor 5 for Teams) exactly as in a browser without Composure, and Up
// arrow in the emptied composer opens the message just sent for editing, as the hosts do: the
// same events, the same content, the same sent message. While the composition is open Composure does
// not analyse (the analysed draft does not change) and writes nothing.
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type LaunchedBrowser } from './browser';
import { routeHosts } from './fixtures';
import { useChromium } from './harness/chromium-suite';

const HOSTS = [
  {
    name: 'Slack (Quill)',
    url: 'https://app.slack.com/client/T0123/D0789',
    editor: '.p-workspace__input [data-qa="texty_input"]',
    content: () => window.__quill!.getText(),
  },
  {
    name: 'Teams (CKEditor 5)',
    url: 'https://teams.microsoft.com/v2/',
    editor: '.compose-box [data-tid="ckeditor"]',
    content: () => window.__editor!.getData(),
  },
];
/** A bound for "nothing happened" checks: several analysis debounces (120 ms) and an idle slot. */
const QUIET_MS = 600;
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 10_000, interval: 50 });

/** Records, in the page's own world, every input-related event the editor receives. */
async function recordEvents(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __events: string[] }).__events = log;
    for (const type of [
      'keydown',
      'keyup',
      'beforeinput',
      'input',
      'compositionstart',
      'compositionupdate',
      'compositionend',
    ]) {
      document.addEventListener(
        type,
        (e) => {
          const t = e.target as Element | null;
          if (!t?.closest?.('[contenteditable="true"]')) return;
          const k = e as KeyboardEvent & InputEvent & CompositionEvent;
          log.push(`${type}:${k.key ?? ''}:${k.data ?? ''}:${k.inputType ?? ''}:${e.defaultPrevented}`);
        },
        true,
      );
    }
  });
}

async function compose(cdp: CDPSession, steps: string[], commit: string, during?: () => Promise<void>): Promise<void> {
  for (const text of steps)
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  await during?.();
  await cdp.send('Input.insertText', { text: commit });
}

describe('typing is never disturbed (built extension vs no extension)', () => {
  const s = useChromium();
  let baseline: LaunchedBrowser;
  beforeAll(async () => {
    baseline = await launchChromium({ extension: null });
    await routeHosts(baseline.context);
  });
  afterAll(async () => {
    await baseline?.close();
  });

  for (const host of HOSTS) {
    it(`${host.name}: IME Japanese and Chinese, Shift+Enter, arrows, Escape, Enter and Up-to-edit are the host's alone`, async () => {
      async function session(page: Page, withExtension: boolean) {
        await recordEvents(page);
        await page.goto(host.url);
        await page.click(host.editor);
        const cdp = await page.context().newCDPSession(page);
        await page.keyboard.type('Could you review PR #12 by Friday? ', { delay: 5 });
        const analysed = () => page.locator('composure-sidebar .composure-shell').getAttribute('data-analysed-chars');
        if (withExtension) await poll(analysed).toBe('35');
        // Japanese: に → にほ → にほん, committed as 日本; nothing is analysed while it is open.
        await compose(cdp, ['に', 'にほ', 'にほん'], '日本', async () => {
          if (!withExtension) return;
          await page.waitForTimeout(QUIET_MS);
          expect(await analysed()).toBe('35');
        });
        await page.keyboard.type(' ok', { delay: 5 });
        await page.keyboard.press('Shift+Enter');
        // Chinese (pinyin): z → zh → zhong → zhongwen, committed as 中文.
        await compose(cdp, ['z', 'zh', 'zhong', 'zhongwen'], '中文');
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowUp');
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Escape');
        if (withExtension) await poll(analysed).not.toBe('35');
        const content = await page.evaluate(host.content);
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => window.__sent.length > 0);
        // Up arrow in the now empty composer: the host opens the message just sent for editing.
        await page.keyboard.press('ArrowUp');
        await page.waitForFunction(() => (window.__editLast?.length ?? 0) > 0);
        const result = {
          content,
          editLast: await page.evaluate(() => window.__editLast),
          sent: await page.evaluate(() => window.__sent.map((m) => m.text)),
          events: await page.evaluate(() => (window as unknown as { __events: string[] }).__events),
        };
        await cdp.detach();
        return result;
      }
      const without = await session(await baseline.context.newPage(), false);
      const withComposure = await session(await s.newPage(), true);
      // The input method really composed (the events say so), and the text arrived.
      expect(without.events.filter((e) => e.startsWith('compositionstart')).length).toBe(2);
      expect(without.content).toContain('日本');
      expect(without.content).toContain('中文');
      expect(withComposure.content).toBe(without.content);
      expect(withComposure.sent).toEqual(without.sent);
      expect(without.editLast).toEqual(without.sent.slice(-1));
      expect(withComposure.editLast).toEqual(without.editLast);
      expect(withComposure.events).toEqual(without.events);
      console.info(
        `[e2e] ${host.name}: ${withComposure.events.length} editor events identical with and without Composure`,
      );
    });
  }
});
