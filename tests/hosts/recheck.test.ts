// @vitest-environment happy-dom
// The re-check policy the content script applies to host mutations: what a batch added, and how soon
// (if at all) it leads to a full composer check. Plain values in, a delay out: no timers involved.
import { describe, expect, it } from 'vitest';
import {
  additions,
  ATTACHED_RECHECK_MS,
  EDITOR_RECHECK_MS,
  RECHECK_MS,
  recheckDelay,
  type Added,
} from '../../lib/hosts/recheck';

const batch = (...nodes: Node[]) => [{ addedNodes: nodes as unknown as NodeList }];
const el = (html: string) => {
  const t = document.createElement('template');
  t.innerHTML = html;
  return t.content.firstElementChild!;
};

describe('additions', () => {
  const ours = el('<div id="composure"><div contenteditable="true"></div></div>');

  it('is none for text, comments and removals', () => {
    expect(additions([], ours)).toBe('none');
    expect(additions(batch(document.createTextNode('hi'), document.createComment('x')), ours)).toBe('none');
  });

  it('finds an editor added itself or inside an added element', () => {
    expect(additions(batch(el('<div contenteditable="true"></div>')), ours)).toBe('editor');
    expect(additions(batch(el('<section><p><textarea></textarea></p></section>')), ours)).toBe('editor');
    expect(additions(batch(el('<p>a</p>'), el('<div><div contenteditable></div></div>')), ours)).toBe('editor');
  });

  it('counts read-only editors and our own UI as plain elements or nothing', () => {
    expect(additions(batch(el('<div contenteditable="false"></div>')), ours)).toBe('element');
    expect(additions(batch(ours), ours)).toBe('none');
  });

  it('stops looking after 32 elements: an editor beyond them is not searched for', () => {
    const many = Array.from({ length: 32 }, () => el('<span></span>'));
    expect(additions(batch(...many, el('<textarea></textarea>')), ours)).toBe('element');
    expect(additions(batch(...many.slice(1), el('<textarea></textarea>')), ours)).toBe('editor');
  });
});

describe('recheckDelay', () => {
  const never = (): Added => {
    throw new Error('an attached composer must not cost DOM queries');
  };

  it('leaves an attached composer alone while it and our UI are in place, up to ATTACHED_RECHECK_MS', () => {
    expect(recheckDelay({ attached: true, inPlace: true, since: 0, added: never })).toBeNull();
    expect(recheckDelay({ attached: true, inPlace: true, since: ATTACHED_RECHECK_MS - 1, added: never })).toBeNull();
    expect(recheckDelay({ attached: true, inPlace: true, since: ATTACHED_RECHECK_MS, added: never })).toBe(RECHECK_MS);
  });

  it('re-checks an attached composer that left the page, trailing by RECHECK_MS', () => {
    expect(recheckDelay({ attached: true, inPlace: false, since: 0, added: never })).toBe(RECHECK_MS);
    expect(recheckDelay({ attached: true, inPlace: false, since: 5_000, added: never })).toBe(RECHECK_MS);
  });

  it('with nothing attached, checks an added editor within a frame of the last check', () => {
    const editor = () => 'editor' as const;
    expect(recheckDelay({ attached: false, inPlace: false, since: 0, added: editor })).toBe(EDITOR_RECHECK_MS);
    expect(recheckDelay({ attached: false, inPlace: false, since: 10, added: editor })).toBe(EDITOR_RECHECK_MS - 10);
    expect(recheckDelay({ attached: false, inPlace: false, since: 500, added: editor })).toBeLessThanOrEqual(0);
  });

  it('with nothing attached, checks other added elements at most every RECHECK_MS, and ignores the rest', () => {
    const element = () => 'element' as const;
    expect(recheckDelay({ attached: false, inPlace: false, since: 30, added: element })).toBe(RECHECK_MS - 30);
    expect(recheckDelay({ attached: false, inPlace: false, since: RECHECK_MS, added: element })).toBe(0);
    expect(recheckDelay({ attached: false, inPlace: false, since: 0, added: () => 'none' })).toBeNull();
  });
});
