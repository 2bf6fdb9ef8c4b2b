// The directory never loses a person, in the built extension (Chromium): adding someone with a handle
// that is already Dana Scully's asks "@dana is Dana Scully's handle: update Dana Scully, or use another
// handle?" and writes nothing until answered. "Use another handle" goes back to the field and adds a
// second person; "Update Dana Scully" updates her (same id), nobody else. Screenshots at 1024×700.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PersonRecord } from '../../lib/records/types';
import { screenshot } from './fixtures';
import { useChromium } from './harness/chromium-suite';

const day = [{ start: '09:00', end: '17:00' }];
const hours = { mon: day, tue: day, wed: day, thu: day, fri: day };
const QUESTION = "@dana is Dana Scully's handle: update Dana Scully, or use another handle?";

describe('directory: asking before reusing a handle (built extension)', () => {
  const s = useChromium({ caller: true });
  let dana: PersonRecord;

  async function teamForm(name: string, handles: string, zone?: string): Promise<Page> {
    const page = await s.newPage();
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.goto(`chrome-extension://${s.ext.extensionId}/popup.html`);
    await page.getByRole('tab', { name: 'Team', exact: true }).click();
    await page.getByTestId('team-add').click();
    await page.getByLabel('Name').fill(name);
    await page.getByLabel('Chat handles').fill(handles);
    if (zone) await page.getByLabel('Time zone').selectOption(zone);
    await page.getByRole('button', { name: 'Add teammate' }).click();
    return page;
  }
  const people = async () =>
    (await s.caller.call({ type: 'people/list' }))
      .map((p) => ({ id: p.id, name: p.name, handles: p.handles, emails: p.emails, timeZone: p.timeZone }))
      .sort((a, b) => a.name.localeCompare(b.name));
  /** The question is in view without scrolling: its whole box inside the 1024×700 window. */
  const inView = (page: Page) =>
    page.getByTestId('merge-question').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
    });

  it('"Use another handle": nothing is written, focus goes back to the handle, the new handle adds a second person', async () => {
    ({ person: dana } = await s.caller.call({
      type: 'people/upsert',
      person: {
        name: 'Dana Scully',
        handles: ['dana'],
        emails: ['dana@fbi.example'],
        timeZone: 'America/New_York',
        workingHours: hours,
      },
    }));
    const page = await teamForm('Dana Katz', '@dana');
    const question = page.getByTestId('merge-question');
    expect(await question.locator('p').textContent()).toBe(QUESTION);
    expect(await page.getByTestId('person-form-summary').textContent()).toBe(`Not saved yet: ${QUESTION}`);
    expect(await inView(page)).toBe(true);
    await screenshot(page, 'popup-team-merge-question-1024');
    // The popup's own box, for the README.
    await page.screenshot({
      path: 'test-results/popup-team-merge-question.png',
      clip: { x: 0, y: 0, width: 380, height: 560 },
    });
    expect(await people()).toEqual([
      {
        id: dana.id,
        name: 'Dana Scully',
        handles: ['dana'],
        emails: ['dana@fbi.example'],
        timeZone: 'America/New_York',
      },
    ]);

    await page.getByTestId('merge-other').click();
    expect(await question.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('person-handles');
    await page.keyboard.type('@dana.k'); // the old handle is selected: typing replaces it
    await page.getByRole('button', { name: 'Add teammate' }).click();
    await page.getByText('Dana Katz added.').waitFor();
    await screenshot(page, 'popup-team-merge-other-1024');
    const after = await people();
    expect(after.map(({ name, handles }) => ({ name, handles }))).toEqual([
      { name: 'Dana Katz', handles: ['dana.k'] },
      { name: 'Dana Scully', handles: ['dana'] },
    ]);
    expect(after[1]?.id).toBe(dana.id);
  });

  it('"Update Dana Scully": her entry (same id) takes the form, nobody is added, nobody else changes', async () => {
    const before = await people();
    const page = await teamForm('Dana Scully', '@dana, @scully', 'America/Los_Angeles');
    expect(await page.getByTestId('merge-question').locator('p').textContent()).toBe(QUESTION);
    expect(await people()).toEqual(before);
    await page.getByTestId('merge-update').click();
    await page.getByText('Dana Scully updated.').waitFor();
    await screenshot(page, 'popup-team-merge-updated-1024');
    const after = await people();
    expect(after).toHaveLength(before.length);
    // Her email, which the form did not mention, is kept: an update never drops what it was not told about.
    expect(after.find((p) => p.id === dana.id)).toEqual({
      id: dana.id,
      name: 'Dana Scully',
      handles: ['dana', 'scully'],
      emails: ['dana@fbi.example'],
      timeZone: 'America/Los_Angeles',
    });
    expect(after.find((p) => p.name === 'Dana Katz')).toEqual(before.find((p) => p.name === 'Dana Katz'));
  });
});
