// The shadow-root UI: mounted once per page (frame), rendered from the assistant's store, and docked
// at the attached composer (placement/): a badge at its edge that opens into free space, never over
// the host's own controls, moved by dragging and remembered per host.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Assistant, Spot } from '../../lib/assistant';
import type { HostId } from '../../lib/hosts/types';
import type { Client } from '../../lib/protocol/client';
import type { OffMenu } from '../../components/sidebar/types';
import { App } from './App';
import { createDock, type Dock } from './placement/dock';
import { watchDrag } from './placement/drag';

/** Host mutations re-measure the free space at most this often. */
const MUTATION_REMEASURE_MS = 400;

export interface MountedUi {
  /** The shadow host, for checks that it is still in the page. */
  host: HTMLElement;
  shadow: ShadowRoot;
  remount(): void;
  /** Takes the UI out of the page (also done when ctx is invalidated). */
  remove(): void;
}

export interface MountOptions {
  client: Client;
  host: HostId;
  /** The sidebar's pause / turn-off menu for the current page. */
  menu?: () => OffMenu;
}

/** Mounts the UI and keeps it in sync with `assistant` until ctx is invalidated. */
export async function mountUi(ctx: ContentScriptContext, assistant: Assistant, opts: MountOptions): Promise<MountedUi> {
  let container: HTMLElement | null = null;
  let queued = false;
  let dock: Dock | null = null;
  const shellOf = () => container?.querySelector<HTMLElement>('.composure-shell') ?? null;

  const paint = (again = true) => {
    queued = false;
    if (!container || !dock) return;
    try {
      const state = assistant.store.get();
      const region = assistant.current()?.region;
      const placement = region?.isConnected ? dock.place(region, state.openedByUser) : null;
      const open = !state.collapsed && placement?.panel != null;
      render(<App assistant={assistant} state={state} cramped={!state.collapsed && !open} {...(opts.menu ? { menu: opts.menu() } : {})} />, container);
      const shell = shellOf();
      applySpot(shell, placement ? (open ? placement.panel : placement.badge) : null, open);
      // The badge's real size decides where it fits: measure it, and place once more if it changed.
      if (shell && !open && dock.setBadgeSize(shell.offsetWidth, shell.offsetHeight) && again) paint(false);
    } catch (error) {
      console.debug('[composure] render failed', error);
    }
  };
  const schedule = () => {
    if (queued) return;
    queued = true;
    queueMicrotask(paint);
  };
  const moved = () => {
    dock?.invalidate();
    schedule();
  };

  const ui = await createShadowRootUi(ctx, {
    name: 'composure-sidebar',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    // Keystrokes in our UI must not reach the host's shortcuts.
    isolateEvents: true,
    onMount(uiContainer) {
      container = uiContainer;
      paint();
      return uiContainer;
    },
    onRemove(mounted) {
      if (mounted) render(null, mounted);
      container = null;
    },
  });
  dock = createDock(document, ui.shadowHost, opts.host, opts.client, moved);
  ui.mount();

  watchDrag({
    shadow: ui.shadow,
    signal: ctx.signal,
    shell: shellOf,
    region: () => assistant.current()?.region.getBoundingClientRect() ?? null,
    onDrop: (side) => (side ? dock!.choose(side) : moved()),
  });
  assistant.store.subscribe(schedule);
  // Follow the composer: it grows while typing, and the window resizes or scrolls.
  const resize = new ResizeObserver(moved);
  let observed: Element | null = null;
  assistant.store.subscribe(() => {
    const region = assistant.current()?.region ?? null;
    if (region === observed) return;
    if (observed) resize.unobserve(observed);
    observed = region;
    if (region) resize.observe(region);
  });
  ctx.addEventListener(window, 'resize', moved);
  ctx.addEventListener(document, 'scroll', moved, { capture: true, passive: true });
  // The host re-rendering (an edit opening, a pane appearing) may put a control where we are. Typing
  // in the composer is not that (its growth is the ResizeObserver's); one re-measure per window at most.
  let pending = false;
  const mutations = new MutationObserver((records) => {
    if (pending) return;
    const region = assistant.current()?.region;
    if (records.every((r) => (region && region.contains(r.target)) || ui.shadowHost.contains(r.target))) return;
    pending = true;
    ctx.setTimeout(() => {
      pending = false;
      moved();
    }, MUTATION_REMEASURE_MS);
  });
  mutations.observe(document.body, { childList: true, subtree: true });
  ctx.onInvalidated(() => {
    resize.disconnect();
    mutations.disconnect();
  });

  return { host: ui.shadowHost, shadow: ui.shadow, remount: () => ui.mount(), remove: () => ui.remove() };
}

/** Fixed-position styles on our own wrapper (the shadow host itself is reset by `all: initial`). */
function applySpot(shell: HTMLElement | null, spot: Spot | null, open: boolean): void {
  if (!shell || shell.dataset['dragging']) return;
  const s = shell.style;
  const px = (n: number | undefined) => (n === undefined ? '' : `${Math.round(n)}px`);
  const fallback = spot ? {} : { right: 16, bottom: 16 };
  const at = { ...fallback, ...spot };
  s.left = px(at.left);
  s.right = px(at.right);
  s.top = px(at.top);
  s.bottom = px(at.bottom);
  s.setProperty('--composure-max-height', open && spot ? `${Math.max(40, Math.floor(spot.maxHeight))}px` : '');
  shell.dataset['side'] = spot?.side ?? 'corner';
  shell.dataset['state'] = open ? 'panel' : 'badge';
  // Grow away from the composer: a shell anchored by its left edge aligns its children left.
  shell.dataset['anchor'] = spot?.left !== undefined ? 'left' : 'right';
}
