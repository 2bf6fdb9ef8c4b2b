// Selector lists are data; this module is the only code that runs them, so every lookup can say
// which fallback matched. A host redesign then shows up as a named failure in diagnose().
import type { Diagnosis, HostId, SelectorProbe } from './types';

/** One way to find a node, with where we learned it and since when it is known to match. */
export interface SelectorEntry {
  selector: string;
  /** YYYY-MM-DD: when the public source observed the live host using it (or when it was recorded here). */
  since: string;
  /** Public source that shows the host using it: repository and file (lib/hosts/README.md lists them). */
  evidence: string;
  /** The fragment under tests/fixtures/hosts/ that reproduces the markup this entry matches. */
  fixture: string;
  /** YYYY-MM-DD: a fallback (any entry after the first) is re-checked against the evidence by then. */
  review?: string;
}

/** Fallbacks for one named target, newest first. */
export type SelectorList = readonly SelectorEntry[];

export interface Resolved {
  element: HTMLElement | null;
  matched: string | null;
  /** The name when every fallback failed, else null. */
  failed: string | null;
}

export interface ResolvedAll {
  elements: HTMLElement[];
  matched: string | null;
  failed: string | null;
}

type Root = Document | Element;
type Accept = (el: HTMLElement) => boolean;

const always: Accept = () => true;

function isHtmlElement(node: Element): node is HTMLElement {
  // instanceof fails across frames; a style property is what we rely on anyway.
  return 'style' in node && typeof (node as HTMLElement).focus === 'function';
}

function safeQueryAll(root: Root, selector: string): HTMLElement[] {
  try {
    return Array.from(root.querySelectorAll(selector)).filter(isHtmlElement);
  } catch {
    return []; // An invalid selector is a failed fallback, not an exception in the host page.
  }
}

/** First element matched by the newest fallback that matches anything acceptable under root. */
export function resolve(name: string, list: SelectorList, root: Root, accept: Accept = always): Resolved {
  const all = resolveAll(name, list, root, accept);
  return { element: all.elements[0] ?? null, matched: all.matched, failed: all.failed };
}

/** All acceptable elements of the newest fallback that matches any. */
export function resolveAll(name: string, list: SelectorList, root: Root, accept: Accept = always): ResolvedAll {
  for (const entry of list) {
    const elements = safeQueryAll(root, entry.selector).filter(accept);
    if (elements.length > 0) return { elements, matched: entry.selector, failed: null };
  }
  return { elements: [], matched: null, failed: name };
}

/** Nearest ancestor-or-self of `from` matched by the newest fallback that matches one. */
export function resolveClosest(name: string, list: SelectorList, from: Element): Resolved {
  for (const entry of list) {
    let found: Element | null = null;
    try {
      found = from.closest(entry.selector);
    } catch {
      found = null;
    }
    if (found && isHtmlElement(found)) return { element: found, matched: entry.selector, failed: null };
  }
  return { element: null, matched: null, failed: name };
}

/** The probe record diagnose() reports for one resolution. */
export function probe(name: string, list: SelectorList, result: { matched: string | null }): SelectorProbe {
  const index = result.matched === null ? -1 : list.findIndex((e) => e.selector === result.matched);
  return { name, matched: result.matched, index };
}

/** What diagnose() returns: every probe, and the names whose every fallback failed. */
export function diagnosis(host: HostId, doc: Document, probes: SelectorProbe[]): Diagnosis {
  const failed = probes.filter((p) => p.matched === null).map((p) => p.name);
  return { host, url: doc.defaultView?.location.href ?? '', probes, failed };
}

/** Climbs from `from` through up to `levels` ancestors and resolves inside the first that contains a match. */
export function resolveNear(name: string, list: SelectorList, from: Element, levels = 6, accept: Accept = always): Resolved {
  let scope: Element | null = from;
  let last: Resolved = { element: null, matched: null, failed: name };
  for (let i = 0; scope && i <= levels; i += 1, scope = scope.parentElement) {
    last = resolve(name, list, scope, accept);
    if (last.element) return last;
  }
  return last;
}

/** Nearest ancestor of `from` (up to `levels`) that contains a match: a composer's region by its buttons. */
export function ancestorWith(name: string, list: SelectorList, from: Element, levels = 8, accept: Accept = always): Resolved {
  let scope: Element | null = from.parentElement;
  for (let i = 0; scope && i < levels; i += 1, scope = scope.parentElement) {
    const found = resolve(name, list, scope, accept);
    if (found.element && isHtmlElement(scope)) return { element: scope, matched: found.matched, failed: null };
  }
  return { element: null, matched: null, failed: name };
}
