// @vitest-environment happy-dom
// The resolver reports which fallback matched, tolerates broken selectors and respects filters.
import { beforeEach, describe, expect, it } from 'vitest';
import { ancestorWith, probe, resolve, resolveAll, resolveClosest, resolveNear, type SelectorList } from '../../lib/hosts/resolve';

const list = (...selectors: string[]): SelectorList => selectors.map((selector) => ({ selector, since: '2026-11-21', evidence: 'test', fixture: 'none' }));

describe('resolve', () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <div class="region"><div class="editor old" id="a"></div><button class="send">Send</button></div>
      <div class="editor old" id="b"></div>`;
  });

  it('returns the newest fallback that matches and names it', () => {
    expect(resolve('editor', list('.editor.new', '.editor.old'), document)).toMatchObject({ matched: '.editor.old', failed: null });
    expect(resolve('editor', list('.editor.new', '.editor.old'), document).element?.id).toBe('a');
  });

  it('names the target when every fallback fails, and survives an invalid selector', () => {
    expect(resolve('editor', list('[[broken', '.nothing'), document)).toEqual({ element: null, matched: null, failed: 'editor' });
  });

  it('skips a fallback whose matches are all rejected', () => {
    const all = resolveAll('editor', list('#a', '.editor'), document, (el) => el.id === 'b');
    expect(all.matched).toBe('.editor');
    expect(all.elements.map((e) => e.id)).toEqual(['b']);
  });

  it('finds the closest ancestor, the nearest scope holding a match, and the region holding a button', () => {
    const a = document.getElementById('a')!;
    expect(resolveClosest('region', list('.nope', '.region'), a).element?.className).toBe('region');
    expect(resolveNear('send', list('.send'), a).element?.textContent).toBe('Send');
    expect(ancestorWith('send', list('.send'), a).element?.className).toBe('region');
    expect(ancestorWith('send', list('.send'), document.getElementById('b')!).element?.tagName).toBe('BODY');
  });

  it('probe() reports the fallback index, -1 when none matched', () => {
    const l = list('.x', '.editor');
    expect(probe('editor', l, resolve('editor', l, document))).toEqual({ name: 'editor', matched: '.editor', index: 1 });
    expect(probe('editor', l, { matched: null })).toEqual({ name: 'editor', matched: null, index: -1 });
  });
});
