// Both hosts switch conversations without a page load. An isolated content script cannot see
// history.pushState, so we watch the URL (WXT's locationchange, or the Navigation API) and the
// conversation header, and report a change once things settle.
import type { AdapterOptions, NavigationChange } from './types';

export interface NavigationWatch {
  doc: Document;
  signal: AbortSignal;
  onChange: (change: NavigationChange) => void;
  /** Finds the current header node; re-run because hosts re-create it on switch. */
  header: () => Element | null;
  locationChanges?: AdapterOptions['locationChanges'];
  debounceMs?: number;
}

/** Starts watching; everything it registers is released when `signal` aborts. */
export function watchNavigation(w: NavigationWatch): void {
  const { doc, signal } = w;
  const win = doc.defaultView;
  if (!win || signal.aborted) return;
  const debounceMs = w.debounceMs ?? 120;
  const identity = () => `${win.location.href}|${(w.header()?.textContent ?? '').trim()}`;
  let last = identity();
  let pendingCause: NavigationChange['cause'] | null = null;
  let timer = 0;

  const fire = () => {
    timer = 0;
    const cause = pendingCause ?? 'header';
    pendingCause = null;
    rebindHeader();
    const now = identity();
    if (now === last || signal.aborted) return;
    last = now;
    try {
      w.onChange({ url: win.location.href, cause });
    } catch (error) {
      console.debug('[composure] navigation listener failed', error);
    }
  };
  const schedule = (cause: NavigationChange['cause']) => {
    if (signal.aborted) return;
    if (cause === 'url' || pendingCause === null) pendingCause = cause;
    if (timer) win.clearTimeout(timer);
    timer = win.setTimeout(fire, debounceMs);
  };

  // URL changes.
  if (w.locationChanges) {
    w.locationChanges(signal, () => schedule('url'));
  } else {
    const nav = (win as Window & { navigation?: EventTarget }).navigation;
    nav?.addEventListener('navigate', () => schedule('url'), { signal });
    win.addEventListener('popstate', () => schedule('url'), { signal });
  }

  // Header changes: observe the header's parent so a re-created header is seen too.
  let watched: Node | null = null;
  const headerObserver = new win.MutationObserver(() => schedule('header'));
  // Until a header exists, the body is watched for its arrival (childList only: cheap).
  const bodyObserver = new win.MutationObserver(() => {
    if (w.header()) {
      rebindHeader();
      schedule('header');
    }
  });
  function rebindHeader() {
    const header = w.header();
    const target = header?.parentNode ?? null;
    if (target === watched) return;
    headerObserver.disconnect();
    bodyObserver.disconnect();
    watched = target;
    if (target) headerObserver.observe(target, { childList: true, subtree: true, characterData: true, attributes: true });
    else if (doc.body) bodyObserver.observe(doc.body, { childList: true, subtree: true });
  }
  rebindHeader();

  signal.addEventListener(
    'abort',
    () => {
      headerObserver.disconnect();
      bodyObserver.disconnect();
      if (timer) win.clearTimeout(timer);
    },
    { once: true },
  );
}
