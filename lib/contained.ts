// One way to contain failure (house style §9): a callback that fails is logged, never thrown into the
// host page, and anything thrown becomes one readable line. Pure but for console.debug; no imports.

/** A readable message for anything thrown: an Error's message, else the value as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * `fn`, wrapped so that neither a throw nor a rejected promise escapes: each is logged as
 * "[composure] <name> failed". For callbacks the host page or the browser calls.
 */
export function contained<A extends unknown[]>(name: string, fn: (...args: A) => unknown): (...args: A) => void {
  const failed = (error: unknown) => console.debug(`[composure] ${name} failed`, error);
  return (...args) => {
    try {
      const result = fn(...args);
      if (result instanceof Promise) result.catch(failed);
    } catch (error) {
      failed(error);
    }
  };
}
