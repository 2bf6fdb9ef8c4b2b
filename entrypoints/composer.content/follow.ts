// Following the composer as the host re-renders, focus moves or the conversation changes, with
// bounded work on a host that mutates constantly (the policy, with its limits: lib/hosts/recheck.ts).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Assistant } from '../../lib/assistant';
import { contained } from '../../lib/contained';
import { additions, recheckDelay } from '../../lib/hosts/recheck';
import type { HostAdapter } from '../../lib/hosts/types';
import type { MountedUi } from './mount';

const ATTACHED = 'data-composure-attached';

/** Re-checks the composer when the host re-renders, focus moves or the conversation changes. */
export function follow(ctx: ContentScriptContext, adapter: HostAdapter, assistant: Assistant, ui: MountedUi): void {
  let marked: Element | null = null;
  const mark = () => {
    const editable = assistant.current()?.editable;
    const target = editable && editable.ownerDocument === document ? editable : null;
    if (target === marked && (!target || target.hasAttribute(ATTACHED))) return;
    for (const el of Array.from(document.querySelectorAll(`[${ATTACHED}]`))) if (el !== target) el.removeAttribute(ATTACHED);
    target?.setAttribute(ATTACHED, 'true');
    marked = target;
  };
  let last = -Infinity;
  let timer: number | null = null;
  let due = Infinity;
  const attach = contained('attach', (focused: boolean) => {
    assistant.sync({ focused });
    if (!ui.host.isConnected) ui.remount();
    mark();
  });
  const check = (focused: boolean) => {
    if (timer !== null) window.clearTimeout(timer);
    timer = null;
    due = Infinity;
    last = performance.now();
    attach(focused);
  };
  /** A check `delay` ms from now (at once when ≤ 0), unless one is already due sooner. */
  const checkIn = (delay: number) => {
    if (delay <= 0) return check(false);
    const when = performance.now() + delay;
    if (timer !== null) {
      if (due <= when) return;
      window.clearTimeout(timer);
    }
    due = when;
    timer = ctx.setTimeout(() => check(false), delay);
  };
  const onMutations = (records: MutationRecord[]) => {
    const editable = assistant.current()?.editable;
    const delay = recheckDelay({
      attached: Boolean(editable),
      inPlace: Boolean(editable?.isConnected) && ui.host.isConnected,
      since: performance.now() - last,
      added: () => additions(records, ui.host),
    });
    if (delay !== null) checkIn(delay);
  };
  const observer = new MutationObserver(onMutations);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    // Off means the page as it was: our mark goes with us.
    marked?.removeAttribute(ATTACHED);
    marked = null;
  });
  ctx.addEventListener(document, 'focusin', (e) => {
    // Focus moving into another composer switches to it; focus moving into our own UI must not.
    const target = e.target as Node | null;
    if (target && adapter.findComposers().some((c) => c.editable.contains(target))) check(true);
  });
  adapter.observeNavigation(
    ctx.signal,
    contained('navigation', () => {
      assistant.navigated();
      mark();
    }),
  );
  // A composer that appeared while the UI was mounting gets its sidebar now, not on the next mutation.
  check(false);
}
