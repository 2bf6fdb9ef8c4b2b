// Plain text of a rich-text editor's DOM, the way a reader sees it: one line per block, <br> as a
// line break, editor bookkeeping (fillers, zero-width carets, UI nodes) dropped.

const BLOCKS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'TR']);
// Quill's cursor blot and CKEditor's inline filler leave these in the DOM.
const INVISIBLE = /[\u200B\u2060\uFEFF]/g;

/** Extracts text from `root`; `ignore` matches editor UI nodes whose text is not content. */
export function editableText(root: Element, ignore?: string): string {
  const lines: string[] = [];
  let current = '';
  let open = false;

  const flush = () => {
    if (open) lines.push(current);
    current = '';
    open = false;
  };

  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      current += (node.textContent ?? '').replace(INVISIBLE, '');
      open = true;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    if (ignore && el.matches(ignore)) return;
    // Emoji and mentions are images or embeds: Slack keeps their text in data-stringify-text, Teams
    // (and Slack's fallback) in alt. Without them a draft with an emoji never reads back as written.
    const embedded = embeddedText(el);
    if (embedded !== null) {
      current += embedded;
      open = true;
      return;
    }
    if (el.nodeName === 'BR') {
      // A <br> closing its block only gives an empty line height (Quill's <p><br></p>, CKEditor's filler).
      if (el.hasAttribute('data-cke-filler') || isLastInBlock(el)) {
        open = true;
        return;
      }
      current += '\n';
      open = true;
      return;
    }
    const block = BLOCKS.has(el.nodeName);
    if (block) flush();
    for (const child of Array.from(el.childNodes)) walk(child);
    // A block with content (or a lone <br>) is a line; a wrapper of other blocks (<ol>) is not.
    if (block) flush();
  };

  for (const child of Array.from(root.childNodes)) walk(child);
  flush();
  return lines.join('\n').replace(/\u00A0/g, ' ');
}

/** The text an embedded node stands for, or null when the node is ordinary markup to walk into. */
function embeddedText(el: Element): string | null {
  const stringify = el.getAttribute('data-stringify-text');
  if (el.nodeName === 'IMG') return stringify ?? el.getAttribute('alt') ?? '';
  // An embed (a mention pill) with its own text attribute and no typed text inside it.
  if (stringify !== null && el.getAttribute('contenteditable') === 'false' && !(el.textContent ?? '').replace(INVISIBLE, '').trim()) return stringify;
  return null;
}

function isLastInBlock(br: Element): boolean {
  let node: Node = br;
  for (;;) {
    let next = node.nextSibling;
    while (next && next.nodeType === Node.TEXT_NODE && (next.textContent ?? '').replace(INVISIBLE, '') === '') next = next.nextSibling;
    if (next) return false;
    const parent = node.parentNode;
    if (!parent || parent.nodeType !== Node.ELEMENT_NODE) return true;
    if (BLOCKS.has(parent.nodeName) || (parent as Element).hasAttribute('contenteditable')) return true;
    node = parent;
  }
}

/** Whitespace-insensitive form for checking that inserted text arrived. */
export function normalizeForCompare(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}
