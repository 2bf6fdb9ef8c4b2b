// The Firefox build in real Firefox ESR (puppeteer-core over WebDriver BiDi): it attaches on Slack
// and the three Teams hosts, scores a draft, inserts a missing part into the host editor's own model
// and Ctrl+Z takes it out, focus mode reaches the page, and nothing leaves the machine.
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { demoTeam } from '../playground/seed';
import { until, useFirefox } from './harness/firefox-suite';

const DRAFT = 'The release is blocked: the migration fails on staging with ERR_LOCK_TIMEOUT (https://ci.acme.io/runs/812). @dana could you confirm the fix?';
const SLACK_MAIN = '.p-workspace__input [data-qa="texty_input"]';
const TEAMS_MAIN = '.compose-box [data-tid="ckeditor"]';

/** A hook inside our shadow root: its text and data attributes, or null. */
function hook(page: Page, testid: string) {
  return page.evaluate((id) => {
    const el = document.querySelector('composure-sidebar')?.shadowRoot?.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    return el ? { text: el.textContent ?? '', present: el.dataset['present'] ?? null, title: el.getAttribute('title') } : null;
  }, testid);
}

async function undo(page: Page): Promise<void> {
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyZ');
  await page.keyboard.up('Control');
}

describe('Firefox: the compose assistant (built extension)', () => {
  const s = useFirefox({ caller: true });

  async function open(url: string): Promise<Page> {
    const page = await s.newPage();
    await page.setViewport({ width: 1400, height: 900 });
    await page.goto(url);
    await until(page, () => document.querySelector('[data-composure-attached="true"]') && document.querySelector('composure-sidebar')?.shadowRoot?.querySelector('[data-testid="sidebar"]'), 20_000);
    return page;
  }

  for (const url of ['https://app.slack.com/client/T0123/C0456', 'https://teams.microsoft.com/v2/', 'https://teams.cloud.microsoft/', 'https://teams.live.com/v2/']) {
    it(`attaches to the composer at ${url}`, async () => {
      const page = await open(url);
      expect(await page.evaluate(() => document.querySelectorAll('composure-sidebar').length)).toBe(1);
      expect(await page.evaluate(() => document.querySelectorAll('[data-composure-attached="true"]').length)).toBe(1);
    });
  }

  it('Slack: scores the draft, inserts a missing part into Quill, Ctrl+Z takes it out', async () => {
    await s.caller.call({ type: 'people/upsert', person: demoTeam()[0]! });
    const page = await open('https://app.slack.com/client/T0123/C0456');
    await page.click(SLACK_MAIN);
    await page.keyboard.type(DRAFT);
    await until(page, () => document.querySelector('composure-sidebar')?.shadowRoot?.querySelector('[data-testid="check-evidence"][data-present="true"]'));
    expect((await hook(page, 'score'))!.text).toMatch(/^\d+$/);
    const part = await page.evaluate(() => {
      const b = document.querySelector('composure-sidebar')!.shadowRoot!.querySelector<HTMLElement>('li:not([hidden]) [data-testid^="insert-"]');
      return b ? { id: b.dataset['testid']!, line: b.getAttribute('title')! } : null;
    });
    expect(part).not.toBeNull();
    // A person pauses between typing and clicking the sidebar; Quill's history merges edits made within
    // 1 s of each other into one undo step, so without the pause the insert would merge with the typing.
    await new Promise((r) => setTimeout(r, 1_100));
    await page.click(`composure-sidebar >>> [data-testid="${part!.id}"]`);
    await until(page, (line) => window.__quill!.getText().includes(line), 10_000, part!.line);
    await undo(page);
    await until(page, (line) => !window.__quill!.getText().includes(line), 10_000, part!.line);
    expect(await page.evaluate(() => window.__quill!.getText())).toContain('ERR_LOCK_TIMEOUT');
    expect(await page.evaluate(() => window.__sent)).toEqual([]);
  });

  it('Teams: an inserted line lands in CKEditor and Ctrl+Z takes it out', async () => {
    const page = await open('https://teams.microsoft.com/v2/');
    await page.click(TEAMS_MAIN);
    await page.keyboard.type(DRAFT);
    await until(page, () => document.querySelector('composure-sidebar')?.shadowRoot?.querySelector('[data-testid="check-evidence"][data-present="true"]'));
    const part = await page.evaluate(() => {
      const b = document.querySelector('composure-sidebar')!.shadowRoot!.querySelector<HTMLElement>('li:not([hidden]) [data-testid^="insert-"]');
      return { id: b!.dataset['testid']!, line: b!.getAttribute('title')! };
    });
    await new Promise((r) => setTimeout(r, 1_100)); // the same pause a person makes before clicking
    await page.click(`composure-sidebar >>> [data-testid="${part.id}"]`);
    const escaped = part.line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    await until(page, (line) => window.__editor!.getData().includes(line), 10_000, escaped);
    await undo(page);
    await until(page, (line) => !window.__editor!.getData().includes(line), 10_000, escaped);
    expect(await page.evaluate(() => window.__editor!.getData())).toContain('ERR_LOCK_TIMEOUT');
  });

  it('focus mode hides the unread badges on the page and shows the banner; stopping restores them', async () => {
    const page = await open('https://app.slack.com/client/T0123/C0456');
    await s.caller.call({ type: 'focus/start', minutes: 30 });
    await until(page, () => [...document.querySelectorAll('.p-channel_sidebar__badge')].every((b) => getComputedStyle(b).display === 'none'));
    await until(page, () => document.querySelector('composure-sidebar')?.shadowRoot?.querySelector('[data-testid="focus-banner"]')?.textContent?.startsWith('Focus until'));
    await s.caller.call({ type: 'focus/stop' });
    await until(page, () => [...document.querySelectorAll('.p-channel_sidebar__badge')].every((b) => getComputedStyle(b).display !== 'none'));
  });

  it('the off switch: "Turn off on Slack" from the sidebar menu leaves no trace on the page; "Turn on" in the popup brings it back', async () => {
    const page = await open('https://app.slack.com/client/T0123/C0456');
    await page.click(SLACK_MAIN);
    await page.keyboard.type(DRAFT);
    // The panel first (its part checks), then its menu: the folded badge carries a ⋯ too, and a menu opened there
    // closes when the first sentence opens the panel.
    await until(page, () => document.querySelector('composure-sidebar')?.shadowRoot?.querySelector('[data-testid="check-ask"][data-present="true"]'));
    await until(page, () => document.querySelector('composure-sidebar')?.shadowRoot?.querySelector('[data-testid="sidebar-menu"]'));
    await page.click('composure-sidebar >>> [data-testid="sidebar-menu"]');
    await until(page, () => document.querySelector('composure-sidebar')?.shadowRoot?.querySelector('[data-testid="off-host"]'));
    await page.click('composure-sidebar >>> [data-testid="off-host"]');
    await until(page, () => !document.querySelector('composure-sidebar, [data-composure-attached], style[wxt-shadow-root-document-styles]'));
    await page.keyboard.type(' More.');
    expect(await page.evaluate(() => document.querySelectorAll('composure-sidebar, [data-composure-attached]').length)).toBe(0);

    const popup = await s.openExtensionPage('popup.html');
    await until(popup, () => document.querySelector('[data-testid="site"]')?.textContent?.startsWith('Off on Slack'));
    await popup.click('[data-testid="site-on"]');
    await until(page, () => document.querySelector('composure-sidebar')?.shadowRoot?.querySelector('[data-testid="sidebar"]'));
    expect(await s.caller.call({ type: 'switch/list' })).toEqual([]);
    await popup.close();
  });

  it('made no request: the background counted none, and every page request was a local fixture', async () => {
    expect(await s.caller.call({ type: 'privacy/requests' })).toEqual({ background: 0, urls: [] });
    expect(s.ff.routes.aborted).toEqual([]);
  });
});
