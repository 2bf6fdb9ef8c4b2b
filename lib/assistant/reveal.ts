// Folding and quiet: the sidebar stays a badge until the draft has something to say (lib/sidebar/
// quiet.ts), opens by itself then unless the user folded it, and folds again once the draft is sent
// or cleared; never while its menu is open, nor as it closes (the panel does not move under the user's
// hand, and keyboard focus goes back to the menu's button): the hold ends at the next draft change.
// The user's click or shortcut always wins. The rules are a pure reducer (`fold`) over
// what happened; createReveal adds the one timer (the typing pause). DOM-free; the controller calls it.
import { isQuiet, PAUSE_MS } from '../sidebar/quiet';
import type { Timers } from './types';

export interface RevealState {
  quiet: boolean;
  collapsed: boolean;
  /** Opened by the user (not automatically): the UI may squeeze it into less room. */
  openedByUser: boolean;
}

/** What folding remembers between events. */
export interface FoldMemory {
  draft: string;
  /** The writer stopped typing PAUSE_MS ago (and has not typed since). */
  paused: boolean;
  /** The user folded it (click or shortcut). */
  userFolded: boolean;
  /** The user opened it. */
  userOpened: boolean;
  /** Folded because the draft has had nothing to say yet since the composer was attached or cleared. */
  autoFolded: boolean;
  /** The pause / turn-off menu is open. */
  menuOpen: boolean;
  /** Since the menu opened, until the draft next changes: whether it was folded then (what it keeps showing); else null. */
  menuHeld: boolean | null;
}

export type FoldEvent =
  /** A composer was attached. */
  | { type: 'reset' }
  /** The draft was read (after the typing debounce); a re-read of the same text is not typing. */
  | { type: 'read'; draft: string }
  /** The typing pause ended. */
  | { type: 'paused' }
  /** The badge or the shortcut. */
  | { type: 'toggle' }
  /** The pause / turn-off menu opened or closed. */
  | { type: 'menu'; open: boolean };

/** A fresh composer: folded, nothing typed. */
export const FOLDED: FoldMemory = {
  draft: '',
  paused: false,
  userFolded: false,
  userOpened: false,
  autoFolded: true,
  menuOpen: false,
  menuHeld: null,
};

/** The folding rules: the memory after `event`. Pure. */
export function fold(memory: FoldMemory, event: FoldEvent): FoldMemory {
  const next = step(memory, event);
  // Once the draft has something to say, it no longer waits folded (until it is sent or cleared).
  return next.autoFolded && !isQuiet(next.draft, next.paused) ? { ...next, autoFolded: false } : next;
}

function step(m: FoldMemory, event: FoldEvent): FoldMemory {
  switch (event.type) {
    case 'reset':
      return {
        ...m,
        draft: '',
        paused: false,
        userOpened: false,
        autoFolded: true,
        menuHeld: m.menuOpen ? true : null,
      };
    case 'read': {
      if (event.draft === m.draft) return m;
      // Fold again once the draft is sent or cleared (not while it is being edited).
      const cleared = event.draft.trim() === '' && m.draft.trim() !== '';
      return {
        ...m,
        draft: event.draft,
        paused: false,
        ...(cleared ? { autoFolded: true, userOpened: false } : {}),
        // The user is writing again: a menu closed since no longer holds the layout.
        ...(m.menuOpen ? {} : { menuHeld: null }),
      };
    }
    case 'paused':
      return { ...m, paused: true };
    case 'toggle': {
      // From what is shown: with the menu open, that is the held layout.
      const open = shownCollapsed(m);
      return { ...m, userFolded: !open, userOpened: open, menuHeld: null };
    }
    case 'menu':
      return event.open ? { ...m, menuOpen: true, menuHeld: shownCollapsed(m) } : { ...m, menuOpen: false };
  }
}

const isCollapsed = (m: FoldMemory) => m.userFolded || (m.autoFolded && !m.userOpened);
const shownCollapsed = (m: FoldMemory) => m.menuHeld ?? isCollapsed(m);

/** What the sidebar shows for `memory`. */
export function revealState(m: FoldMemory): RevealState {
  return {
    quiet: isQuiet(m.draft, m.paused),
    collapsed: shownCollapsed(m),
    openedByUser: m.userOpened && !m.userFolded,
  };
}

export interface Reveal {
  /** A composer was attached: start folded. */
  reset(): RevealState;
  /** The draft was read (after the typing debounce); `sinceTyping`: ms already waited since the last keystroke. */
  read(draft: string, sinceTyping: number, signal: AbortSignal): RevealState;
  /** The badge or the shortcut: open or fold. */
  toggle(): RevealState;
  /** The menu opened or closed: from its opening until the draft next changes, the sidebar keeps the layout it had. */
  menu(open: boolean): RevealState;
  /** The state now (the pause may have ended since the last read). */
  current(): RevealState;
}

/** `push` receives the state when the pause timer changes it. */
export function createReveal(timers: Timers, push: (state: RevealState) => void): Reveal {
  let memory = FOLDED;
  let cancelPause: (() => void) | null = null;
  const dispatch = (event: FoldEvent): RevealState => {
    memory = fold(memory, event);
    return revealState(memory);
  };

  return {
    reset() {
      cancelPause?.();
      return dispatch({ type: 'reset' });
    },
    read(next, sinceTyping, signal) {
      // A re-read of the same text (new recipients, the minute tick) is not typing: the pause goes on.
      if (next === memory.draft) return dispatch({ type: 'read', draft: next });
      cancelPause?.();
      cancelPause = null;
      memory = fold(memory, { type: 'read', draft: next });
      if (next.trim() !== '') {
        cancelPause = timers.after(
          Math.max(0, PAUSE_MS - sinceTyping),
          () => push(dispatch({ type: 'paused' })),
          signal,
        );
      }
      return revealState(memory);
    },
    current: () => revealState(memory),
    toggle: () => dispatch({ type: 'toggle' }),
    menu: (open) => dispatch({ type: 'menu', open }),
  };
}
