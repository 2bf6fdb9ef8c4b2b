// IndexedDB failures as typed errors with messages a person can act on.
import { Dexie } from 'dexie';
import { errorMessage } from '../contained';

export type StorageErrorCode = 'storage-full' | 'storage-version' | 'storage-unavailable' | 'storage-failed';

/** A database failure translated for the UI; `cause` keeps the original for diagnostics. */
export class StorageError extends Error {
  override name = 'StorageError';
  constructor(
    readonly code: StorageErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

// Dexie wraps the DOMException (e.g. AbortError with inner QuotaExceededError), so look inside.
function errorNames(e: unknown): string[] {
  const names: string[] = [];
  let cur: unknown = e;
  for (let depth = 0; cur && typeof cur === 'object' && depth < 5; depth++) {
    const c = cur as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
    if (typeof c.name === 'string') names.push(c.name);
    if (Array.isArray(c.failures) && c.failures[0]) names.push(...errorNames(c.failures[0]));
    cur = c.inner ?? c.cause;
  }
  return names;
}

/** Our schema upgrade waits for a connection of an older Composure version (another page) to close. */
export function upgradeBlocked(cause?: unknown): StorageError {
  return new StorageError(
    'storage-unavailable',
    'Composure is upgrading its storage, but a Composure page or window from before the update still has it open. ' +
      'Close other Composure pages (or restart the browser) to let the upgrade finish; nothing was changed.',
    { cause },
  );
}

/** Translates any error thrown by Dexie/IndexedDB into a StorageError. */
export function toStorageError(e: unknown): StorageError {
  if (e instanceof StorageError) return e;
  const names = errorNames(e);
  const detail = errorMessage(e);
  if (names.includes('QuotaExceededError')) {
    return new StorageError(
      'storage-full',
      'Storage is full: the browser refused to save more Composure data, so nothing was changed. ' +
        'Free space in the browser (or erase old statistics) and try again.',
      { cause: e },
    );
  }
  if (names.includes('VersionError')) {
    return new StorageError(
      'storage-version',
      'Your Composure data was written by a newer version of the extension. Update Composure; nothing was changed.',
      { cause: e },
    );
  }
  if (names.includes('BlockedError')) return upgradeBlocked(e);
  if (names.some((n) => n === 'DatabaseClosedError' || n === 'OpenFailedError')) {
    return new StorageError(
      'storage-unavailable',
      'Composure could not open its storage (another Composure page may be upgrading it). ' +
        `Close other Composure pages or restart the browser; nothing was changed. (${detail})`,
      { cause: e },
    );
  }
  return new StorageError('storage-failed', `Saving failed, nothing was changed: ${detail}`, { cause: e });
}

const DEXIE_NAMES = new Set<string>(Object.values(Dexie.errnames));

/** True for failures raised by IndexedDB/Dexie (as opposed to our own domain errors). */
export function isStorageFailure(e: unknown): boolean {
  if (e instanceof StorageError) return true;
  if (typeof DOMException !== 'undefined' && e instanceof DOMException) return true;
  return errorNames(e).some((n) => DEXIE_NAMES.has(n));
}

/** Runs a database operation, rethrowing storage failures as StorageError (other errors pass through). */
export async function guard<T>(op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (e) {
    throw isStorageFailure(e) ? toStorageError(e) : e;
  }
}
