// Slack-specific behaviour: several composers at once, Quill's quirks, the built content script
// following the composer, and the resilience variants (no composer, renamed data-qa hooks).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from './harness/chromium-suite';
import { type PageWatch } from './fixtures';
import { openFixture, SLACK } from './session';

const ATTACHED = '[data-composure-attached="true"]';

describe('Slack adapter on the Slack fixture', () => {
  const s = useChromium();
  let page: Page;
  let watch: PageWatch;
  const open = async (fixture = 'slack.html', url = SLACK.url) => {
    s.routes.pages.slack = fixture;
    ({ page, watch } = await openFixture(s.ext.context, url, SLACK.ready));
    s.track(page, watch);
  };

  it('prefers the focused thread composer and writes into the thread, not the channel', async () => {
    await open();
    await page.focus('.p-threads_footer__input [data-qa="texty_input"]');
    const result = await page.evaluate(async () => {
      const a = window.__composureHosts.pickAdapter(location)!;
      const c = a.activeComposer()!;
      const inserted = await a.insertText(c, 'Reply in thread');
      return { kind: c.kind, regionIsThreadFooter: c.region.matches('.p-threads_footer__input'), inserted };
    });
    expect(result).toEqual({ kind: 'thread', regionIsThreadFooter: true, inserted: { ok: true, via: 'execCommand' } });
    expect(await page.evaluate(() => [window.__quills.thread!.getText(), window.__quills.channel!.getText()])).toEqual(['Reply in thread\n', '\n']);
  });

  it('never picks the edit-in-place or search editors, even when they have focus', async () => {
    await open();
    for (const selector of ['[data-qa="message_editor"] [data-qa="texty_input"]', '[aria-label="Query"]']) {
      await page.focus(selector);
      const kind = await page.evaluate(() => {
        const c = window.__composureHosts.pickAdapter(location)!.activeComposer()!;
        return c.region.matches('.p-workspace__input') ? c.kind : 'wrong composer';
      });
      expect(kind).toBe('channel');
    }
  });

  it('reproduces Slack: Send enables a tick after text arrives, and synthetic paste is ignored', async () => {
    await open();
    const sync = await page.evaluate(() => {
      const editable = document.querySelector<HTMLElement>('.p-workspace__input [data-qa="texty_input"]')!;
      editable.focus();
      document.execCommand('insertText', false, 'typed');
      return document.querySelector('.p-workspace__input [data-qa="texty_send_button"]')!.getAttribute('aria-disabled');
    });
    expect(sync).toBe('true');
    await page.waitForFunction(() => document.querySelector('.p-workspace__input [data-qa="texty_send_button"]')!.getAttribute('aria-disabled') === 'false');
    const pasted = await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', ' pasted');
      window.__quill!.root.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      return { text: window.__quill!.getText(), ignored: window.__ignoredPastes };
    });
    expect(pasted).toEqual({ text: 'typed\n', ignored: 1 });
  });

  it('reads a group DM and its participants after a pushState switch', async () => {
    await open();
    await page.click('a[href="/client/T0123/G0999"]');
    await page.waitForFunction(() => window.__renders > 1);
    const conv = await page.evaluate(() => window.__composureHosts.pickAdapter(location)!.conversation());
    expect(conv).toMatchObject({
      key: 'slack:T0123/G0999',
      title: 'Dana Scully, Walter Skinner',
      url: 'https://app.slack.com/client/T0123/G0999',
      kind: 'group',
      participants: [{ name: 'Dana Scully' }, { name: 'Walter Skinner' }],
    });
  });

  it('refuses to schedule beyond 120 days without opening any menu', async () => {
    await open();
    await page.evaluate(() => window.__quill!.setText('Far future'));
    const result = await page.evaluate(() => {
      const a = window.__composureHosts.pickAdapter(location)!;
      return a.scheduleSend(a.activeComposer()!, new Date(Date.now() + 130 * 86_400_000));
    });
    expect(result).toEqual({ ok: false, reason: 'Slack schedules at most 120 days ahead' });
    expect(await page.locator('[role="menu"], [role="dialog"][aria-modal]').count()).toBe(0);
  });

  it("schedules through Slack's preset when it is the wanted time, without opening Custom time", async () => {
    await open();
    await page.evaluate(() => window.__quill!.setText('Notes for tomorrow'));
    const outcome = await page.evaluate(async () => {
      const a = window.__composureHosts.pickAdapter(location)!;
      const at = new Date(Date.now() + 86_400_000);
      at.setHours(9, 0, 0, 0);
      return { result: await a.scheduleSend(a.activeComposer()!, at), at: at.toISOString(), scheduled: window.__scheduled };
    });
    expect(outcome.result).toEqual({ ok: true, path: 'preset' });
    expect(outcome.scheduled).toEqual([expect.objectContaining({ at: outcome.at, text: 'Notes for tomorrow' })]);
    // The preset schedules directly: no date or time was typed anywhere.
    expect(outcome.scheduled[0]).not.toHaveProperty('date');
    expect(await page.locator('[role="menu"], [role="dialog"][aria-modal]').count()).toBe(0);
  });

  it('Custom time with a calendar date picker (the public evidence): closed untouched, the reason given, the draft kept', async () => {
    await open('slack.html', `${SLACK.url}?dialog=calendar`);
    await page.evaluate(() => window.__quill!.setText('Needs a custom time'));
    const result = await page.evaluate(async () => {
      const a = window.__composureHosts.pickAdapter(location)!;
      const at = new Date(Date.now() + 2 * 86_400_000);
      at.setHours(10, 30, 0, 0);
      return a.scheduleSend(a.activeComposer()!, at);
    });
    expect(result).toEqual({ ok: false, path: 'custom-dialog:calendar', reason: expect.stringMatching(/calendar/) });
    expect(await page.evaluate(() => (window as unknown as { __customOpened?: number }).__customOpened)).toBe(1);
    // Never a half-filled host dialog left open; nothing scheduled; the draft untouched.
    expect(await page.locator('[role="menu"], [role="dialog"][aria-modal]').count()).toBe(0);
    expect(await page.evaluate(() => [window.__scheduled.length, window.__quill!.getText()])).toEqual([0, 'Needs a custom time\n']);
  });

  it('the content script follows the composer: focus moves it, a channel switch re-attaches', async () => {
    await open();
    await page.locator(`.p-workspace__input [data-qa="texty_input"]${ATTACHED}`).waitFor({ state: 'attached' });
    await page.focus('.p-threads_footer__input [data-qa="texty_input"]');
    await page.locator(`.p-threads_footer__input [data-qa="texty_input"]${ATTACHED}`).waitFor({ state: 'attached' });
    await page.click('a[href="/client/T0123/D0789"]');
    await page.locator(`.p-workspace__input [data-qa="texty_input"][aria-label="Message Dana Scully"]${ATTACHED}`).waitFor({ state: 'attached' });
    expect(await page.locator(ATTACHED).count()).toBe(1);
  });

  it('no composer (slack-missing): diagnose names the failed selectors, nothing throws', async () => {
    await open('slack-missing.html');
    const state = await page.evaluate(() => {
      const a = window.__composureHosts.pickAdapter(location)!;
      return { composers: a.findComposers().length, active: a.activeComposer(), diagnosis: a.diagnose(), conv: a.conversation().title };
    });
    expect(state.composers).toBe(0);
    expect(state.active).toBeNull();
    expect(state.conv).toBe('general');
    expect(state.diagnosis.failed).toEqual(['composerEditable', 'composerRegion', 'sendButton', 'scheduleButton']);
    // The built content script reports the same diagnosis and marks nothing.
    await expect.poll(() => watch.console.some((l) => l.includes('[composure] selectors failed: composerEditable,composerRegion,sendButton,scheduleButton'))).toBe(true);
    expect(await page.locator(ATTACHED).count()).toBe(0);
  });

  it('renamed data-qa hooks (slack-renamed): structural fallbacks carry on, diagnose says which', async () => {
    await open('slack-renamed.html');
    const state = await page.evaluate(async () => {
      const a = window.__composureHosts.pickAdapter(location)!;
      const c = a.activeComposer()!;
      const inserted = await a.insertText(c, 'Still works');
      const probes = Object.fromEntries(a.diagnose().probes.map((p) => [p.name, p.index]));
      return { inFooter: c.region.matches('.p-workspace__input'), inserted, model: window.__quill!.getText(), probes, title: a.conversation().title };
    });
    expect(state).toEqual({
      inFooter: true,
      inserted: { ok: true, via: 'execCommand' },
      model: 'Still works\n',
      probes: { composerEditable: 2, composerRegion: 0, sendButton: -1, scheduleButton: 1, header: -1, headerTitle: 1, sidebarRow: 0 },
      title: 'general',
    });
    // The schedule caret is still found by its (English) label, so scheduled send keeps working.
    const scheduled = await page.evaluate(async () => {
      const a = window.__composureHosts.pickAdapter(location)!;
      return a.scheduleSend(a.activeComposer()!, new Date(Date.now() + 86_400_000 + 3_600_000));
    });
    expect(scheduled).toMatchObject({ ok: true });
    await page.locator(`.p-workspace__input .ql-editor${ATTACHED}`).waitFor({ state: 'attached' });
  });
});
