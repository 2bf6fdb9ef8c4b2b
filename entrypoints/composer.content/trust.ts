// The host page is a guest too. Its scripts can dispatch events at our UI (our shadow root is open)
// and replay WXT's "content-script-started" event (wxt-dev/wxt#1359, #1937) to switch us off. Only
// the user's own hand acts on our UI, and only a really gone extension context ends this instance.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Events by which a page script could press our buttons, type in our fields or drag us. */
export const GUARDED_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'pointermove',
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'submit',
  'dragstart',
  'drop',
  'paste',
] as const;

/**
 * Drops every synthetic event (isTrusted false, so dispatched by a script: the page's) at our shadow
 * host before it reaches anything inside: Schedule, Add person, insert, the menu and the drag never
 * act on a click the user did not make. Capture on the host runs before every listener inside.
 */
export function acceptOnlyTrusted(host: HTMLElement, signal: AbortSignal): void {
  const drop = (e: Event) => {
    if (e.isTrusted) return;
    e.stopImmediatePropagation();
    e.preventDefault();
  };
  for (const type of GUARDED_EVENTS) host.addEventListener(type, drop, { capture: true, signal });
}

/** True while this content script can still reach its extension (false after an update or uninstall). */
export function extensionAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}

/**
 * WXT invalidates a running content script when a "content-script-started" event arrives on the
 * document, so a newer copy replaces an orphaned one. Any page script can dispatch that event. We take
 * it first (capture on window runs before WXT's document listeners) and let it through only when this
 * copy's extension context is really gone, so a live copy stays the one instance in this frame.
 * Registered for the page's whole life (the off switch makes new contexts; each one stays protected).
 */
export function ignoreForgedRestarts(
  ctx: ContentScriptContext,
  alive: () => boolean = extensionAlive,
  signal?: AbortSignal,
): void {
  // Private in WXT's types, public at run time: the name WXT itself listens for (wxt 0.20.x). Read
  // from the instance's class: importing the class here would run WXT's static set-up at build time.
  const name = (ctx.constructor as unknown as { SCRIPT_STARTED_MESSAGE_TYPE?: unknown }).SCRIPT_STARTED_MESSAGE_TYPE;
  if (typeof name !== 'string') return;
  const onStarted = (e: Event) => {
    if (alive()) e.stopImmediatePropagation();
  };
  window.addEventListener(name, onStarted, { capture: true, ...(signal ? { signal } : {}) });
}
