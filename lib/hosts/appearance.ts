// How the host page looks around a composer (light or dark) and the focus-mode style that hides
// the host's unread counts. Host-agnostic: each adapter passes its own selectors.
import { winOf } from './dom';
import type { SelectorList } from './resolve';

/** Parses 'rgb(a)(…)' into [r, g, b, a]; null for anything else (e.g. 'transparent' in old engines). */
function rgba(color: string): [number, number, number, number] | null {
  const m = /rgba?\(([^)]+)\)/.exec(color);
  if (!m) return null;
  const [r = 0, g = 0, b = 0, a = 1] = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
  return [r, g, b, a];
}

/** WCAG relative luminance of an sRGB colour, 0 (black) … 1 (white). */
function luminance([r, g, b]: [number, number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * 'dark' when the first opaque background behind `from` (walking up to the root) is dark. Reading
 * the pixels' source rather than host theme classes survives theme renames, custom themes and
 * Slack's dark sidebar beside a light view.
 */
export function themeBehind(from: Element): 'light' | 'dark' {
  const win = winOf(from);
  for (let el: Element | null = from; el; el = el.parentElement) {
    const color = rgba(win.getComputedStyle(el).backgroundColor);
    if (color && color[3] >= 0.5) return luminance(color) < 0.3 ? 'dark' : 'light';
  }
  return win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

const FOCUS_STYLE_ID = 'composure-focus-style';

/** Adds (on) or removes (off) a style hiding every fallback of `badges` and un-bolding `labels`. */
export function toggleFocusStyle(doc: Document, on: boolean, badges: SelectorList, labels: SelectorList = []): void {
  const existing = doc.getElementById(FOCUS_STYLE_ID);
  if (!on) {
    existing?.remove();
    return;
  }
  if (existing) return;
  // Every fallback at once: during a host migration old and new markup can coexist.
  const rules = [`${badges.map((e) => e.selector).join(',\n')} { display: none !important; }`];
  if (labels.length) rules.push(`${labels.map((e) => e.selector).join(',\n')} { font-weight: inherit !important; }`);
  const style = doc.createElement('style');
  style.id = FOCUS_STYLE_ID;
  style.textContent = rules.join('\n');
  (doc.head ?? doc.documentElement).append(style);
}
