// Loading a request's data with designed loading / error states, and a way to reload or replace it.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export type Load<T> =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; data: T };

export interface Loaded<T> {
  state: Load<T>;
  /** Runs the loader again (keeps showing the current data while it runs). */
  reload: () => Promise<void>;
  /** Replaces the data, e.g. with what a save returned. */
  set: (data: T) => void;
}

/** Runs `load` on mount and whenever `deps` change; stale answers are dropped. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<Load<T>>({ status: 'loading' });
  const run = useRef(0);
  const reload = useCallback(async () => {
    const id = ++run.current;
    try {
      const data = await load();
      if (id === run.current) setState({ status: 'ready', data });
    } catch (error) {
      if (id === run.current) setState({ status: 'error', error });
    }
  }, deps);
  useEffect(() => {
    // Keep showing what we have while new data loads (e.g. search as you type): no flicker.
    setState((s) => (s.status === 'ready' ? s : { status: 'loading' }));
    void reload();
    return () => {
      run.current++;
    };
  }, [reload]);
  const set = useCallback((data: T) => setState({ status: 'ready', data }), []);
  return { state, reload, set };
}
