// The extension's own request counter: what counts as a network request, the buffer plus the
// observer, and Node's real Resource Timing for a real fetch to a local server.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { EXTENSION_CALLER } from '../../lib/background/access';
import { countNetworkRequests, isNetworkUrl, MAX_URLS, type ObserverCtor } from '../../lib/privacy/requests';
import { createPrivacyHandlers } from '../../lib/background/privacy';

type Entry = { name: string };

/** A Performance timeline we control: `emit` delivers to observers on the next microtask, like the real one. */
function fakeTimeline(initial: string[] = []) {
  const buffer: Entry[] = initial.map((name) => ({ name }));
  const observers = new Set<{ cb: (l: { getEntries(): Entry[] }) => void; pending: Entry[] }>();
  const Observer = class {
    private o = { cb: (_: { getEntries(): Entry[] }) => {}, pending: [] as Entry[] };
    constructor(cb: (l: { getEntries(): Entry[] }) => void) {
      this.o.cb = cb;
    }
    observe() {
      observers.add(this.o);
    }
    takeRecords() {
      return this.o.pending.splice(0);
    }
    disconnect() {
      observers.delete(this.o);
    }
  } as unknown as ObserverCtor;
  const emit = (name: string) => {
    buffer.push({ name });
    for (const o of observers) {
      o.pending.push({ name });
      queueMicrotask(() => {
        const list = o.pending.splice(0);
        if (list.length) o.cb({ getEntries: () => list });
      });
    }
  };
  return { perf: { getEntriesByType: () => buffer }, Observer, emit, observers };
}

describe('isNetworkUrl', () => {
  it.each([
    ['https://app.slack.com/api/x', true],
    ['http://127.0.0.1:8080/', true],
    ['wss://example.com/socket', true],
    ['chrome-extension://abcdefghijklmnop/chunks/popup.js', false],
    ['moz-extension://uuid/background.js', false],
    ['data:text/plain,hi', false],
    ['blob:chrome-extension://abc/123', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => expect(isNetworkUrl(url)).toBe(expected));
});

describe('countNetworkRequests', () => {
  it('counts buffered and later entries once each, skipping the extension’s own files, without query strings', async () => {
    const t = fakeTimeline(['chrome-extension://id/popup.html', 'https://a.example/one?token=secret']);
    const counter = countNetworkRequests(t.perf, t.Observer);
    expect(counter.read()).toEqual({ count: 1, urls: ['https://a.example/one'] });
    t.emit('https://b.example/two');
    // Not yet delivered to the observer's callback: read() takes the pending records.
    expect(counter.read().count).toBe(2);
    await Promise.resolve();
    t.emit('chrome-extension://id/chunks/x.js');
    await Promise.resolve();
    expect(counter.read()).toEqual({ count: 2, urls: ['https://a.example/one', 'https://b.example/two'] });
    counter.stop();
    expect(t.observers.size).toBe(0);
  });

  it('keeps counting past the first few URLs it lists', () => {
    const t = fakeTimeline();
    const counter = countNetworkRequests(t.perf, t.Observer);
    for (let i = 0; i < 15; i++) t.emit(`https://x.example/${i}`);
    const r = counter.read();
    expect(r.count).toBe(15);
    expect(r.urls).toHaveLength(MAX_URLS);
  });

  it('without PerformanceObserver (or when it rejects "resource") it reads the buffer each time', () => {
    const t = fakeTimeline(['https://a.example/']);
    const none = countNetworkRequests(t.perf, null);
    const Rejecting = class {
      observe() {
        throw new TypeError('resource is not supported');
      }
      takeRecords() {
        return [];
      }
      disconnect() {}
    } as unknown as ObserverCtor;
    const rejecting = countNetworkRequests(t.perf, Rejecting);
    t.emit('https://b.example/');
    expect(none.read().count).toBe(2);
    expect(rejecting.read().count).toBe(2);
    expect(countNetworkRequests(null, null).read()).toEqual({ count: 0, urls: [] });
  });

  it("sees a real fetch in Node's own Resource Timing", async () => {
    const server = createServer((_req, res) => res.end('ok')).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const counter = countNetworkRequests();
      const before = counter.read().count;
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/probe?q=1`;
      await (await fetch(url)).text();
      await expect.poll(() => counter.read().count).toBe(before + 1);
      expect(counter.read().urls).toContain(url.replace('?q=1', ''));
      counter.stop();
    } finally {
      server.close();
    }
  });

  it('privacy/requests answers the background counter’s figures', async () => {
    const t = fakeTimeline(['https://tracker.example/p.gif', 'chrome-extension://id/background.js']);
    const handlers = createPrivacyHandlers(() => countNetworkRequests(t.perf, t.Observer));
    expect(
      await handlers['privacy/requests']({ type: 'privacy/requests' }, undefined as never, EXTENSION_CALLER),
    ).toEqual({
      background: 1,
      urls: ['https://tracker.example/p.gif'],
    });
  });
});
