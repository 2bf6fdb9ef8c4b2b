// The live side of placement: measures the page (obstacles, reading area) at most once per
// OBSTACLE_TTL_MS unless something moved, remembers the user's side per host through the
// background, and hands lib/assistant's pure placeUi what it needs.
import { placeUi, type Placement, type Side } from '../../../lib/assistant';
import type { HostId } from '../../../lib/hosts/types';
import type { Client } from '../../../lib/protocol/client';
import { collectObstacles, findReadingArea } from './obstacles';

/** The panel's width (the sidebar's 300px plus its border). */
export const PANEL_WIDTH = 302;
/** Less room than this and the panel would be a slit: the badge stays. */
export const PANEL_MIN_HEIGHT = 200;
/** Taller than this and the panel reads as a page, not a helper beside the composer. */
export const PANEL_MAX_HEIGHT = 560;
/** When the user asks for the panel, a shorter one is better than none. */
export const FORCED_MIN_HEIGHT = 120;
/** Measurements are reused this long when nothing said the page moved. */
export const OBSTACLE_TTL_MS = 250;

export interface Dock {
  /** Where the badge and panel go now, beside `region`. `forced`: the user asked for the panel. */
  place(region: HTMLElement, forced: boolean): Placement;
  /** The page moved (scroll, resize, host re-render): measure again on the next place(). */
  invalidate(): void;
  /** The badge's (or collapsed shell's) real size, measured after a render. */
  setBadgeSize(width: number, height: number): boolean;
  /** The user dragged Composure to `side`: use it now and remember it for this host. */
  choose(side: Side): void;
  readonly prefer: Side | null;
}

export function createDock(doc: Document, ours: Element, host: HostId, client: Client, onChange: () => void): Dock {
  let prefer: Side | null = null;
  let chosen = false;
  let badge = { width: 100, height: 36 };
  let measured: { region: HTMLElement; at: number; area: Element | null; obstacles: ReturnType<typeof collectObstacles> } | null = null;

  client.request({ type: 'placement/get' }).then(
    (sides) => {
      // A drag that happened meanwhile wins over the stored side.
      if (chosen || !sides[host]) return;
      prefer = sides[host]!;
      onChange();
    },
    (e: unknown) => console.debug('[composure] placement/get failed', e),
  );

  return {
    get prefer() {
      return prefer;
    },
    place(region, forced) {
      const win = doc.defaultView!;
      const now = win.performance.now();
      // Not per composer element: a host that re-creates its composer 100 times a second (a re-render
      // storm) must not make us measure the page 100 times a second.
      if (!measured || now - measured.at > OBSTACLE_TTL_MS || (measured.area && !measured.area.isConnected)) {
        const area = findReadingArea(doc, ours, region);
        measured = { region, at: now, area, obstacles: collectObstacles(doc, ours, region, area) };
      }
      const r = region.getBoundingClientRect();
      const box = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      const a = measured.area?.getBoundingClientRect();
      return placeUi({
        region: box,
        viewport: { width: doc.documentElement.clientWidth || win.innerWidth, height: doc.documentElement.clientHeight || win.innerHeight },
        area: a ? { left: a.left, top: a.top, right: a.right, bottom: a.bottom } : null,
        // The composer itself, as it is now (it grows while typing).
        obstacles: [box, ...measured.obstacles],
        panel: { width: PANEL_WIDTH, minHeight: PANEL_MIN_HEIGHT, maxHeight: PANEL_MAX_HEIGHT },
        badge,
        prefer,
        ...(forced ? { forcedMinHeight: FORCED_MIN_HEIGHT } : {}),
      });
    },
    invalidate() {
      measured = null;
    },
    setBadgeSize(width, height) {
      const w = Math.ceil(width);
      const h = Math.ceil(height);
      if (w <= 0 || h <= 0 || (w === badge.width && h === badge.height)) return false;
      badge = { width: w, height: h };
      return true;
    },
    choose(side) {
      chosen = true;
      prefer = side;
      measured = null;
      onChange();
      client.request({ type: 'placement/set', host, side }).catch((e: unknown) => console.debug('[composure] placement/set failed', e));
    },
  };
}
