// The sidebar's folding rules as a pure reducer: when it waits as a badge, opens by itself, and folds
// again, and that the user's own fold or open always wins.
import { describe, expect, it } from 'vitest';
import { FOLDED, fold, revealState, type FoldEvent, type FoldMemory } from '../../lib/assistant/reveal';

const run = (...events: FoldEvent[]): FoldMemory => events.reduce(fold, FOLDED);
const read = (draft: string): FoldEvent => ({ type: 'read', draft });
const view = (...events: FoldEvent[]) => revealState(run(...events));

describe('fold', () => {
  it('starts folded and quiet', () => {
    expect(view()).toEqual({ quiet: true, collapsed: true, openedByUser: false });
  });

  it('waits folded while the draft is too short, and opens by itself once it has something to say', () => {
    expect(view(read('Can'))).toEqual({ quiet: true, collapsed: true, openedByUser: false });
    expect(view(read('Can you'))).toMatchObject({ quiet: true, collapsed: true });
    expect(view(read('Can you review the PR today?'))).toEqual({ quiet: false, collapsed: false, openedByUser: false });
  });

  it('opens after the typing pause, and a re-read of the same text does not end the pause', () => {
    expect(view(read('Can you'), { type: 'paused' })).toMatchObject({ quiet: false, collapsed: false });
    expect(view(read('Can you'), { type: 'paused' }, read('Can you'))).toMatchObject({ quiet: false });
    expect(view(read('Can'), { type: 'paused' }, read('Can you'))).toMatchObject({ quiet: true, collapsed: true });
  });

  it('stays open while the draft is edited back to something short, and folds again once it is cleared', () => {
    const opened = run(read('Can you review the PR today?'));
    expect(revealState(fold(opened, read('Can')))).toMatchObject({ quiet: true, collapsed: false });
    expect(revealState(fold(opened, read('')))).toEqual({ quiet: true, collapsed: true, openedByUser: false });
  });

  it("keeps the user's fold whatever the draft says, across composers, until they open it", () => {
    const folded = run(read('Can you review the PR today?'), { type: 'toggle' });
    expect(revealState(folded)).toEqual({ quiet: false, collapsed: true, openedByUser: false });
    expect(revealState(fold(folded, read('Can you review the PR today? Thanks.')))).toMatchObject({ collapsed: true });
    expect(revealState(fold(folded, { type: 'reset' }))).toMatchObject({ collapsed: true });
    expect(revealState(fold(folded, { type: 'toggle' }))).toEqual({
      quiet: false,
      collapsed: false,
      openedByUser: true,
    });
  });

  it('opens a quiet draft when the user asks, and a new composer starts folded again', () => {
    const opened = run(read('Hi'), { type: 'toggle' });
    expect(revealState(opened)).toEqual({ quiet: true, collapsed: false, openedByUser: true });
    expect(revealState(fold(opened, { type: 'reset' }))).toEqual({ quiet: true, collapsed: true, openedByUser: false });
  });

  it('keeps its layout while the menu is open and as it closes: the panel neither opens nor folds under it, until the draft changes', () => {
    const menu = (open: boolean): FoldEvent => ({ type: 'menu', open });
    // The badge's menu is open when the pause ends: still a badge (no longer quiet), also as the menu closes;
    // it opens once the user writes on.
    expect(view(read('Can you'), menu(true), { type: 'paused' })).toEqual({
      quiet: false,
      collapsed: true,
      openedByUser: false,
    });
    expect(view(read('Can you'), menu(true), { type: 'paused' }, menu(false))).toMatchObject({
      quiet: false,
      collapsed: true,
    });
    expect(view(read('Can you'), menu(true), { type: 'paused' }, menu(false), read('Can you look'))).toMatchObject({
      collapsed: false,
    });
    // A re-read of the same text is not the user writing: still held.
    expect(view(read('Can you'), menu(true), { type: 'paused' }, menu(false), read('Can you'))).toMatchObject({
      collapsed: true,
    });
    // The panel's menu is open when the draft is sent: still the panel; a new draft folds it as usual.
    expect(view(read('Can you review the PR today?'), menu(true), read(''))).toMatchObject({ collapsed: false });
    expect(view(read('Can you review the PR today?'), menu(true), read(''), menu(false), read('N'))).toMatchObject({
      collapsed: true,
    });
    // The user's own click goes from what is shown, and ends the hold.
    expect(view(read('Can you'), menu(true), { type: 'paused' }, { type: 'toggle' })).toEqual({
      quiet: false,
      collapsed: false,
      openedByUser: true,
    });
    expect(view(read('Can you review the PR today?'), menu(true), { type: 'toggle' }, menu(false))).toMatchObject({
      collapsed: true,
    });
    // A new composer starts folded, menu or not.
    expect(view(read('Can you review the PR today?'), menu(true), { type: 'reset' })).toMatchObject({
      collapsed: true,
    });
  });

  it('is pure: the memory it is given is never changed', () => {
    const before = run(read('Can you review the PR today?'));
    const copy = structuredClone(before);
    fold(before, { type: 'toggle' });
    fold(before, read(''));
    expect(before).toEqual(copy);
  });
});
