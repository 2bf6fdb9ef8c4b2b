// Where the badge and panel go: table tests over real layouts measured on the fixtures (Slack's
// channel with a thread pane, Teams' chat) plus the edge cases (no room, a composer alone in a frame).
import { describe, expect, it } from 'vitest';
import { placeUi, sideOfPoint, sideOrder, type Box, type PlaceInput } from '../../lib/assistant/placement';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
const PANEL = { width: 302, minHeight: 200, maxHeight: 560 };
const BADGE = { width: 100, height: 36 };
const intersects = (a: Box, b: Box) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

/** Slack at 1024×700: the channel composer under its message list, the thread pane on the right. */
const slack1024 = (): PlaceInput => ({
  region: box(240, 560, 660, 696),
  viewport: { width: 1024, height: 700 },
  area: box(240, 90, 660, 560),
  obstacles: [
    box(240, 560, 660, 696), // the composer itself
    box(262, 40, 400, 88), // the channel header's button
    box(304, 212, 640, 290), // an edit-in-place editor
    box(520, 296, 640, 320), // its Save / Cancel
    box(681, 565, 1000, 676), // the thread composer
    box(0, 40, 240, 700), // the channel sidebar (a nav landmark)
  ],
  panel: PANEL,
  badge: BADGE,
  prefer: null,
});

describe('placeUi', () => {
  it('opens the panel above the composer, right-aligned, stopping under the edit-in-place controls', () => {
    const p = placeUi(slack1024());
    expect(p.panel).toMatchObject({ side: 'above', right: 1024 - 660, bottom: 700 - 554 });
    expect(p.panel!.box.top).toBeGreaterThanOrEqual(320);
    expect(p.badge).toMatchObject({ side: 'above', right: 1024 - 660, bottom: 700 - 554 });
  });

  it('never covers an obstacle, whatever the preferred side', () => {
    for (const prefer of [null, 'above', 'right', 'left', 'below'] as const) {
      const input = { ...slack1024(), prefer };
      const p = placeUi(input);
      for (const o of input.obstacles) {
        expect(intersects(o, p.badge.box)).toBe(false);
        if (p.panel) expect(intersects(o, p.panel.box)).toBe(false);
      }
      expect(p.panel!.box.left).toBeGreaterThanOrEqual(0);
      expect(p.panel!.box.right).toBeLessThanOrEqual(1024);
    }
  });

  it('keeps the panel inside the reading area: never over the header above it', () => {
    const input = { ...slack1024(), obstacles: [], area: box(240, 90, 660, 560) };
    const p = placeUi(input);
    expect(p.panel!.box.top).toBeGreaterThanOrEqual(90);
    expect(p.panel!.maxHeight).toBeLessThanOrEqual(560 - 6 - 90);
  });

  it('goes beside the composer when the user chose that side and it is free', () => {
    const input: PlaceInput = { ...slack1024(), region: box(240, 560, 660, 696), obstacles: [box(240, 560, 660, 696)], prefer: 'right' };
    const p = placeUi(input);
    expect(p.panel).toMatchObject({ side: 'right', left: 666, bottom: 8 });
    expect(p.badge).toMatchObject({ side: 'right', left: 666 });
  });

  it('falls back from a blocked preferred side to the next one', () => {
    // Right of the composer is the thread composer: blocked.
    expect(placeUi({ ...slack1024(), prefer: 'right' }).panel?.side).toBe('above');
  });

  it('shows the badge alone when no side has room, and opens a short panel only when asked', () => {
    const input: PlaceInput = { ...slack1024(), obstacles: [...slack1024().obstacles, box(240, 400, 660, 420)] };
    const p = placeUi(input);
    expect(p.panel).toBeNull();
    expect(p.badge.side).toBe('above');
    const forced = placeUi({ ...input, forcedMinHeight: 100 });
    expect(forced.panel).toMatchObject({ side: 'above' });
    expect(forced.panel!.maxHeight).toBe(554 - 426);
  });

  it('docks inside the composer corner when the page is only the compose box', () => {
    const p = placeUi({ region: box(0, 0, 800, 96), viewport: { width: 800, height: 96 }, area: null, obstacles: [], panel: PANEL, badge: BADGE, prefer: null });
    expect(p.panel).toBeNull();
    expect(p.badge).toMatchObject({ side: 'inside', right: 4, top: 4 });
  });

  it('stays inside the viewport when the composer is wider than the window', () => {
    const p = placeUi({ region: box(-20, 500, 1100, 690), viewport: { width: 1024, height: 700 }, area: null, obstacles: [], panel: PANEL, badge: BADGE, prefer: null });
    expect(p.panel!.box.right).toBeLessThanOrEqual(1024 - 8);
    expect(p.badge.box.right).toBeLessThanOrEqual(1024);
  });
});

describe('sideOfPoint and sideOrder', () => {
  const r = box(200, 500, 700, 650);
  it('names the side a drop lands on', () => {
    expect(sideOfPoint(r, 450, 300)).toBe('above');
    expect(sideOfPoint(r, 900, 600)).toBe('right');
    expect(sideOfPoint(r, 50, 560)).toBe('left');
    expect(sideOfPoint(r, 450, 690)).toBe('below');
    expect(sideOfPoint(r, 800, 200)).toBe('above');
    expect(sideOfPoint(r, 690, 560)).toBe('right');
  });
  it('tries the preferred side first', () => {
    expect(sideOrder('left')).toEqual(['left', 'above', 'right', 'below']);
    expect(sideOrder(null)).toEqual(['above', 'right', 'left', 'below']);
  });
});
