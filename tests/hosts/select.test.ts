// @vitest-environment happy-dom
// Selecting the first [blank] of an inserted suggestion: finding it in the text, and in the editor's
// DOM at the end of the draft (Quill and CKEditor 5 shapes), skipping the same blank earlier on.
import { describe, expect, it } from 'vitest';
import { firstBlank, nthFromEnd, occurrencesFrom, selectFirstBlank } from '../../lib/hosts/select';
import { en } from '../../lib/analysis/rules/en';

describe('firstBlank', () => {
  it('finds the first bracketed blank', () => {
    const t = 'Context: [why this matters — what it unblocks, or the goal].';
    const s = firstBlank(t)!;
    expect(t.slice(s[0], s[1])).toBe('[why this matters — what it unblocks, or the goal]');
    expect(firstBlank('Options: A) [option] — [tradeoff]; B) [option]')).toEqual([12, 20]);
    expect(firstBlank('Status: done [..]; in progress [..].')).toEqual([13, 17]);
  });

  it('skips what is not a blank: empty brackets, a line break or a nested [ inside, a far-away ]', () => {
    expect(firstBlank('no blanks here')).toBeNull();
    expect(firstBlank('a [] b')).toBeNull();
    expect(firstBlank('a [x\ny] then [z]')).toEqual([13, 16]);
    expect(firstBlank('a [] b [c]')).toEqual([7, 10]);
    expect(firstBlank('a [x [y] z]')).toEqual([5, 8]);
    expect(firstBlank(`[${'x'.repeat(100)}] then [ok]`)).toEqual([108, 112]);
    expect(firstBlank('unclosed [ forever')).toBeNull();
  });

  it('finds a blank in every suggestion line that has one', () => {
    const lines: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') lines.push(v);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(en.texts);
    const withBlank = lines.filter((l) => /\[[^[\]\n]+\]/.test(l));
    expect(withBlank.length).toBeGreaterThan(10);
    for (const l of withBlank) {
      const s = firstBlank(l)!;
      expect(l.slice(s[0], s[1]), l).toBe(/\[[^[\]\n]+\]/.exec(l)![0]);
    }
  });
});

describe('counting from the end', () => {
  it('counts non-overlapping occurrences from an offset', () => {
    expect(occurrencesFrom('[..] a [..] b [..]', '[..]', 0)).toBe(3);
    expect(occurrencesFrom('[..] a [..] b [..]', '[..]', 1)).toBe(2);
    expect(occurrencesFrom('aaaa', 'aa', 0)).toBe(2);
  });

  it('finds the nth occurrence from the end, non-overlapping', () => {
    expect(nthFromEnd('x [a] y [a] z [a]', '[a]', 1)).toBe(14);
    expect(nthFromEnd('x [a] y [a] z [a]', '[a]', 3)).toBe(2);
    expect(nthFromEnd('x [a] y [a] z [a]', '[a]', 4)).toBe(-1);
    expect(nthFromEnd('aaaa', 'aa', 2)).toBe(0);
    expect(nthFromEnd('aaa', 'aa', 2)).toBe(-1);
  });
});

describe('selectFirstBlank', () => {
  function editor(html: string): HTMLElement {
    document.body.innerHTML = `<div contenteditable="true">${html}</div>`;
    return document.querySelector<HTMLElement>('[contenteditable]')!;
  }

  it('selects the blank of the line inserted last, not the same blank earlier in the draft (Quill shape)', async () => {
    const line = 'Context: [why].';
    const el = editor(`<p>Context: [why]. earlier</p><p>The release is blocked.</p><p>${line}</p>`);
    expect(await selectFirstBlank(el, `\n${line}`)).toBe(true);
    const range = window.getSelection()!.getRangeAt(0);
    expect(range.toString()).toBe('[why]');
    expect(range.startContainer.parentElement).toBe(el.lastElementChild);
  });

  it('selects the first of several blanks across text nodes, carets and nbsp (CKEditor shape)', async () => {
    const text = 'Options: A) [option] — [tradeoff];\nB) [option] — [tradeoff].';
    const el = editor(
      '<p>Draft</p><p>Options: A) [opt<span>\u2060</span>ion]\u00A0— [tradeoff];</p><p>B) [option] — [tradeoff].</p>',
    );
    expect(await selectFirstBlank(el, text)).toBe(true);
    const range = window.getSelection()!.getRangeAt(0);
    expect(range.toString().replace(/\u2060/g, '')).toBe('[option]');
    expect(range.startContainer.parentElement).toBe(el.children[1]);
  });

  it('reports false and leaves the selection alone when the text has no blank or is not in the editor', async () => {
    const el = editor('<p>Deadline: please reply by Fri 15:00.</p>');
    expect(await selectFirstBlank(el, 'Deadline: please reply by Fri 15:00.')).toBe(false);
    expect(await selectFirstBlank(el, 'Context: [why].')).toBe(false);
  });
});
