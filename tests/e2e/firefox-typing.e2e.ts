// Typing is never disturbed, in real Firefox ESR (the twin of typing.e2e.ts): the same keys reach the
// host's own editor (Quill for Slack, CKEditor 5 for Teams) with and without Composure, and the same
// events, content, sent message and Up-arrow-to-edit come out.
//
// What WebDriver BiDi cannot drive: an input method. Its input actions are key and pointer actions;
// there is no counterpart of CDP's Input.imeSetComposition, so Firefox never opens a real composition
// here (Japanese and Chinese typed as keys arrive as plain characters). What is driven instead: the
// composition events the page can dispatch (compositionstart / compositionupdate / compositionend
// around characters typed as keys), which both editors and Composure listen to. While that
// composition is open Composure does not analyse (the analysed draft does not change); after it
// ends it does. Enter, Shift+Enter, arrows, Escape and Up-arrow-to-edit are real key actions.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type LaunchedFirefox } from './harness/firefox';
import { until, useFirefox } from './harness/firefox-suite';

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
const LEAD = 'Could you review PR #12 by Friday? ';

/** Records, in the page's own world, every input-related event the editor receives. */
async function recordEvents(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
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

/** The length of the draft the sidebar's last analysis was of, or null before one. */
const analysed = (page: Page) =>
  page.evaluate(
    () =>
      document
        .querySelector('composure-sidebar')
        ?.shadowRoot?.querySelector('.composure-shell')
        ?.getAttribute('data-analysed-chars') ?? null,
  );

/** Dispatches a composition event at the editor, as the page would see an input method's. */
const composition = (page: Page, editor: string, type: string, data: string) =>
  page.evaluate(
    (sel, t, d) => {
      document.querySelector(sel)!.dispatchEvent(new CompositionEvent(t, { data: d, bubbles: true, cancelable: true }));
    },
    editor,
    type,
    data,
  );

describe('Firefox: typing is never disturbed (built extension vs no extension)', () => {
  const s = useFirefox();
  let baseline: LaunchedFirefox;
  beforeAll(async () => {
    baseline = await launchFirefox({ extension: false });
  });
  afterAll(async () => {
    await baseline?.close();
  });

  for (const host of HOSTS) {
    it(`${host.name}: composition events, Shift+Enter, arrows, Escape, Enter and Up-to-edit are the host's alone`, async () => {
      async function session(page: Page, withExtension: boolean) {
        await recordEvents(page);
        await page.setViewport({ width: 1024, height: 700 });
        await page.goto(host.url);
        await page.waitForFunction(() => window.__ready !== false, { polling: 50 });
        await page.click(host.editor);
        await page.keyboard.type(LEAD);
        if (withExtension)
          await until(
            page,
            () => document.querySelector('composure-sidebar')?.shadowRoot?.querySelector('[data-analysed-chars="35"]'),
            15_000,
          );
        // A composition the page dispatches around characters typed as keys: nothing is analysed while it is open.
        await composition(page, host.editor, 'compositionstart', '');
        await composition(page, host.editor, 'compositionupdate', 'にほん');
        await page.keyboard.type('日本');
        if (withExtension) {
          await new Promise((r) => setTimeout(r, QUIET_MS));
          expect(await analysed(page)).toBe('35');
        }
        await composition(page, host.editor, 'compositionend', '日本');
        await page.keyboard.type(' ok');
        await page.keyboard.down('Shift');
        await page.keyboard.press('Enter');
        await page.keyboard.up('Shift');
        await page.keyboard.type('中文');
        for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Escape'] as const)
          await page.keyboard.press(key);
        if (withExtension)
          await until(page, () => {
            const n = document
              .querySelector('composure-sidebar')
              ?.shadowRoot?.querySelector('.composure-shell')
              ?.getAttribute('data-analysed-chars');
            return n !== null && n !== undefined && n !== '35';
          });
        const content = await page.evaluate(host.content);
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => window.__sent.length > 0, { polling: 50 });
        // Up arrow in the now empty composer: the host opens the message just sent for editing.
        await page.keyboard.press('ArrowUp');
        await page.waitForFunction(() => (window.__editLast?.length ?? 0) > 0, { polling: 50 });
        return {
          content,
          editLast: await page.evaluate(() => window.__editLast),
          sent: await page.evaluate(() => window.__sent.map((m) => m.text)),
          events: await page.evaluate(() => (window as unknown as { __events: string[] }).__events),
        };
      }
      const plain = await baseline.newPage();
      let without: Awaited<ReturnType<typeof session>>;
      try {
        without = await session(plain, false);
      } finally {
        await plain.close();
      }
      const withComposure = await session(await s.newPage(), true);
      // The keys and the dispatched composition really reached the editor, and the text arrived.
      expect(without.events.filter((e) => e.startsWith('compositionstart')).length).toBe(1);
      expect(without.events.some((e) => e.startsWith('keydown:Enter'))).toBe(true);
      expect(without.content).toContain('中文');
      expect(without.sent).toHaveLength(1);
      expect(withComposure.content).toBe(without.content);
      expect(withComposure.sent).toEqual(without.sent);
      expect(without.editLast).toEqual(without.sent.slice(-1));
      expect(withComposure.editLast).toEqual(without.editLast);
      expect(withComposure.events).toEqual(without.events);
      console.info(
        `[e2e] Firefox ${host.name}: ${withComposure.events.length} editor events identical with and without Composure`,
      );
    });
  }
});
