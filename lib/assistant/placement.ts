// Where the sidebar goes relative to the composer: above it and aligned to its right edge, so it
// never covers the text being written; below when the composer sits near the top; folded to a pill
// when neither side has room, inside the composer's top-right corner when there is no room at all
// (a compose box alone in a small frame). Pure.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  /** Distance from the viewport's right edge: the panel and the pill both align to the composer's right. */
  right: number;
  /** One of top/bottom is set: bottom when the panel grows upwards from above the composer. */
  top?: number;
  bottom?: number;
  maxHeight: number;
  /** 'inside': no room around the composer at all; the pill sits in its top-right corner. */
  side: 'above' | 'below' | 'inside';
  /** Too little room for the panel: show the pill. */
  cramped: boolean;
}

export interface PlacementOptions {
  width: number;
  gap?: number;
  margin?: number;
  /** Less room than this on both sides counts as cramped. */
  minHeight?: number;
  /** The folded pill's size, for the no-room case. */
  pill?: { width: number; height: number };
}

/** Places a panel of `opts.width` beside `region` inside a viewport of `vw` × `vh`. */
export function placeBeside(region: Box, vw: number, vh: number, opts: PlacementOptions): Placement {
  const gap = opts.gap ?? 8;
  const margin = opts.margin ?? 8;
  const minHeight = opts.minHeight ?? 220;
  const right = Math.min(Math.max(vw - region.right, margin), Math.max(margin, vw - opts.width - margin));
  const above = Math.max(0, region.top - gap - margin);
  const below = Math.max(0, vh - region.bottom - gap - margin);
  const pill = opts.pill ?? { width: 96, height: 34 };
  if (Math.max(above, below) < pill.height) {
    // Tight spot (a compose box alone in a small frame): the pill hugs the composer, margins dropped.
    const tightBelow = vh - region.bottom - 2;
    if (tightBelow >= pill.height) return { right, top: region.bottom + 2, maxHeight: tightBelow, side: 'below', cramped: true };
    if (region.top - 2 >= pill.height) return { right, bottom: vh - region.top + 2, maxHeight: region.top - 2, side: 'above', cramped: true };
    const inside = Math.min(Math.max(vw - region.right + margin, margin), Math.max(margin, vw - pill.width - margin));
    return { right: inside, top: Math.max(0, region.top + 4), maxHeight: pill.height, side: 'inside', cramped: true };
  }
  if (above >= minHeight || above >= below) {
    return { right, bottom: Math.max(margin, vh - region.top + gap), maxHeight: above, side: 'above', cramped: above < minHeight };
  }
  return { right, top: Math.min(vh - margin, region.bottom + gap), maxHeight: below, side: 'below', cramped: below < minHeight };
}
