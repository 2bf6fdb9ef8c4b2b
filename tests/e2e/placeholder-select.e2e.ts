// After an insert from the sidebar, the inserted line's first [blank] is selected in the host editor:
// typing a word replaces it and nothing else in the draft changes; Ctrl+Z undoes the insert in one
// step. Built extension, real Quill (Slack fixture) and real CKEditor 5 (Teams fixture) in Chromium.
//
// What undo gives the user after insert + typing, as each editor groups it:
// - CKEditor 5: the typing is its own batch. The first Ctrl+Z brings the blank back, the second removes the line.
// - Quill: its history merges changes less than 1 s apart (delay 1000). Typed at once, one Ctrl+Z removes
//   the line and the word together; typed after a pause, the first brings the blank back, the second removes
//   the line. Either way every step is the draft as it was at some point, never a half-insert.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from './harness/chromium-suite';

const SLACK_URL = 'https://app.slack.com/client/T0123/C0456';
const TEAMS_URL = 'https://teams.microsoft.com/v2/';
const SLACK_MAIN = '.p-workspace__input [data-qa="texty_input"]';
const TEAMS_MAIN = '.compose-box [data-tid="ckeditor"]';
const DRAFT =
  'The release is blocked: the migration fails on staging with ERR_LOCK_TIMEOUT (https://ci.acme.io/runs/812). @dana could you confirm the fix?';
const WORD = 'Zebrafish';
const poll = <T>(fn: () => Promise<T> | T, timeout = 10_000) => expect.poll(fn, { timeout, interval: 50 });
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface Editor {
  url: string;
  composer: string;
  /** The editor's own model of the draft (Quill's text, CKEditor's data). */
  read: (page: Page) => Promise<string>;
  /** How a line appears in that model. */
  encode: (s: string) => string;
}

const EDITORS: Record<'Quill (Slack)' | 'CKEditor 5 (Teams)', Editor> = {
  'Quill (Slack)': {
    url: SLACK_URL,
    composer: SLACK_MAIN,
    read: (p) => p.evaluate(() => window.__quill!.getText()),
    encode: (s) => s,
  },
  'CKEditor 5 (Teams)': {
    url: TEAMS_URL,
    composer: TEAMS_MAIN,
    read: (p) => p.evaluate(() => window.__editor!.getData()),
    encode: escapeHtml,
  },
};

describe('insert selects the first placeholder (built extension, Chromium)', () => {
  const s = useChromium({ seed: true });

  /** Opens the host, types the draft, inserts a suggestion line with a blank; returns the states around it. */
  async function insertWithBlank(ed: Editor) {
    const page = await s.newPage();
    await page.goto(ed.url);
    await page.locator('composure-sidebar [data-testid="sidebar"]').waitFor({ state: 'visible', timeout: 15_000 });
    await page.click(ed.composer);
    await page.keyboard.type(DRAFT, { delay: 2 });
    await poll(() =>
      page.locator('composure-sidebar [data-testid="check-evidence"]').getAttribute('data-present'),
    ).toBe('true');
    const before = await ed.read(page);
    // A person pauses between typing and clicking the sidebar; Quill's history merges edits made within
    // 1 s of each other into one undo step, so without the pause the insert would merge with the typing.
    await page.waitForTimeout(1_100);
    const button = page.locator('composure-sidebar [data-testid^="insert-"][title*="["]').first();
    const line = (await button.getAttribute('title'))!;
    const blank = /\[[^[\]\n]+\]/.exec(line)![0];
    await button.click();
    await poll(() => ed.read(page)).toContain(ed.encode(line));
    // The blank is what the page's selection holds, and focus is back in the editor.
    await poll(() => page.evaluate(() => window.getSelection()!.toString())).toBe(blank);
    expect(await page.evaluate((sel) => document.activeElement === document.querySelector(sel), ed.composer)).toBe(
      true,
    );
    const after = await ed.read(page);
    expect(after.startsWith(before.replace(/\n$/, '').replace(/<\/p>$/, ''))).toBe(true);
    const at = after.lastIndexOf(ed.encode(line)) + ed.encode(line).indexOf(ed.encode(blank));
    const typed = after.slice(0, at) + WORD + after.slice(at + ed.encode(blank).length);
    return { page, before, after, line, blank, typed };
  }

  for (const [name, ed] of Object.entries(EDITORS)) {
    it(`${name}: Ctrl+Z right after the insert takes the whole line out in one step`, async () => {
      const { page, before, line } = await insertWithBlank(ed);
      await page.keyboard.press('Control+z');
      await poll(() => ed.read(page)).toBe(before);
      expect(await ed.read(page)).not.toContain(ed.encode(line));
    });

    it(`${name}: typing a word replaces the blank and nothing else; undo walks back to the draft`, async () => {
      const { page, before, after, typed } = await insertWithBlank(ed);
      await page.keyboard.type(WORD);
      await poll(() => ed.read(page)).toBe(typed);
      await page.keyboard.press('Control+z');
      await poll(() => ed.read(page)).not.toBe(typed);
      const first = await ed.read(page);
      if (name.startsWith('CKEditor')) expect(first).toBe(after);
      else expect([after, before]).toContain(first);
      if (first === after) {
        // The blank came back; one more step takes the line out.
        await page.keyboard.press('Control+z');
        await poll(() => ed.read(page)).toBe(before);
      }
      expect(await ed.read(page)).toContain('ERR_LOCK_TIMEOUT');
      expect(await page.evaluate(() => window.__sent)).toEqual([]);
    });
  }
});
