// The real entrypoint wires the router and event listeners onto the (fake) browser.
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import background from '../../entrypoints/background';
import { eraseAll } from '../../lib/db/backup-repo';
import { ComposureDb } from '../../lib/db/database';

// The entrypoint opens the real 'composure' database (in fake-indexeddb); start each test empty.
beforeEach(async () => {
  fakeBrowser.reset();
  // The fake browser has no permission events or dynamic content scripts: nothing granted, nothing registered.
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation((async () => ({ origins: [], permissions: [] })) as never);
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation((async () => []) as never);
  const db = new ComposureDb();
  await eraseAll(db);
  db.close();
});

/** Senders as the browser reports them: the popup, and a content script in a Slack tab. */
const POPUP = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];
const SLACK_TAB = { id: fakeBrowser.runtime.id, url: 'https://app.slack.com/client/T1/C1', tab: { id: 7, url: 'https://app.slack.com/client/T1/C1' } } as Sender;

describe('entrypoints/background', () => {
  it('answers messages with a Promise of a Response, validating them', async () => {
    background.main();
    const [ok] = await fakeBrowser.runtime.onMessage.trigger({ type: 'settings/get' }, POPUP, () => {});
    expect(ok).toMatchObject({ ok: true, data: { norms: { urgent: { targetMinutes: 15 } } } });
    const [bad] = await fakeBrowser.runtime.onMessage.trigger({ type: 'nope' }, POPUP, () => {});
    expect(bad).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
  });

  it('checks the sender the browser reports: a content script gets no popup-only answer, a stranger nothing', async () => {
    background.main();
    const [fromPage] = await fakeBrowser.runtime.onMessage.trigger({ type: 'backup/export' }, SLACK_TAB, () => {});
    expect(fromPage).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const [settings] = await fakeBrowser.runtime.onMessage.trigger({ type: 'settings/get' }, SLACK_TAB, () => {});
    expect(settings).toMatchObject({ ok: true });
    for (const stranger of [{}, { id: 'another-extension', url: 'chrome-extension://another-extension/x.html' }, { ...SLACK_TAB, url: 'https://evil.example/' }] as Sender[]) {
      const [r] = await fakeBrowser.runtime.onMessage.trigger({ type: 'settings/get' }, stranger, () => {});
      expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('reacts to startup and alarms', async () => {
    background.main();
    const sendAt = Date.now() + 3_600_000;
    const [added] = await fakeBrowser.runtime.onMessage.trigger(
      {
        type: 'outbox/add',
        item: { host: 'slack', conversation: { key: 'C1', title: '#design', url: 'https://app.slack.com/client/T/C1' }, text: 'x', recipients: [], urgency: 'normal', sendAt },
      },
      SLACK_TAB,
      () => {},
    );
    const id = (added as unknown as { data: { id: string } }).data.id;
    await fakeBrowser.alarms.clearAll();
    await fakeBrowser.runtime.onStartup.trigger();
    await new Promise((r) => setTimeout(r, 50)); // listeners run detached (void …catch)
    expect(await fakeBrowser.alarms.get(`outbox:${id}`)).toMatchObject({ scheduledTime: sendAt });

    const alarm = { name: `outbox:${id}`, scheduledTime: sendAt, persistAcrossSessions: false };
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    await new Promise((r) => setTimeout(r, 50));
    expect(fakeBrowser.notifications.getAllCreateOptions()[`outbox:${id}`]).toBeDefined();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('does no analysis work when a request wakes it; warms up when the browser starts', async () => {
    vi.resetModules();
    const analysis = await import('../../lib/background/analysis');
    const { default: fresh } = await import('../../entrypoints/background');
    fresh.main();
    await new Promise((r) => setTimeout(r, 10));
    // Nothing compiled the rule tables behind the request's back: this call is the first to.
    expect(analysis.warmUp()).toBe(true);

    vi.resetModules();
    const again = await import('../../lib/background/analysis');
    const { default: started } = await import('../../entrypoints/background');
    started.main();
    await fakeBrowser.runtime.onStartup.trigger();
    await new Promise((r) => setTimeout(r, 10));
    expect(again.warmUp()).toBe(false);
  });
});
