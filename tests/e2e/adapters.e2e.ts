// The HostAdapter contract, run against every host fixture in real Chromium. The adapters are
// bundled into the page's main world so each result can be checked against the host editor's OWN
// model (Quill's getText(), CKEditor's getData()), not just the DOM.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type PageWatch } from './fixtures';
import { useChromium } from './harness/chromium-suite';
import { openFixture, SLACK, TEAMS, type HostCase } from './session';

interface ContractCase extends HostCase {
  mainEditable: string;
  kinds: string[];
  via: 'execCommand' | 'paste';
  /** Page expression: the editor model's content. */
  model: string;
  /** Page expression setting the draft through the editor's API (and closing its undo step). */
  setDraft: (text: string) => string;
  multiLineModel: string;
  send: string;
  conversation: object;
  /** `ready` is what to wait for after the switch (the new conversation's editors). */
  switchTo: { click: string; cause: 'url' | 'header'; ready: string; conversation: object };
  diagnoseIndex: Record<string, number>;
}

/** Text as CKEditor data: escaped, with runs of spaces kept the way CKEditor itself writes them. */
const escapeHtml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/ {2}/g, ' &nbsp;');

const slack: ContractCase = {
  ...SLACK,
  mainEditable: '.p-workspace__input [data-qa="message_input"] > [data-qa="texty_input"]',
  kinds: ['channel', 'thread'],
  via: 'execCommand',
  model: 'window.__quill.getText()',
  setDraft: (t) => `window.__quill.setText(${JSON.stringify(t)}); window.__quill.history.cutoff()`,
  multiLineModel: 'Line one\nLine two\nLine three\n',
  send: '.p-workspace__input [data-qa="texty_send_button"]',
  conversation: { key: 'slack:T0123/C0456', title: 'general', kind: 'channel', participants: [] },
  switchTo: {
    click: 'a[href="/client/T0123/D0789"]',
    cause: 'url',
    ready: 'window.__renders > 1',
    conversation: { key: 'slack:T0123/D0789', title: 'Dana Scully', kind: 'dm', participants: [{ name: 'Dana Scully' }] },
  },
  diagnoseIndex: {},
};

const teamsBase: ContractCase = {
  ...TEAMS,
  mainEditable: '.compose-box [data-tid="ckeditor"][id^="new-message-"]',
  kinds: ['chat'],
  via: 'paste',
  model: 'window.__editor.getData()',
  setDraft: (t) => `window.__editor.setData(${JSON.stringify(`<p>${escapeHtml(t)}</p>`)})`,
  multiLineModel: '<p>Line one<br>Line two<br>Line three</p>',
  send: '[data-tid="sendMessageCommands-send"]',
  conversation: { key: 'teams:19:dana-scully_me@unq.gbl.spaces', title: 'Dana Scully', kind: 'dm', participants: [{ name: 'Dana Scully' }] },
  switchTo: {
    click: '[role="treeitem"][data-chat="19:release-crew@thread.v2"]',
    cause: 'header',
    ready: 'window.__ready === true',
    // A named group: its members are only in the roster popover, read on request (readMembers).
    conversation: { key: 'teams:19:release-crew@thread.v2', title: 'Release crew', kind: 'group', participants: [], membersHidden: true },
  },
  diagnoseIndex: {},
};

const teamsNewLayout: ContractCase = {
  ...teamsBase,
  name: 'teams (newMessageCommands layout)',
  url: 'https://teams.microsoft.com/v2/?layout=new',
  send: '.compose-box [data-tid="newMessageCommands-send"]',
  diagnoseIndex: { sendButton: 1 },
};

// One browser for every host case.
const s = useChromium();

// Functions passed to page.evaluate are serialised, so each one looks the adapter up itself.
describe.each([slack, teamsBase, teamsNewLayout])('HostAdapter contract: $name', (c) => {
  let page: Page;
  let watch: PageWatch;
  const open = async () => {
    ({ page, watch } = await openFixture(s.ext.context, c.url, c.ready));
    s.track(page, watch);
  };

  it('finds the main composer and skips edit, search and hidden editors', async () => {
    await open();
    const found = await page.evaluate((sel) => {
      const a = window.__composureHosts.pickAdapter(location)!;
      const active = a.activeComposer()!;
      return {
        id: a.id,
        kinds: a.findComposers().map((x) => x.kind).sort(),
        activeIsMain: active.editable.matches(sel),
        regionHoldsEditor: active.region.contains(active.editable) && active.region !== active.editable,
      };
    }, c.mainEditable);
    expect(found).toEqual({ id: c.name.split(' ')[0], kinds: c.kinds, activeIsMain: true, regionHoldsEditor: true });
  });

  it('readDraft mirrors the editor: empty is "", lines join with \\n', async () => {
    await open();
    const read = () => page.evaluate(() => window.__composureHosts.pickAdapter(location)!.readDraft(window.__composureHosts.pickAdapter(location)!.activeComposer()!));
    expect(await read()).toBe('');
    await page.evaluate(c.setDraft('First line'));
    expect(await read()).toBe('First line');
    await page.evaluate(c.setDraft('Two  spaces & <b>markup</b>'));
    expect(await read()).toBe('Two  spaces & <b>markup</b>');
  });

  it("insertText lands in the editor's own model and one undo removes only it", async () => {
    await open();
    await page.evaluate(c.setDraft('First line'));
    const result = await page.evaluate(() => {
      const a = window.__composureHosts.pickAdapter(location)!;
      return a.insertText(a.activeComposer()!, 'Hello there, quick update', { newLine: true });
    });
    expect(result).toEqual({ ok: true, via: c.via });
    expect(await page.evaluate(c.model)).toContain('Hello there, quick update');
    expect(await page.evaluate(() => window.__composureHosts.pickAdapter(location)!.readDraft(window.__composureHosts.pickAdapter(location)!.activeComposer()!))).toBe(
      'First line\nHello there, quick update',
    );
    await page.keyboard.press('Control+z');
    await page.waitForFunction(`!(${c.model}).includes('Hello there')`);
    expect(await page.evaluate(c.model)).toContain('First line');
  });

  it('multi-line text arrives as lines in the model', async () => {
    await open();
    const result = await page.evaluate(() => {
      const a = window.__composureHosts.pickAdapter(location)!;
      return a.insertText(a.activeComposer()!, 'Line one\nLine two\nLine three');
    });
    expect(result.ok).toBe(true);
    expect(await page.evaluate(c.model)).toBe(c.multiLineModel);
  });

  it('inserts at the caret when atEnd is false', async () => {
    await open();
    await page.evaluate(c.setDraft('Hello world'));
    await page.evaluate((sel) => {
      const editable = document.querySelector<HTMLElement>(sel)!;
      editable.focus();
      const text = document.createTreeWalker(editable, NodeFilter.SHOW_TEXT).nextNode()!;
      getSelection()!.collapse(text, 'Hello'.length);
    }, c.mainEditable);
    await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => r(true))));
    const result = await page.evaluate(() => {
      const a = window.__composureHosts.pickAdapter(location)!;
      return a.insertText(a.activeComposer()!, ' brave', { atEnd: false });
    });
    expect(result.ok).toBe(true);
    expect(await page.evaluate(c.model)).toContain('Hello brave world');
  });

  it('finds Send next to the composer; it enables after text and posts the draft', async () => {
    await open();
    const send = page.locator(c.send);
    expect(await page.evaluate((sel) => {
      const a = window.__composureHosts.pickAdapter(location)!;
      return a.sendButton(a.activeComposer()!) === document.querySelector(sel);
    }, c.send)).toBe(true);
    expect(await send.getAttribute('aria-disabled')).toBe('true');
    await page.evaluate(() => {
      const a = window.__composureHosts.pickAdapter(location)!;
      return a.insertText(a.activeComposer()!, 'Ready to ship');
    });
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('aria-disabled') === 'false', c.send);
    await send.click();
    await page.waitForFunction(() => window.__sent.length === 1);
    expect((await page.evaluate(() => window.__sent[0]!.text)).trim()).toBe('Ready to ship');
  });

  it('conversation() names the open conversation', async () => {
    await open();
    const conv = await page.evaluate(() => window.__composureHosts.pickAdapter(location)!.conversation());
    expect(conv).toMatchObject({ ...c.conversation, url: c.url });
  });

  it('notices a conversation switch and finds the re-created composer', async () => {
    await open();
    await page.evaluate(() => {
      const a = window.__composureHosts.pickAdapter(location)!;
      const nav: unknown[] = [];
      window.__test = { nav, old: a.activeComposer()!.editable };
      a.observeNavigation(new AbortController().signal, (change) => nav.push(change));
    });
    await page.click(c.switchTo.click);
    await page.waitForFunction(`window.__test.nav.length > 0 && (${c.switchTo.ready})`);
    const after = await page.evaluate(() => {
      const a = window.__composureHosts.pickAdapter(location)!;
      const active = a.activeComposer()!;
      return {
        cause: (window.__test.nav as Array<{ cause: string }>)[0]!.cause,
        conversation: a.conversation(),
        fresh: active.editable !== window.__test.old && active.editable.isConnected,
        oldGone: !(window.__test.old as HTMLElement).isConnected,
      };
    });
    expect(after).toMatchObject({ cause: c.switchTo.cause, conversation: c.switchTo.conversation, fresh: true, oldGone: true });
  });

  it("scheduleSend drives the host's own dialog and the host records the time", async () => {
    await open();
    await page.evaluate(c.setDraft('Quarterly numbers attached'));
    const outcome = await page.evaluate(async () => {
      const a = window.__composureHosts.pickAdapter(location)!;
      const at = new Date(Date.now() + 2 * 86_400_000);
      at.setHours(10, 30, 0, 0);
      const result = await a.scheduleSend(a.activeComposer()!, at);
      return { result, at: at.toISOString(), scheduled: window.__scheduled, draft: a.readDraft(a.activeComposer()!) };
    });
    expect(outcome.result).toMatchObject({ ok: true });
    expect(outcome.scheduled).toHaveLength(1);
    expect(outcome.scheduled[0]).toMatchObject({ at: outcome.at, text: expect.stringContaining('Quarterly numbers attached') });
    expect(outcome.draft).toBe('');
    expect(await page.locator('[role="dialog"][aria-modal="true"]').count()).toBe(0);
  });

  it('scheduleSend refuses cleanly: empty draft, time in the past', async () => {
    await open();
    const empty = await page.evaluate(() => {
      const a = window.__composureHosts.pickAdapter(location)!;
      return a.scheduleSend(a.activeComposer()!, new Date(Date.now() + 86_400_000));
    });
    expect(empty).toEqual({ ok: false, reason: expect.stringMatching(/empty/) });
    await page.evaluate(c.setDraft('Too late'));
    const past = await page.evaluate(() => {
      const a = window.__composureHosts.pickAdapter(location)!;
      return a.scheduleSend(a.activeComposer()!, new Date(Date.now() - 60_000));
    });
    expect(past).toEqual({ ok: false, reason: expect.stringMatching(/past/) });
    expect(await page.evaluate(() => window.__scheduled.length)).toBe(0);
  });

  it('diagnose() finds every named selector, each by its newest fallback', async () => {
    await open();
    const diagnosis = await page.evaluate(() => window.__composureHosts.pickAdapter(location)!.diagnose());
    expect(diagnosis.failed).toEqual([]);
    for (const p of diagnosis.probes) expect([p.name, p.index]).toEqual([p.name, c.diagnoseIndex[p.name] ?? 0]);
  });
});
