// The shadow-root UI: mounted once per page (frame), rendered from the assistant's store, and kept
// beside the attached composer as it grows, scrolls or moves.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { placeBeside, type Assistant, type Placement } from '../../lib/assistant';
import { App } from './App';

/** The sidebar component's fixed width plus its border. */
const PANEL_WIDTH = 302;
/** Taller than this and the panel reads as a page, not a helper beside the composer. */
const MAX_HEIGHT = 560;

export interface MountedUi {
  /** The shadow host, for checks that it is still in the page. */
  host: HTMLElement;
  shadow: ShadowRoot;
  remount(): void;
}

/** Mounts the UI and keeps it in sync with `assistant` until ctx is invalidated. */
export async function mountUi(ctx: ContentScriptContext, assistant: Assistant): Promise<MountedUi> {
  let placement: Placement | null = null;
  let container: HTMLElement | null = null;
  let queued = false;

  const paint = () => {
    queued = false;
    if (!container) return;
    try {
      const shell = container.querySelector<HTMLElement>('.composure-shell');
      const region = assistant.current()?.region;
      placement = region?.isConnected ? place(region) : null;
      render(<App assistant={assistant} state={assistant.store.get()} cramped={placement?.cramped ?? false} />, container);
      applyPlacement(container.querySelector<HTMLElement>('.composure-shell') ?? shell, placement);
    } catch (error) {
      console.debug('[composure] render failed', error);
    }
  };
  const schedule = () => {
    if (queued) return;
    queued = true;
    queueMicrotask(paint);
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
  ui.mount();

  assistant.store.subscribe(schedule);
  // Follow the composer: it grows while typing, and the window resizes or scrolls.
  const resize = new ResizeObserver(schedule);
  let observed: Element | null = null;
  assistant.store.subscribe(() => {
    const region = assistant.current()?.region ?? null;
    if (region === observed) return;
    if (observed) resize.unobserve(observed);
    observed = region;
    if (region) resize.observe(region);
  });
  ctx.addEventListener(window, 'resize', schedule);
  ctx.addEventListener(document, 'scroll', schedule, { capture: true, passive: true });
  ctx.onInvalidated(() => resize.disconnect());

  return { host: ui.shadowHost, shadow: ui.shadow, remount: () => ui.mount() };
}

function place(region: HTMLElement): Placement {
  const root = document.documentElement;
  return placeBeside(region.getBoundingClientRect(), root.clientWidth, root.clientHeight, { width: PANEL_WIDTH });
}

/** Fixed-position styles on our own wrapper (the shadow host itself is reset by `all: initial`). */
function applyPlacement(shell: HTMLElement | null, p: Placement | null): void {
  if (!shell) return;
  const s = shell.style;
  s.right = `${p?.right ?? 16}px`;
  s.top = p?.top === undefined ? '' : `${p.top}px`;
  s.bottom = p?.top !== undefined ? '' : `${p?.bottom ?? 16}px`;
  s.setProperty('--composure-max-height', `${Math.min(MAX_HEIGHT, Math.max(40, p?.maxHeight ?? 0))}px`);
  shell.dataset['side'] = p?.side ?? 'corner';
}
