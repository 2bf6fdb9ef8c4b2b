// Escape closes the open form or dialog wherever focus is in the popup (a button that turned
// disabled while working leaves focus on the page body, and Escape must still close).
import { useEffect, useRef } from 'preact/hooks';

/** Calls `onEscape` on Escape while `active`. */
export function useEscape(onEscape: () => void, active = true): void {
  const latest = useRef(onEscape);
  latest.current = onEscape;
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      latest.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [active]);
}
