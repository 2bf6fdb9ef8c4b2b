// The assistant's clock on a real page: setTimeout and requestIdleCallback, each bound to a signal,
// and each callback contained so nothing throws into the host page.
import type { Timers } from '../../lib/assistant/types';

function contained(fn: () => void): () => void {
  return () => {
    try {
      fn();
    } catch (error) {
      console.debug('[composure] timer callback failed', error);
    }
  };
}

/** Timers over `win` (the content script's window). */
export function pageTimers(win: Window = window): Timers {
  const after: Timers['after'] = (ms, fn, signal) => {
    if (signal.aborted) return () => {};
    const cancel = () => {
      win.clearTimeout(id);
      signal.removeEventListener('abort', cancel);
    };
    const id = win.setTimeout(() => {
      signal.removeEventListener('abort', cancel);
      contained(fn)();
    }, ms);
    signal.addEventListener('abort', cancel, { once: true });
    return cancel;
  };
  return {
    now: () => Date.now(),
    after,
    idle(fn, signal) {
      if (signal.aborted) return;
      if (typeof win.requestIdleCallback !== 'function') return void after(0, fn, signal);
      const cancel = () => win.cancelIdleCallback(id);
      // A busy host may never be idle: run within 300 ms regardless.
      const id = win.requestIdleCallback(() => {
        signal.removeEventListener('abort', cancel);
        if (!signal.aborted) contained(fn)();
      }, { timeout: 300 });
      signal.addEventListener('abort', cancel, { once: true });
    },
  };
}
