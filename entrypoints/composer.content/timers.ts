// The assistant's clock on a real page: setTimeout and requestIdleCallback, each bound to a signal,
// and each callback contained so nothing throws into the host page.
import type { Timers } from '../../lib/assistant/types';
import { contained } from '../../lib/contained';

/** The longest the analysis waits for the page to go idle after the typing pause. */
export const IDLE_TIMEOUT_MS = 40;

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
      contained('timer callback', fn)();
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
      // A focused composer rarely goes idle: run within 40 ms regardless, so the score arrives while
      // the user still looks (the debounce already moved us out of the keystroke's task).
      const id = win.requestIdleCallback(() => {
        signal.removeEventListener('abort', cancel);
        if (!signal.aborted) contained('timer callback', fn)();
      }, { timeout: IDLE_TIMEOUT_MS });
      signal.addEventListener('abort', cancel, { once: true });
    },
  };
}
