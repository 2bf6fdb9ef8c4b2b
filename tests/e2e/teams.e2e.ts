// Teams-specific behaviour: CKEditor reverting DOM writes, the paste and beforeinput paths, skipped
// editors, a Teams without scheduled send, and the compose box inside an iframe (allFrames).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from './harness/chromium-suite';
import { screenshot, type PageWatch } from './fixtures';
import { frameWithHosts, openFixture, TEAMS } from './session';

const ATTACHED = '[data-composure-attached="true"]';
const MAIN = '.compose-box [data-tid="ckeditor"]';

describe('Teams adapter on the Teams fixture', () => {
  const s = useChromium();
  let page: Page;
  let watch: PageWatch;
  const open = async (url = TEAMS.url, ready = TEAMS.ready) => {
    ({ page, watch } = await openFixture(s.ext.context, url, ready));
    s.track(page, watch);
  };

  it('reproduces CKEditor: an execCommand write is reverted on the next render, the adapter paste sticks', async () => {
    await open();
    const raw = await page.evaluate(async (sel) => {
      const editable = document.querySelector<HTMLElement>(sel)!;
      editable.focus();
      getSelection()!.collapse(editable.querySelector('p')!, 0);
      await new Promise((r) => setTimeout(r, 0));
      const accepted = document.execCommand('insertText', false, 'typed via execCommand');
      const domRightAfter = editable.textContent;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return { accepted, domRightAfter, domLater: editable.textContent, model: window.__editor!.getData() };
    }, MAIN);
    expect(raw).toEqual({ accepted: true, domRightAfter: 'typed via execCommand', domLater: '', model: '' });

    const result = await page.evaluate(async () => {
      const a = window.__composureHosts.pickAdapter(location)!;
      const inserted = await a.insertText(a.activeComposer()!, 'Pasted like a person');
      // Force CKEditor to re-render the view from its model: a DOM-only write would vanish here.
      window.__editor!.setData(window.__editor!.getData());
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return { inserted, model: window.__editor!.getData(), draft: a.readDraft(a.activeComposer()!) };
    });
    expect(result).toEqual({ inserted: { ok: true, via: 'paste' }, model: '<p>Pasted like a person</p>', draft: 'Pasted like a person' });
  });

  it('falls back to beforeinput when synthetic paste is blocked', async () => {
    await open();
    const result = await page.evaluate(async () => {
      window.addEventListener('paste', (e) => !e.isTrusted && e.stopImmediatePropagation(), true);
      const a = window.__composureHosts.pickAdapter(location)!;
      const inserted = await a.insertText(a.activeComposer()!, 'Typed in\ntwo lines');
      return { inserted, model: window.__editor!.getData() };
    });
    expect(result).toEqual({ inserted: { ok: true, via: 'beforeinput' }, model: '<p>Typed in<br>two lines</p>' });
  });

  it('skips the edit in progress and hidden editors, even when the edit has focus', async () => {
    await open();
    await page.focus('[data-tid="chat-pane-item"] [data-tid="ckeditor"]');
    const state = await page.evaluate((sel) => {
      const a = window.__composureHosts.pickAdapter(location)!;
      return {
        editorsOnPage: document.querySelectorAll('[data-tid="ckeditor"]').length,
        composers: a.findComposers().length,
        activeIsMain: a.activeComposer()!.editable.matches(sel),
      };
    }, MAIN);
    expect(state).toEqual({ editorsOnPage: 4, composers: 1, activeIsMain: true });
  });

  it('a Teams without "Schedule send" gets {ok:false, reason} and an untouched draft', async () => {
    await open(`${TEAMS.url}?schedule=off`);
    await page.evaluate(() => window.__editor!.setData('<p>Keep me</p>'));
    const started = Date.now();
    const result = await page.evaluate(() => {
      const a = window.__composureHosts.pickAdapter(location)!;
      return a.scheduleSend(a.activeComposer()!, new Date(Date.now() + 86_400_000), { stepTimeoutMs: 500 });
    });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('Schedule send') });
    expect(await page.evaluate(() => [window.__editor!.getData(), window.__scheduled.length])).toEqual(['<p>Keep me</p>', 0]);
    expect(await page.locator('[role="menu"], [role="dialog"]').count()).toBe(0);
  });

  it('the content script re-attaches to the compose box re-created on chat switch', async () => {
    await open();
    const first = await page.locator(`${MAIN}${ATTACHED}`).getAttribute('id', { timeout: 15_000 });
    await page.click('[role="treeitem"][data-chat="19:release-crew@thread.v2"]');
    await page.waitForFunction((id) => {
      const marked = document.querySelector('[data-composure-attached="true"]');
      return !!marked && marked.id !== id && marked.matches('.compose-box [data-tid="ckeditor"]');
    }, first);
    expect(await page.locator(ATTACHED).count()).toBe(1);
  });

  it('compose box inside an iframe (teams-iframe): the frame content script attaches, the adapter works there', async () => {
    s.routes.pages.teams = 'teams-iframe.html';
    await open(TEAMS.url, 'window.__renders > 0');
    const frame = await frameWithHosts(page, 'iframe.compose-frame', 'window.__ready === true');
    await frame.locator(`[data-tid="ckeditor"]${ATTACHED}`).waitFor({ state: 'attached', timeout: 15_000 });
    expect(await page.locator(ATTACHED).count()).toBe(0);
    const state = await frame.evaluate(async () => {
      const a = window.__composureHosts.pickAdapter(location)!;
      const inserted = await a.insertText(a.activeComposer()!, 'From inside the frame');
      return { inserted, model: window.__editor!.getData(), conversation: a.conversation() };
    });
    expect(state).toMatchObject({
      inserted: { ok: true, via: 'paste' },
      model: '<p>From inside the frame</p>',
      conversation: { key: 'teams:19:dana-scully_me@unq.gbl.spaces', title: 'Dana Scully', kind: 'dm' },
    });
    await screenshot(page, 'teams-iframe');
  });

  it('renders the newMessageCommands layout', async () => {
    await open(`${TEAMS.url}?layout=new`);
    await page.evaluate(() => window.__editor!.setData('<p>Draft in the new layout</p>'));
    expect(await page.locator('.compose-box [data-tid="newMessageCommands-send"]').count()).toBe(1);
    await screenshot(page, 'teams-new-layout');
  });
});
