// Counting Composure's own network requests where it can see them: the Resource Timing entries of
// the context it runs in (the background worker, or an extension page such as the popup). Requests
// to the extension itself (chrome-extension://…, moz-extension://…) and data:/blob: URLs are local
// and not counted. A content script shares its host page's timeline, so it is not counted here
// (the e2e privacy test watches content scripts from outside instead). Nothing here sends anything.

/** What one context has seen. */
export interface RequestTally {
  /** Requests to anything but the extension itself. */
  count: number;
  /** The first few of them, without query strings (so the UI can say where). */
  urls: string[];
}

export interface RequestCounter {
  read(): RequestTally;
  stop(): void;
}

/** The parts of the Performance API the counter uses (injectable for tests). */
export interface PerfLike {
  getEntriesByType(type: 'resource'): ReadonlyArray<{ name: string }>;
}
export interface ObserverLike {
  observe(options: { type: string; buffered?: boolean }): void;
  takeRecords(): ReadonlyArray<{ name: string }>;
  disconnect(): void;
}
export type ObserverCtor = new (callback: (list: { getEntries(): ReadonlyArray<{ name: string }> }) => void) => ObserverLike;

/** URLs shown at most. */
export const MAX_URLS = 10;

const LOCAL_SCHEMES = new Set(['chrome-extension:', 'moz-extension:', 'safari-web-extension:', 'data:', 'blob:', 'about:']);

/** True when loading `url` goes over the network (anything but the extension's own files and inline data). */
export function isNetworkUrl(url: string): boolean {
  try {
    return !LOCAL_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

function shown(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return url.slice(0, 200);
  }
}

/** Adds the network requests among `entries` to `into`. */
function add(into: RequestTally, entries: ReadonlyArray<{ name: string }>): RequestTally {
  for (const e of entries) {
    if (!isNetworkUrl(e.name)) continue;
    into.count += 1;
    if (into.urls.length < MAX_URLS) into.urls.push(shown(e.name));
  }
  return into;
}

/**
 * Starts counting: the entries already in the buffer now, plus every later one through a
 * PerformanceObserver (the buffer holds only 250). Without an observer, each read re-reads the buffer.
 */
export function countNetworkRequests(
  perf: PerfLike | null = (globalThis.performance as PerfLike | undefined) ?? null,
  Observer: ObserverCtor | null = (globalThis.PerformanceObserver as ObserverCtor | undefined) ?? null,
): RequestCounter {
  const buffered = () => {
    try {
      return perf?.getEntriesByType('resource') ?? [];
    } catch {
      return [];
    }
  };
  const tally: RequestTally = { count: 0, urls: [] };
  let observer: ObserverLike | null = null;
  try {
    if (Observer) {
      observer = new Observer((list) => add(tally, list.getEntries()));
      observer.observe({ type: 'resource' });
      add(tally, buffered());
    }
  } catch {
    observer = null; // No resource entries for observers in this context: read the buffer instead.
  }

  return {
    read() {
      if (!observer) return add({ count: 0, urls: [] }, buffered());
      // Entries not yet delivered to the callback are counted too.
      add(tally, observer.takeRecords());
      return { count: tally.count, urls: [...tally.urls] };
    },
    stop() {
      observer?.disconnect();
    },
  };
}
