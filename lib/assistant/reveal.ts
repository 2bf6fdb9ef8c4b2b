// Folding and quiet: the sidebar stays a badge until the draft has something to say (lib/sidebar/
// quiet.ts), opens by itself then unless the user folded it, and folds again once the draft is sent
// or cleared. The user's click or shortcut always wins. DOM-free; the controller calls it.
import { isQuiet, PAUSE_MS } from '../sidebar/quiet';
import type { Timers } from './types';

export interface RevealState {
  quiet: boolean;
  collapsed: boolean;
  /** Opened by the user (not automatically): the UI may squeeze it into less room. */
  openedByUser: boolean;
}

export interface Reveal {
  /** A composer was attached: start folded. */
  reset(): RevealState;
  /** The draft was read (after the typing debounce); `sinceTyping`: ms already waited since the last keystroke. */
  read(draft: string, sinceTyping: number, signal: AbortSignal): RevealState;
  /** The badge or the shortcut: open or fold. */
  toggle(): RevealState;
  /** The state now (the pause may have ended since the last read). */
  current(): RevealState;
}

/** `push` receives the state when the pause timer changes it. */
export function createReveal(timers: Timers, push: (state: RevealState) => void): Reveal {
  let userFolded = false;
  let userOpened = false;
  let autoFolded = true;
  let paused = false;
  let draft = '';
  let cancelPause: (() => void) | null = null;

  const state = (): RevealState => {
    const quiet = isQuiet(draft, paused);
    if (!quiet) autoFolded = false;
    return { quiet, collapsed: userFolded || (autoFolded && !userOpened), openedByUser: userOpened && !userFolded };
  };

  return {
    reset() {
      cancelPause?.();
      autoFolded = true;
      userOpened = false;
      paused = false;
      draft = '';
      return state();
    },
    read(next, sinceTyping, signal) {
      const empty = next.trim() === '';
      // Fold again once the draft is sent or cleared (not while it is being edited).
      if (empty && draft.trim() !== '') {
        autoFolded = true;
        userOpened = false;
      }
      const changed = next !== draft;
      draft = next;
      // A re-read of the same text (new recipients, the minute tick) is not typing: the pause goes on.
      if (!changed) return state();
      paused = false;
      cancelPause?.();
      cancelPause = null;
      if (!empty) {
        cancelPause = timers.after(Math.max(0, PAUSE_MS - sinceTyping), () => {
          paused = true;
          push(state());
        }, signal);
      }
      return state();
    },
    current: () => state(),
    toggle() {
      const open = userFolded || (autoFolded && !userOpened);
      userFolded = !open;
      userOpened = open;
      return state();
    },
  };
}
