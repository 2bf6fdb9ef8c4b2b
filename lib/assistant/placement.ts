// Where Composure sits on a host page: a compact badge docked at one side of the composer, which
// opens into a panel in free space on that side. Free space is the viewport minus the host's own
// controls (the obstacles the content script measures), and, above the composer, only the
// conversation's reading area (so never the host's headers). No room for the panel on any side:
// the badge alone. Pure geometry, so every layout is a table test.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The sides of the composer the badge can dock to (the user drags it between them). */
export type Side = 'above' | 'right' | 'left' | 'below';
export const SIDES: readonly Side[] = ['above', 'right', 'left', 'below'];

/** A fixed-position box, anchored at the corner nearest the composer so content grows away from it. */
export interface Spot {
  side: Side | 'inside';
  /** Exactly one of left/right and one of top/bottom is set (CSS distances from the viewport's edges). */
  left?: number;
  right?: number;
  top?: number;
  bottom?: number;
  /** The room there: the panel scrolls inside it. */
  maxHeight: number;
  /** The box that was checked against the obstacles. */
  box: Box;
}

export interface Placement {
  badge: Spot;
  /** null: no side has room for the panel without covering the host; show the badge alone. */
  panel: Spot | null;
}

export interface PlaceInput {
  /** The composer (editor and its buttons). */
  region: Box;
  viewport: { width: number; height: number };
  /** The scrolling conversation above the composer, when found: the panel may open over it, not past it. */
  area: Box | null;
  /** Host controls and chrome that must stay uncovered. */
  obstacles: readonly Box[];
  panel: { width: number; minHeight: number; maxHeight: number };
  badge: { width: number; height: number };
  /** The user's chosen side (tried first), or null for the default order. */
  prefer: Side | null;
  /** The user asked for the panel: accept a shorter one (down to this height) rather than none. */
  forcedMinHeight?: number;
  gap?: number;
  margin?: number;
}

const overlapsX = (b: Box, x0: number, x1: number) => b.left < x1 && b.right > x0;
const intersects = (a: Box, b: Box) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

/** The preferred side first, then the default order. */
export function sideOrder(prefer: Side | null): Side[] {
  return prefer ? [prefer, ...SIDES.filter((s) => s !== prefer)] : [...SIDES];
}

/** Which side of `region` a point dropped at (x, y) is on. */
export function sideOfPoint(region: Box, x: number, y: number): Side {
  const dx = x < region.left ? region.left - x : x > region.right ? x - region.right : 0;
  const dy = y < region.top ? region.top - y : y > region.bottom ? y - region.bottom : 0;
  if (dx > dy) return x < region.left ? 'left' : 'right';
  if (dy > 0) return y < region.top ? 'above' : 'below';
  // Inside the composer: the nearest edge.
  const edges: Array<[Side, number]> = [
    ['above', y - region.top],
    ['below', region.bottom - y],
    ['left', x - region.left],
    ['right', region.right - x],
  ];
  return edges.reduce((a, b) => (b[1] < a[1] ? b : a))[0];
}

type Align = 'end' | 'start';

interface Column {
  x0: number;
  x1: number;
  /** Grows upward from `anchor` (a bottom edge) or downward (a top edge). */
  up: boolean;
  anchor: number;
  /** How far it may grow before an edge of the allowed space. */
  limit: number;
}

function columns(side: Side, align: Align, i: Required<Pick<PlaceInput, 'gap' | 'margin'>> & PlaceInput): Column | null {
  const { region, viewport: vp, area, gap, margin } = i;
  const w = i.panel.width;
  const clampX = (x0: number, lo: number, hi: number) => Math.min(Math.max(x0, lo), hi - w);
  if (side === 'above' || side === 'below') {
    const lo = Math.max(margin, side === 'above' && area ? area.left : 0);
    const hi = Math.min(vp.width - margin, side === 'above' && area ? area.right : vp.width);
    if (hi - lo < w) return null;
    const x0 = clampX(align === 'end' ? region.right - w : region.left, lo, hi);
    if (side === 'above') return { x0, x1: x0 + w, up: true, anchor: region.top - gap, limit: Math.max(margin, area ? area.top : 0) };
    return { x0, x1: x0 + w, up: false, anchor: region.bottom + gap, limit: vp.height - margin };
  }
  const x0 = side === 'right' ? region.right + gap : region.left - gap - w;
  if (x0 < margin || x0 + w > vp.width - margin) return null;
  // Never higher than the conversation's top: other panes' headers sit level with this one's.
  return { x0, x1: x0 + w, up: true, anchor: Math.min(region.bottom, vp.height - margin), limit: Math.max(margin, area ? area.top : 0) };
}

/** The free height of a column: up to the first obstacle in its way, or the limit. */
function freeHeight(c: Column, obstacles: readonly Box[], gap: number): number {
  let edge = c.limit;
  for (const o of obstacles) {
    if (!overlapsX(o, c.x0, c.x1)) continue;
    if (c.up) {
      if (o.top >= c.anchor) continue;
      edge = Math.max(edge, o.bottom + gap);
    } else {
      if (o.bottom <= c.anchor) continue;
      edge = Math.min(edge, o.top - gap);
    }
  }
  return c.up ? c.anchor - edge : edge - c.anchor;
}

function spotOf(side: Side, c: Column, height: number, vp: PlaceInput['viewport']): Spot {
  const box = c.up ? { left: c.x0, right: c.x1, top: c.anchor - height, bottom: c.anchor } : { left: c.x0, right: c.x1, top: c.anchor, bottom: c.anchor + height };
  // Anchored at the corner nearest the composer: the left edge when docked to its right, else the right.
  const x = side === 'right' ? { left: c.x0 } : { right: vp.width - c.x1 };
  const y = c.up ? { bottom: vp.height - c.anchor } : { top: c.anchor };
  return { side, ...x, ...y, maxHeight: height, box };
}

function badgeSpot(side: Side, align: Align, i: Required<Pick<PlaceInput, 'gap' | 'margin'>> & PlaceInput): Spot | null {
  const { region, viewport: vp, gap } = i;
  const { width: bw, height: bh } = i.badge;
  let box: Box;
  if (side === 'above' || side === 'below') {
    const left = align === 'end' ? Math.min(region.right, vp.width) - bw : Math.max(region.left, 0);
    const top = side === 'above' ? region.top - gap - bh : region.bottom + gap;
    box = { left, top, right: left + bw, bottom: top + bh };
  } else {
    const left = side === 'right' ? region.right + gap : region.left - gap - bw;
    const bottom = Math.min(region.bottom, vp.height);
    box = { left, top: bottom - bh, right: left + bw, bottom };
  }
  if (box.left < 0 || box.top < 0 || box.right > vp.width || box.bottom > vp.height) return null;
  if (i.obstacles.some((o) => intersects(o, box))) return null;
  const x = side === 'right' || (side !== 'left' && align === 'start') ? { left: box.left } : { right: vp.width - box.right };
  const y = side === 'below' ? { top: box.top } : { bottom: vp.height - box.bottom };
  return { side, ...x, ...y, maxHeight: bh, box };
}

const ALIGNS: Record<Side, Align[]> = { above: ['end', 'start'], below: ['end', 'start'], right: ['end'], left: ['end'] };

/** Places the badge and, when there is room, the panel. */
export function placeUi(input: PlaceInput): Placement {
  const i = { gap: 6, margin: 8, ...input };
  const order = sideOrder(i.prefer);
  let best: { spot: Spot; side: Side; align: Align } | null = null;
  let panel: Spot | null = null;
  for (const side of order) {
    for (const align of ALIGNS[side]) {
      const c = columns(side, align, i);
      if (!c) continue;
      const h = Math.min(freeHeight(c, i.obstacles, i.gap), i.panel.maxHeight);
      const spot = spotOf(side, c, h, i.viewport);
      if (h >= i.panel.minHeight) {
        panel = spot;
        break;
      }
      if (h > 0 && (!best || h > best.spot.maxHeight)) best = { spot, side, align };
    }
    if (panel) break;
  }
  if (!panel && best && i.forcedMinHeight !== undefined && best.spot.maxHeight >= i.forcedMinHeight) panel = best.spot;
  return { badge: dockBadge(order, panel, i), panel };
}

/** The badge on the panel's side when it has one, else on the first side with room, else inside the composer's corner. */
function dockBadge(order: Side[], panel: Spot | null, i: Required<Pick<PlaceInput, 'gap' | 'margin'>> & PlaceInput): Spot {
  const sides = panel && panel.side !== 'inside' ? [panel.side, ...order.filter((s) => s !== panel.side)] : order;
  for (const side of sides) {
    for (const align of ALIGNS[side]) {
      const spot = badgeSpot(side, align, i);
      if (spot) return spot;
    }
  }
  // A compose box alone in a small frame: its top-right corner, the one place left.
  const { region, viewport: vp } = i;
  const right = Math.max(0, vp.width - Math.min(region.right, vp.width) + 4);
  const top = Math.max(0, region.top + 4);
  return { side: 'inside', right, top, maxHeight: i.badge.height, box: { left: vp.width - right - i.badge.width, top, right: vp.width - right, bottom: top + i.badge.height } };
}
