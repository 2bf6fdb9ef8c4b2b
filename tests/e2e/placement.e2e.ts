// Manners on the host page, in the built extension: on every fixture layout, at 1024×700 and
// 1400×900, the badge and then the open panel leave every host control uncovered; the panel opens
// only once the draft has something to say; dragging docks it to another side, remembered per host.
// Screenshots of each placement state go to test-results/placement-*.png.
import { copyFileSync, mkdirSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { useChromium } from './harness/chromium-suite';
import { screenshot } from './fixtures';
import { coveredControls, LAYOUTS, shellState, SIZES, type Layout } from './no-cover';

const DRAFT = 'Could you review the rollout plan (https://docs.acme.io/rollout) by Friday?';
const poll = <T>(fn: () => Promise<T> | T, timeout = 10_000) => expect.poll(fn, { timeout, interval: 50 });

/** The README's placement states, copied from test-results/ on request (UPDATE_SCREENSHOTS=1). */
const README_SHOTS: Record<string, string> = {
  'placement-slack-channel-thread-SIZE-badge': 'placement-badge-SIZE',
  'placement-teams-dm-editing-SIZE-open': 'placement-above-SIZE',
  'placement-beside-SIZE': 'placement-beside-SIZE',
  'placement-teams-iframe-SIZE-open': 'placement-no-room-SIZE',
  'placement-dragging-SIZE': 'placement-dragging-SIZE',
};

describe('placement (built extension)', () => {
  const s = useChromium({ caller: true });
  afterAll(() => {
    if (process.env.UPDATE_SCREENSHOTS !== '1') return;
    mkdirSync('tests/e2e/screenshots', { recursive: true });
    for (const { width } of SIZES) {
      for (const [from, to] of Object.entries(README_SHOTS)) {
        copyFileSync(`test-results/${from.replace('SIZE', String(width))}.png`, `tests/e2e/screenshots/${to.replace('SIZE', String(width))}.png`);
      }
    }
  });

  async function open(layout: Layout, size: (typeof SIZES)[number]): Promise<{ page: Page; where: Page | Frame }> {
    if (layout.page?.slack) s.routes.pages.slack = layout.page.slack;
    if (layout.page?.teams) s.routes.pages.teams = layout.page.teams;
    const page = await s.newPage();
    await page.setViewportSize(size);
    await page.goto(layout.url);
    await layout.setup?.(page);
    const where = layout.frame ? (await (await page.waitForSelector(layout.frame)).contentFrame())! : page;
    await where.locator('composure-sidebar [data-testid="sidebar"]').waitFor({ timeout: 15_000 });
    return { page, where };
  }

  for (const size of SIZES) {
    for (const layout of LAYOUTS) {
      it(`${layout.name} at ${size.width}×${size.height}: badge, then the panel, never over a host control`, async () => {
        const { page, where } = await open(layout, size);
        await where.click(layout.editable);
        await page.keyboard.type(DRAFT[0]!);
        // One letter: the badge alone, with no score.
        await poll(() => shellState(where)).toMatchObject({ state: 'badge' });
        expect(await where.locator('composure-sidebar [data-testid="score"]').textContent()).toBe('');
        expect(await coveredControls(where)).toEqual([]);
        await screenshot(page, `placement-${layout.name}-${size.width}-badge`);

        await page.keyboard.type(DRAFT.slice(1), { delay: 1 });
        await poll(async () => (await shellState(where))?.state === 'panel' || (await shellState(where))?.cramped).toBe(true);
        await poll(() => where.locator('composure-sidebar [data-testid="score"]').textContent()).toMatch(/^\d+$/);
        expect(await coveredControls(where)).toEqual([]);
        await screenshot(page, `placement-${layout.name}-${size.width}-open`);
      });
    }

    it(`dragging docks it beside the composer and the side is remembered for the host (${size.width}×${size.height})`, async () => {
      const layout = LAYOUTS.find((l) => l.name === 'slack-dm')!;
      let { page, where } = await open(layout, size);
      await page.click(layout.editable);
      await page.keyboard.type(DRAFT, { delay: 1 });
      await poll(() => shellState(page)).toMatchObject({ state: 'panel', side: 'above' });
      const header = page.locator('composure-sidebar .composure-header');
      const from = (await header.boundingBox())!;
      const region = (await page.locator('.p-workspace__input').boundingBox())!;
      await page.mouse.move(from.x + 60, from.y + 20);
      await page.mouse.down();
      await page.mouse.move(region.x + region.width + 120, region.y + 40, { steps: 8 });
      await screenshot(page, `placement-dragging-${size.width}`);
      await page.mouse.up();
      await poll(() => shellState(page)).toMatchObject({ state: 'panel', side: 'right' });
      expect(await coveredControls(page)).toEqual([]);
      await screenshot(page, `placement-beside-${size.width}`);
      await poll(() => s.caller.call({ type: 'placement/get' })).toEqual({ slack: 'right' });

      // A new page on the same host starts on the remembered side; another host does not.
      ({ page, where } = await open(layout, size));
      await poll(() => shellState(where)).toMatchObject({ state: 'badge', side: 'right' });
      // From the keyboard: Alt+arrow on the badge moves it (and is remembered too).
      await page.locator('composure-sidebar [data-testid="collapse"]').focus();
      await page.keyboard.press('Alt+ArrowUp');
      await poll(() => shellState(where)).toMatchObject({ state: 'badge', side: 'above' });
      await poll(() => s.caller.call({ type: 'placement/get' })).toEqual({ slack: 'above' });
    });
  }
});
