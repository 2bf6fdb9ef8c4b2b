// A full disk, simulated inside fake-indexeddb for the duration of one request, the three ways
// browsers report it:
// - 'throw':   put/add throw a QuotaExceededError DOMException synchronously;
// - 'request': the write request fails with a QuotaExceededError error event, which aborts the
//              transaction (Firefox's way);
// - 'commit':  every request succeeds, then the commit fails: the transaction aborts with
//              tx.error = QuotaExceededError (Chrome checks quota at commit).
import type { ComposureDb } from '../../lib/db/database';

export type QuotaMode = 'throw' | 'request' | 'commit';

type Method = (this: unknown, ...args: unknown[]) => unknown;
// fake-indexeddb internals, pinned by package-lock: the raw store whose storeRecord a request runs,
// and the transaction's own abort path (rollback, tx.error, 'abort' event).
interface FakeStore {
  transaction: FakeTx;
  _rawObjectStore: Record<string, unknown>;
}
interface FakeTx {
  _abort(errName: string): void;
}

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/**
 * Lets the first `passFirst` writes through, then makes every write hit a full disk until
 * `restore` is called (Infinity only counts). `attempts` counts every write tried. Dexie writes
 * only through put/add (bulkPut and modify included).
 */
export function fillDisk(mode: QuotaMode, passFirst = 0): { restore: () => void; attempts: () => number } {
  let attempts = 0;
  const doomed = new WeakSet<FakeTx>();
  const store = IDBObjectStore.prototype as unknown as Record<string, Method>;
  const tx = IDBTransaction.prototype as unknown as Record<string, Method>;
  const originals = { put: store.put!, add: store.add!, dispatchEvent: tx.dispatchEvent! };

  for (const name of ['put', 'add'] as const) {
    store[name] = function (this: unknown, ...args: unknown[]) {
      const self = this as FakeStore;
      if (++attempts <= passFirst) return originals[name].apply(this, args);
      if (mode === 'throw') throw quotaError();
      if (mode === 'commit') {
        doomed.add(self.transaction);
        return originals[name].apply(this, args);
      }
      // 'request': the request's operation is bound at call time, so shadow it just for this call.
      self._rawObjectStore.storeRecord = () => {
        throw quotaError();
      };
      try {
        return originals[name].apply(this, args);
      } finally {
        delete self._rawObjectStore.storeRecord;
      }
    };
  }
  // 'commit': the moment a doomed transaction would report 'complete', it aborts instead.
  tx.dispatchEvent = function (this: unknown, event: unknown) {
    if ((event as Event).type === 'complete' && doomed.has(this as FakeTx)) {
      doomed.delete(this as FakeTx);
      (this as FakeTx)._abort('QuotaExceededError');
      return true;
    }
    return originals.dispatchEvent.call(this, event);
  };
  const restore = () => {
    store.put = originals.put;
    store.add = originals.add;
    tx.dispatchEvent = originals.dispatchEvent;
  };
  return { restore, attempts: () => attempts };
}

/** Runs `fn` with a disk that fills up after `passFirst` writes, restoring it afterwards whatever happens. */
export async function withFullDisk<T>(mode: QuotaMode, passFirst: number, fn: () => Promise<T>): Promise<{ result: T; attempts: number }> {
  const disk = fillDisk(mode, passFirst);
  try {
    return { result: await fn(), attempts: disk.attempts() };
  } finally {
    disk.restore();
  }
}

/** Every row of every table, to compare before/after ("nothing lost, nothing half-written"). */
export async function dump(db: ComposureDb) {
  return {
    settings: await db.settings.toArray(),
    people: await db.people.toArray(),
    outbox: await db.outbox.toArray(),
    focusSessions: await db.focusSessions.toArray(),
    stats: await db.stats.toArray(),
    diagnostics: await db.diagnostics.toArray(),
  };
}
