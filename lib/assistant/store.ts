// A minimal observable snapshot: the controller writes patches, the UI subscribes and re-renders.

export interface Store<S> {
  get(): S;
  /** Merges a patch into a new snapshot and notifies subscribers (skipped when nothing changed). */
  set(patch: Partial<S>): void;
  /** Returns an unsubscribe function. */
  subscribe(listener: (state: S) => void): () => void;
}

/** Creates a store holding `initial`. */
export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<(state: S) => void>();
  return {
    get: () => state,
    set(patch) {
      const keys = Object.keys(patch) as Array<keyof S>;
      if (keys.every((k) => Object.is(state[k], patch[k]))) return;
      state = { ...state, ...patch };
      for (const listener of [...listeners]) {
        try {
          listener(state);
        } catch (error) {
          console.debug('[composure] store listener failed', error);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
