// How often the content script re-checks the composer on a host that mutates constantly: a cheap test
// per mutation batch, then at most one full check (which queries selectors and measures layout) per
// RECHECK_MS. The policy is here, apart from the observer that applies it, so it is tested as a table.

/** Host mutations re-check the composer at most this often. */
export const RECHECK_MS = 100;
/** An added editor is checked this soon (one frame), even inside the RECHECK_MS window. */
export const EDITOR_RECHECK_MS = 16;
/** While our composer and UI are still in the page, the full re-check runs at most this often. */
export const ATTACHED_RECHECK_MS = 1000;
/** Added elements looked into per batch; beyond that a batch counts as plain elements. */
const MAX_PROBES = 32;
const EDITOR = '[contenteditable]:not([contenteditable="false"]), textarea';

/** What a mutation batch added: nothing that could be a composer, elements, or an editor among them. */
export type Added = 'none' | 'element' | 'editor';

/** What a batch added, looking into at most MAX_PROBES added elements and never into `ours`. */
export function additions(records: readonly Pick<MutationRecord, 'addedNodes'>[], ours: Node): Added {
  let found: Added = 'none';
  let probes = 0;
  for (const r of records) {
    const added = r.addedNodes;
    for (let i = 0; i < added.length; i++) {
      const node = added[i]!;
      if (node.nodeType !== 1 || node === ours) continue;
      if (probes++ >= MAX_PROBES) return 'element';
      const el = node as Element;
      if (el.matches(EDITOR) || el.querySelector(EDITOR)) return 'editor';
      found = 'element';
    }
  }
  return found;
}

/** Where the page stands when a mutation batch arrives. */
export interface MutationMoment {
  /** A composer is attached. */
  attached: boolean;
  /** The attached composer and our UI are both still in the page. */
  inPlace: boolean;
  /** Milliseconds since the last full check. */
  since: number;
  /** What the batch added; asked only when nothing is attached (it costs DOM queries). */
  added: () => Added;
}

/**
 * How long until the full check a mutation batch calls for: null for none, 0 or less for at once.
 * Attached and in place: nothing to redo until ATTACHED_RECHECK_MS has passed; otherwise trailing by
 * RECHECK_MS, so the host's re-render settles first. Nothing attached: an added editor is checked
 * within a frame (the sidebar appears with the composer), other added elements at most every
 * RECHECK_MS; removals alone cannot bring a composer.
 */
export function recheckDelay(moment: MutationMoment): number | null {
  if (moment.attached) return moment.inPlace && moment.since < ATTACHED_RECHECK_MS ? null : RECHECK_MS;
  const added = moment.added();
  if (added === 'editor') return EDITOR_RECHECK_MS - moment.since;
  if (added === 'element') return RECHECK_MS - moment.since;
  return null;
}
