// The built extension loads, its content script attaches to both hosts at their real URLs, and
// nothing errors or tries to reach the network.
import { describe, expect, it } from 'vitest';
import { screenshot } from './fixtures';
import { useChromium } from './harness/chromium-suite';

const ATTACHED = '[data-composure-attached="true"]';

describe('built extension (smoke)', () => {
  const s = useChromium();

  it('has a running service worker', () => {
    expect(s.ext.extensionId).toMatch(/^[a-p]{32}$/);
    expect(s.ext.serviceWorker.url()).toBe(`chrome-extension://${s.ext.extensionId}/background.js`);
  });

  const cases = [
    { host: 'slack', url: 'https://app.slack.com/client/T0123/C0456', editable: '.p-workspace__input [data-qa="texty_input"]' },
    { host: 'teams', url: 'https://teams.microsoft.com/v2/', editable: '[data-tid="ckeditor"][id^="new-message-"]:not([data-tid="chat-pane-item"] *)' },
    { host: 'teams-cloud', url: 'https://teams.cloud.microsoft/', editable: '[data-tid="ckeditor"]:not([data-tid="chat-pane-item"] *)' },
    { host: 'teams-live', url: 'https://teams.live.com/v2/', editable: '[data-tid="ckeditor"]:not([data-tid="chat-pane-item"] *)' },
  ] as const;

  for (const c of cases) {
    it(`attaches to the ${c.host} composer at ${c.url}`, async () => {
      const page = await s.newPage();
      const watch = s.watchOf(page);
      {
        const started = Date.now();
        await page.goto(c.url);
        const marked = page.locator(ATTACHED);
        await marked.waitFor({ state: 'attached', timeout: 15_000 });
        const attachMs = Date.now() - started;
        // Exactly one composer is marked, and it is the main one (not an edit, search or hidden editor).
        expect(await marked.count()).toBe(1);
        expect(await page.locator(`${c.editable}${ATTACHED}`).count()).toBe(1);
        await screenshot(page, `smoke-${c.host}`);
        console.info(`[e2e] ${c.host}: attached ${attachMs} ms after navigation start`);
        expect(watch.pageErrors).toEqual([]);
        expect(watch.consoleErrors).toEqual([]);
      }
    });
  }

  it('made no request outside the fixture hosts and the extension', () => {
    expect(s.routes.aborted).toEqual([]);
  });
});
