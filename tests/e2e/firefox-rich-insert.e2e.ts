// Inserting a suggestion keeps the host's formatting and entities, in real Firefox ESR (the twin of
// rich-insert.e2e.ts): a draft with bold, a list, code spans and an @-mention picked from the host's
// own list; after the sidebar's insert the editor's model is the draft plus the plain line, the blank
// is selected, the mention is one entity, and one Ctrl+Z gives back exactly the draft.
//
// In Teams that one step is the synthetic paste being taken: Firefox's ClipboardEvent constructor drops
// `clipboardData`, and before lib/hosts/write.ts built the event with Firefox's own `dataType`/`data`
// the line went in through the beforeinput fallback, a soft break then the text, so the first Ctrl+Z
// left `<br>&nbsp;` (issue 16 §2).
import { mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { useFirefox } from './harness/firefox-suite';

const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 10_000, interval: 50 });
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
type Ops = Array<{ insert: unknown; attributes?: Record<string, unknown> }>;

async function chord(page: Page, modifier: 'Control' | 'Shift', key: string): Promise<void> {
  await page.keyboard.down(modifier);
  await page.keyboard.press(key as never);
  await page.keyboard.up(modifier);
}

interface Host {
  url: string;
  composer: string;
  pill: string;
  build(page: Page): Promise<void>;
  model(page: Page): Promise<unknown>;
  expected(before: unknown, line: string): unknown;
  pause(page: Page): Promise<void>;
}

const HOSTS: Record<'Slack (Quill)' | 'Teams (CKEditor 5)', Host> = {
  'Slack (Quill)': {
    url: 'https://app.slack.com/client/T0123/C0457',
    composer: '.p-workspace__input [data-qa="texty_input"]',
    pill: 'ts-mention.c-member_slug',
    async build(page) {
      const code = () => page.click('.p-workspace__input [data-qa="code-composer-button"]');
      await chord(page, 'Control', 'b');
      await page.keyboard.type('Release blocked:');
      await chord(page, 'Control', 'b');
      await page.keyboard.type(' the migration fails on staging. @Dan');
      await page.waitForSelector('.p-workspace__input [role="listbox"] [role="option"]');
      await page.click('.p-workspace__input [role="listbox"] [role="option"]');
      await page.keyboard.type('could you confirm the fix?');
      await chord(page, 'Shift', 'Enter');
      await page.keyboard.type('- tried ');
      await code();
      await page.keyboard.type('db:migrate --lock');
      await code();
      await page.keyboard.type(' twice');
      await chord(page, 'Shift', 'Enter');
      await page.keyboard.type('rollback fails with ');
      await code();
      await page.keyboard.type('ERR_LOCK_TIMEOUT');
    },
    model: (page) =>
      page.evaluate(() => (window.__quill as unknown as { getContents(): { ops: Ops } }).getContents().ops),
    expected: (before, line) => [
      ...(before as Ops),
      { insert: line },
      { attributes: { list: 'bullet' }, insert: '\n' },
    ],
    pause: (page) =>
      page.evaluate(() => (window.__quill as unknown as { history: { cutoff(): void } }).history.cutoff()),
  },
  'Teams (CKEditor 5)': {
    url: `https://teams.microsoft.com/v2/?chat=${encodeURIComponent('19:walter-skinner_me@unq.gbl.spaces')}`,
    composer: '.compose-box [data-tid="ckeditor"]',
    pill: 'readonly[itemtype="http://schema.skype.com/Mention"]',
    async build(page) {
      await chord(page, 'Control', 'b');
      await page.keyboard.type('Release blocked:');
      await chord(page, 'Control', 'b');
      await page.keyboard.type(' the migration fails on staging. @Dan');
      await page.waitForSelector('[data-tid="AutocompletePopup-Mentions"] [role="option"]');
      await page.click('[data-tid="AutocompletePopup-Mentions"] [role="option"]');
      await page.keyboard.type('could you confirm the fix?');
      // Enter sends in Teams; the paragraph its Format pane's Enter makes is asked of the editor (no public capture).
      await page.evaluate(() => window.__editor!.execute('enter'));
      await page.keyboard.type('- tried `db:migrate --lock` twice');
      await page.evaluate(() => window.__editor!.execute('enter'));
      await page.keyboard.type('rollback fails with `ERR_LOCK_TIMEOUT`');
    },
    model: (page) => page.evaluate(() => window.__editor!.getData()),
    expected: (before, line) => (before as string).replace(/<\/li><\/ul>$/, `<br>${escapeHtml(line)}</li></ul>`),
    pause: async () => undefined,
  },
};

/** In our shadow root: opens the badge and every part, and names the first visible insert button with a [blank]. */
const findInsert = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('composure-sidebar')?.shadowRoot;
    if (!root) return null;
    const pill = root.querySelector<HTMLElement>('.composure-pill');
    if (pill) return 'pill';
    const toggle = root.querySelector<HTMLElement>('[data-testid="parts-toggle"]');
    if (toggle && /Show all/.test(toggle.textContent ?? '')) return 'toggle';
    const button = Array.from(root.querySelectorAll<HTMLElement>('[data-testid^="insert-"][title*="["]')).find(
      (b) => b.offsetParent !== null,
    );
    return button ? `insert:${button.dataset['testid']}` : null;
  });

describe('Firefox: inserting a suggestion keeps bold, lists, code spans and mentions (built extension)', () => {
  const s = useFirefox();

  for (const [name, host] of Object.entries(HOSTS)) {
    it(`${name}: the model keeps every format and entity, the line goes in plain, one Ctrl+Z restores the draft`, async () => {
      const page = await s.newPage();
      await page.setViewport({ width: 1400, height: 900 });
      await page.goto(host.url);
      await page.waitForFunction(() => window.__ready !== false, { polling: 50 });
      await page.click(host.composer);
      await host.build(page);
      const before = await host.model(page);
      expect(JSON.stringify(before)).toMatch(
        name.startsWith('Slack')
          ? /"slackmention".*"code":true.*"list":"bullet"/
          : /<strong>.*readonly.*<code>ERR_LOCK_TIMEOUT<\/code>/,
      );
      await host.pause(page);

      // The sidebar re-renders as the analysis lands: find, read and click in one step, again if it moved.
      let line = '';
      await poll(async () => {
        const next = await findInsert(page);
        if (next === 'pill') await page.click('composure-sidebar >>> .composure-pill');
        if (next === 'toggle') await page.click('composure-sidebar >>> [data-testid="parts-toggle"]');
        if (!next?.startsWith('insert:')) return false;
        const selector = `composure-sidebar >>> [data-testid="${next.slice('insert:'.length)}"]`;
        try {
          line = (await page.$eval(selector, (el) => el.getAttribute('title'))) ?? '';
          await page.click(selector);
          return true;
        } catch {
          return false;
        }
      }).toBe(true);
      const blank = /\[[^[\]\n]+\]/.exec(line)![0];
      await poll(() => host.model(page)).toEqual(host.expected(before, line));
      await poll(() => page.evaluate(() => window.getSelection()!.toString())).toBe(blank);
      const pills = await page.$$eval(`${host.composer} ${host.pill}`, (els) => els.map((e) => e.textContent));
      expect(pills).toEqual([name.startsWith('Slack') ? '@Dana Scully' : 'Dana\u00a0Scully']);
      mkdirSync('test-results', { recursive: true });
      await page.screenshot({
        path: `test-results/firefox-rich-insert-${name.startsWith('Slack') ? 'slack' : 'teams'}.png`,
      });

      await chord(page, 'Control', 'z');
      await poll(() => host.model(page)).toEqual(before);
      expect(await page.evaluate(() => window.__sent)).toEqual([]);
    });
  }
});
