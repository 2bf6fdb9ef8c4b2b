// Following the composer as the host re-renders, focus moves or the conversation changes, with
// bounded work on a host that mutates constantly: a cheap test per mutation batch, then at most one
// full check (which queries selectors and measures layout) per RECHECK_MS.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Assistant } from '../../lib/assistant';
import type { HostAdapter } from '../../lib/hosts/types';
import type { MountedUi } from './mount';

const ATTACHED = 'data-composure-attached';
/** Host mutations re-check the composer at most this often. */
export const RECHECK_MS = 100;
/** An added editor is checked this soon (one frame), even inside the RECHECK_MS window. */
export const EDITOR_RECHECK_MS = 16;
/** While our composer and UI are still in the page, the full re-check runs at most this often. */
export const ATTACHED_RECHECK_MS = 1000;
/** Added elements looked into per batch; beyond that a batch counts as plain elements. */
const MAX_PROBES = 32;
const EDITOR = '[contenteditable]:not([contenteditable="false"]), textarea';

type Added = 'none' | 'element' | 'editor';

/** What a mutation batch added: nothing that could be a composer, elements, or an editor among them. */
export function additions(records: readonly MutationRecord[], ours: Node): Added {
  let found: Added = 'none';
  let probes = 0;
  for (const r of records) {
    const added = r.addedNodes;
    for (let i = 0; i < added.length; i++) {
      const node = added[i]!;
      if (node.nodeType !== 1 || node === ours) continue;
      if (probes++ >= MAX_PROBES) return 'element';
      const el = node as Element;
      if (el.matches(EDITOR) || el.querySelector(EDITOR)) return 'editor';
      found = 'element';
    }
  }
  return found;
}

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
  const check = (focused: boolean) => {
    if (timer !== null) window.clearTimeout(timer);
    timer = null;
    due = Infinity;
    last = performance.now();
    try {
      assistant.sync({ focused });
      if (!ui.host.isConnected) ui.remount();
      mark();
    } catch (error) {
      console.debug('[composure] attach failed', error);
    }
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
    const since = performance.now() - last;
    if (editable) {
      // Attached: nothing to redo while our composer and UI are still there (a full check now and then
      // still runs); otherwise trailing, so the host's re-render settles before we look.
      if (editable.isConnected && ui.host.isConnected && since < ATTACHED_RECHECK_MS) return;
      return checkIn(RECHECK_MS);
    }
    // Nothing attached: an added editor is checked at once (the sidebar appears with the composer),
    // other added elements at most every RECHECK_MS; removals alone cannot bring a composer.
    const added = additions(records, ui.host);
    if (added === 'editor') checkIn(EDITOR_RECHECK_MS - since);
    else if (added === 'element') checkIn(RECHECK_MS - since);
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
  adapter.observeNavigation(ctx.signal, () => {
    try {
      assistant.navigated();
      mark();
    } catch (error) {
      console.debug('[composure] navigation failed', error);
    }
  });
  // A composer that appeared while the UI was mounting gets its sidebar now, not on the next mutation.
  check(false);
}
