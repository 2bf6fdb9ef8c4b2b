// What on the host page Composure must leave uncovered, measured without knowing the host: every
// visible control (buttons, links, fields, editors, tabs, menu and tree items) and the host's chrome
// (headings, headers, navigation, search, toolbars). And the reading area: the scrolling conversation
// above the composer, the one place the panel may open over.
import type { Box } from '../../../lib/assistant';

const CONTROLS = [
  'button', 'a[href]', 'input:not([type="hidden"])', 'select', 'textarea', 'summary', 'iframe',
  '[contenteditable]:not([contenteditable="false"])', '[tabindex]:not([tabindex^="-"])',
  ...['button', 'link', 'textbox', 'searchbox', 'combobox', 'tab', 'menuitem', 'treeitem', 'option', 'checkbox', 'radio', 'switch', 'slider'].map((r) => `[role="${r}"]`),
];
const CHROME = ['h1', 'h2', 'h3', 'header', 'nav', ...['heading', 'banner', 'navigation', 'search', 'toolbar', 'tablist', 'menubar', 'dialog'].map((r) => `[role="${r}"]`)];
export const OBSTACLE_SELECTOR = [...CONTROLS, ...CHROME].join(',');

/** Elements larger than this share of the viewport are containers, not controls (a page-sized editor, a whole pane). */
const MAX_SHARE = 0.4;

const toBox = (r: DOMRect): Box => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });

function clip(b: Box, to: Box): Box | null {
  const c = { left: Math.max(b.left, to.left), top: Math.max(b.top, to.top), right: Math.min(b.right, to.right), bottom: Math.min(b.bottom, to.bottom) };
  return c.right > c.left && c.bottom > c.top ? c : null;
}

/**
 * Boxes of the host's controls and chrome inside the viewport. `ours` (our shadow host) is skipped;
 * the composer region counts as a whole; anything inside the reading area is clipped to it (what
 * is scrolled out of the list is not on screen).
 */
export function collectObstacles(doc: Document, ours: Element, region: Element, area: Element | null): Box[] {
  const win = doc.defaultView!;
  const vp: Box = { left: 0, top: 0, right: win.innerWidth, bottom: win.innerHeight };
  const areaBox = area ? toBox(area.getBoundingClientRect()) : null;
  const limit = vp.right * vp.bottom * MAX_SHARE;
  const out: Box[] = [toBox(region.getBoundingClientRect())];
  for (const el of Array.from(doc.querySelectorAll(OBSTACLE_SELECTOR))) {
    if (el === ours || el.contains(region) || (area && el.contains(area))) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.width * r.height > limit) continue;
    // Kept mounted but invisible (a parked editor, a closed menu): nothing there to cover.
    if (el.checkVisibility && !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
    let b: Box | null = clip(toBox(r), vp);
    if (b && areaBox && area!.contains(el)) b = clip(b, areaBox);
    if (b) out.push(b);
  }
  return out;
}

const scrolls = (win: Window, el: Element) => /(auto|scroll|overlay)/.test(win.getComputedStyle(el).overflowY);

/**
 * The scrolling element right above the composer (the conversation), found by probing a few points
 * above its top edge; null when there is none (a compose box alone in a frame, a page that scrolls whole).
 */
export function findReadingArea(doc: Document, ours: Element, region: Element): Element | null {
  const win = doc.defaultView!;
  const r = region.getBoundingClientRect();
  const x = (r.left + r.right) / 2;
  for (const dy of [8, 24, 48]) {
    const y = r.top - dy;
    if (y < 0) break;
    const hit = doc.elementsFromPoint(x, y).find((el) => el !== ours && !ours.contains(el));
    for (let el: Element | null = hit ?? null; el && el !== doc.body && el !== doc.documentElement; el = el.parentElement) {
      if (el.contains(region)) break;
      if (scrolls(win, el)) return el;
    }
  }
  return null;
}
