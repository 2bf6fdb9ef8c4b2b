// Plain-language problems next to the field, in the built extension (Chromium), as the Team form shows
// them: on the Me tab (hours, zone) and on Norms, each note sits under its field, the field is marked
// invalid and points at it, and the same words stand beside Save, which stays in view. Screenshots.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './fixtures';
import { useChromium } from './harness/chromium-suite';

describe('form problems next to their fields (built extension)', () => {
  const s = useChromium({ caller: true });

  async function popup(tab: string): Promise<Page> {
    const page = await s.newPage();
    await page.setViewportSize({ width: 380, height: 560 });
    await page.goto(`chrome-extension://${s.ext.extensionId}/popup.html`);
    await page.getByRole('tab', { name: tab, exact: true }).click();
    return page;
  }
  /** The element's whole box is inside the window and nothing (the sticky Save bar) covers it: seen without scrolling. */
  const inView = (page: Page, testid: string) =>
    page.getByTestId(testid).evaluate((el) => {
      const r = el.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight && !!top && el.contains(top);
    });
  const saveBar = (page: Page) => page.locator('.sticky-actions .field-error');

  it('Me: overlapping Friday shifts are named under Working hours and beside Save', async () => {
    const page = await popup('Me');
    await page.getByRole('button', { name: 'Add a shift on Friday' }).click();
    await page.getByLabel('Friday shift 2 start').fill('16:00');
    await page.getByLabel('Friday shift 2 start').blur();
    const note = page.getByTestId('me-workingHours-error');
    expect(await note.textContent()).toBe('Friday: Shifts overlap.');
    expect(await page.locator('fieldset[data-field="workingHours"]').getAttribute('aria-describedby')).toBe(
      'me-workingHours-error',
    );
    expect(await saveBar(page).textContent()).toBe('Friday: Shifts overlap.');
    expect(await saveBar(page).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Save' }).isDisabled()).toBe(true);
    expect(await inView(page, 'me-workingHours-error')).toBe(true);
    // The row being edited stays in view too.
    expect(
      await page.getByLabel('Friday shift 2 start').evaluate((el) => {
        const r = el.getBoundingClientRect();
        return el.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
      }),
    ).toBe(true);
    await screenshot(page, 'popup-me-hours-problem');
    await page.getByRole('button', { name: 'Remove Friday shift 2' }).click();
    expect(await note.count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Save' }).isEnabled()).toBe(true);
  });

  it('Norms: a blank FYI line is named under that field and beside Save', async () => {
    const page = await popup('Norms');
    const fyi = page.getByTestId('norm-fyi');
    await fyi.getByLabel('Expectation line').fill('   ');
    const note = page.getByTestId('norm-fyi-text-error');
    expect(await note.textContent()).toBe('Write the line the sidebar inserts for this tier.');
    expect(await fyi.getByLabel('Expectation line').getAttribute('aria-invalid')).toBe('true');
    expect(await inView(page, 'norm-fyi-text-error')).toBe(true);
    expect(await saveBar(page).textContent()).toBe('Give every tier an expectation line');
    expect(await saveBar(page).isVisible()).toBe(true);
    await screenshot(page, 'popup-norms-problem');
    expect(
      await s.caller.call({ type: 'settings/get' }).then((x) => x.norms.fyi.expectation.trim().length),
    ).toBeGreaterThan(0);
  });
});
