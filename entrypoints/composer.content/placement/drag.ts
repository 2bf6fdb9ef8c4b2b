// Dragging Composure to another side of the composer: press on the badge or the panel's header
// ([data-drag-handle]), move, release; it snaps to the side of the composer it was dropped on.
// Alt+Arrow on a handle does the same from the keyboard. Only the user's own (trusted) input counts:
// a host page cannot move us.
import { sideOfPoint, type Side } from '../../../lib/assistant';

/** Moves shorter than this are clicks. */
const DRAG_THRESHOLD = 5;
const KEY_SIDES: Record<string, Side> = { ArrowUp: 'above', ArrowDown: 'below', ArrowLeft: 'left', ArrowRight: 'right' };

export interface DragDeps {
  shadow: ShadowRoot;
  signal: AbortSignal;
  /** Our positioned wrapper, moved with the pointer while dragging. */
  shell(): HTMLElement | null;
  /** The composer's box, to tell which side the drop landed on. */
  region(): DOMRect | null;
  /** null: the drag was cancelled (put it back where it was). */
  onDrop(side: Side | null): void;
}

export function watchDrag(d: DragDeps): void {
  let start: { x: number; y: number; dx: number; dy: number; id: number } | null = null;
  let dragging = false;
  let quietUntil = 0;
  const opts = { signal: d.signal };

  d.shadow.addEventListener('pointerdown', (e) => {
    const ev = e as PointerEvent;
    const handle = (ev.target as Element | null)?.closest?.('[data-drag-handle]');
    const shell = d.shell();
    if (!ev.isTrusted || ev.button !== 0 || !handle || !shell) return;
    const r = shell.getBoundingClientRect();
    start = { x: ev.clientX, y: ev.clientY, dx: ev.clientX - r.left, dy: ev.clientY - r.top, id: ev.pointerId };
    dragging = false;
  }, opts);

  d.shadow.addEventListener('pointermove', (e) => {
    const ev = e as PointerEvent;
    const shell = d.shell();
    if (!start || ev.pointerId !== start.id || !shell) return;
    if (!dragging && Math.hypot(ev.clientX - start.x, ev.clientY - start.y) < DRAG_THRESHOLD) return;
    if (!dragging) {
      dragging = true;
      (ev.target as Element).setPointerCapture?.(ev.pointerId);
      shell.dataset['dragging'] = 'true';
    }
    Object.assign(shell.style, { left: `${ev.clientX - start.dx}px`, top: `${ev.clientY - start.dy}px`, right: '', bottom: '' });
  }, opts);

  const end = (e: Event) => {
    const ev = e as PointerEvent;
    if (!start || ev.pointerId !== start.id) return;
    start = null;
    const shell = d.shell();
    if (shell) delete shell.dataset['dragging'];
    if (!dragging) return;
    const region = d.region();
    d.onDrop(e.type === 'pointerup' && region ? sideOfPoint(region, ev.clientX, ev.clientY) : null);
    // The release is not a click on the badge.
    quietUntil = performance.now() + 400;
  };
  d.shadow.addEventListener('click', (c) => {
    if (performance.now() > quietUntil) return;
    c.stopPropagation();
    c.preventDefault();
  }, { capture: true, signal: d.signal });
  d.shadow.addEventListener('pointerup', end, opts);
  d.shadow.addEventListener('pointercancel', end, opts);

  d.shadow.addEventListener('keydown', (e) => {
    const ev = e as KeyboardEvent;
    const side = KEY_SIDES[ev.key];
    if (!side || !ev.altKey || ev.ctrlKey || ev.metaKey || !ev.isTrusted) return;
    if (!(ev.target as Element | null)?.closest?.('[data-drag-handle]')) return;
    ev.preventDefault();
    d.onDrop(side);
    // Capture: the UI's body stops keystrokes from bubbling (isolateEvents), so they never reach the root.
  }, { capture: true, signal: d.signal });
}
