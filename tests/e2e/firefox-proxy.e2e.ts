// Proxied hosts through the optional-permission flow in real Firefox ESR: a Teams page behind a
// Defender for Cloud Apps proxy (*.mcas.ms) gets nothing until its origin is granted; granted from
// an extension page on a click, the background registers the content script there and the page gets
// a working sidebar (its requests are answered, so the proxied caller is known); revoked, it is
// unregistered and a new load gets nothing again. Firefox is asked not to prompt for optional
// permissions (extensions.webextOptionalPermissionPrompts): the grant is the browser's real one.
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { demoTeam } from '../playground/seed';
import { until, useFirefox } from './harness/firefox-suite';

const PROXIED = 'https://teams.microsoft.com.mcas.ms/v2/?chat=19%3Adana-scully_me%40unq.gbl.spaces';
const ORIGIN = 'https://teams.microsoft.com.mcas.ms/*';
const TEAMS_MAIN = '.compose-box [data-tid="ckeditor"]';
const DRAFT = 'Could you check the release notes by Friday 15:00 CET? The build is green now.';

type Ext = {
  browser: {
    permissions: {
      request(p: { origins: string[] }): Promise<boolean>;
      remove(p: { origins: string[] }): Promise<boolean>;
      getAll(): Promise<{ origins: string[] }>;
    };
    scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string; matches: string[] }>> };
  };
};

describe('Firefox: proxied hosts through the optional permission (built extension)', () => {
  const s = useFirefox({ caller: true, prefs: { 'extensions.webextOptionalPermissionPrompts': false } });

  /** Loads the proxied Teams page and, for comparison, the same page on the real host (which attaches). */
  async function loadBoth(): Promise<Page> {
    const page = await s.newPage();
    await page.setViewport({ width: 1024, height: 700 });
    await page.goto(PROXIED);
    await page.waitForFunction('window.__ready === true', { timeout: 15_000, polling: 50 });
    const direct = await s.newPage();
    await direct.goto('https://teams.microsoft.com/v2/');
    await until(direct, () => document.querySelector('[data-composure-attached="true"]'), 20_000);
    await direct.close();
    return page;
  }

  const registered = () =>
    s.caller.page.evaluate(async () => {
      const b = (globalThis as unknown as Ext).browser;
      const scripts = await b.scripting.getRegisteredContentScripts();
      return scripts.map((x) => ({ id: x.id, matches: x.matches }));
    });

  it('nothing runs before the grant; granted on a click it runs with a working sidebar; revoked it stops', async () => {
    for (const person of demoTeam()) await s.caller.call({ type: 'people/upsert', person });
    const before = await loadBoth();
    expect(await before.evaluate(() => document.querySelectorAll('composure-sidebar').length)).toBe(0);
    expect(await registered()).toEqual([]);
    await before.close();

    // The grant, as the popup asks for it: permissions.request inside a click handler of our page.
    const popup = s.caller.page;
    await popup.evaluate((origin) => {
      const b = document.createElement('button');
      b.id = 'grant';
      b.textContent = 'Allow';
      b.addEventListener('click', () => {
        void (globalThis as unknown as Ext).browser.permissions.request({ origins: [origin] }).then((ok) => {
          b.dataset['granted'] = String(ok);
        });
      });
      document.body.append(b);
    }, ORIGIN);
    await popup.click('#grant');
    await until(popup, () => document.getElementById('grant')?.dataset['granted'] !== undefined);
    expect(await popup.$eval('#grant', (b) => (b as HTMLElement).dataset['granted'])).toBe('true');
    // The background follows the grant (permissions.onAdded) by registering the composer script there.
    await until(
      popup,
      async (origin) => {
        const scripts = await (globalThis as unknown as Ext).browser.scripting.getRegisteredContentScripts();
        return scripts.some((x) => x.matches.includes(origin));
      },
      10_000,
      ORIGIN,
    );
    expect(await registered()).toEqual([{ id: 'composer-proxied', matches: [ORIGIN] }]);

    const page = await s.newPage();
    await page.setViewport({ width: 1024, height: 700 });
    await page.goto(PROXIED);
    await page.waitForFunction('window.__ready === true', { timeout: 15_000, polling: 50 });
    await until(
      page,
      () =>
        document.querySelector('[data-composure-attached="true"]') &&
        document.querySelector('composure-sidebar')?.shadowRoot?.querySelector('[data-testid="sidebar"]'),
      20_000,
    );
    await page.click(TEAMS_MAIN);
    await page.keyboard.type(DRAFT);
    // A score and the partner: the background answered the proxied page's requests.
    await until(
      page,
      () =>
        /^\d+$/.test(
          document.querySelector('composure-sidebar')?.shadowRoot?.querySelector('[data-testid="score"]')
            ?.textContent ?? '',
        ),
      20_000,
    );
    await until(
      page,
      () => {
        const names = [
          ...(document
            .querySelector('composure-sidebar')
            ?.shadowRoot?.querySelectorAll('[data-testid="recipient"] .composure-recipient-name') ?? []),
        ].map((n) => n.textContent);
        return JSON.stringify(names) === JSON.stringify(['Dana Scully']);
      },
      15_000,
    );
    expect(await page.evaluate(() => document.querySelectorAll('composure-sidebar').length)).toBe(1);
    await page.close();

    // Revoked: unregistered, and a new load of the page gets nothing.
    expect(
      await popup.evaluate(
        (origin) => (globalThis as unknown as Ext).browser.permissions.remove({ origins: [origin] }),
        ORIGIN,
      ),
    ).toBe(true);
    await until(
      popup,
      async () => (await (globalThis as unknown as Ext).browser.scripting.getRegisteredContentScripts()).length === 0,
      10_000,
    );
    const after = await loadBoth();
    expect(await after.evaluate(() => document.querySelectorAll('composure-sidebar').length)).toBe(0);
    // Five page loads, a grant and a revoke in one test: on a loaded machine this took 44 s of the default 60.
  }, 180_000);
});
