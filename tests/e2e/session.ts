// Opening a fixture page for a test: navigate, wait for the fixture's editors, inject the adapters.
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { watchPage, type PageWatch } from './fixtures';
import { injectHosts } from './page-bundle';

export interface HostCase {
  name: string;
  url: string;
  /** Page expression true once the fixture's editors are mounted. */
  ready: string;
}

export const SLACK: HostCase = {
  name: 'slack',
  url: 'https://app.slack.com/client/T0123/C0456',
  ready: 'window.__renders > 0 && !!window.__quills.search',
};

export const TEAMS: HostCase = {
  name: 'teams',
  url: 'https://teams.microsoft.com/v2/',
  ready: 'window.__ready === true && !!window.__editors.edit && !!window.__editors.hidden && !!window.__editors.parked',
};

export interface OpenedPage {
  page: Page;
  watch: PageWatch;
}

/** Opens `url`, waits for `ready` and injects lib/hosts as window.__composureHosts. */
export async function openFixture(context: BrowserContext, url: string, ready: string): Promise<OpenedPage> {
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto(url);
  await page.waitForFunction(ready, undefined, { timeout: 15_000 });
  await injectHosts(page);
  await page.evaluate(() => {
    window.__test = {};
  });
  return { page, watch };
}

/** The frame of the iframe matching `selector`, once its fixture is `ready`, with the adapters injected. */
export async function frameWithHosts(page: Page, selector: string, ready: string): Promise<Frame> {
  const element = await page.waitForSelector(selector, { state: 'attached' });
  const frame = await element.contentFrame();
  if (!frame) throw new Error(`${selector} has no content frame`);
  await frame.waitForFunction(ready, undefined, { timeout: 15_000 });
  await injectHosts(frame);
  return frame;
}
