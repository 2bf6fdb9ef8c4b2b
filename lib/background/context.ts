// What every background handler receives: the database, the browser port, and a clock.
import type { ComposureDb } from '../db/database';
import type { RequestOf, RequestType } from '../protocol/messages';
import type { ResponseOf } from '../protocol/responses';
import { browserPort, type BrowserPort } from '../platform/background-ports';
import type { Caller } from './access';
import { yieldToEvents } from './yield';

/** The background's world, injectable for tests. */
export interface BackgroundContext {
  db: ComposureDb;
  port: BrowserPort;
  now: () => number;
  newId: () => string;
  sleep: (ms: number) => Promise<void>;
  /** Between the stages of a long analysis: lets queued requests run (yield.ts). */
  pause: () => Promise<void>;
}

/** Builds a context over the real browser; tests override any part. */
export function createContext(db: ComposureDb, overrides: Partial<BackgroundContext> = {}): BackgroundContext {
  return {
    db,
    port: browserPort(),
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    pause: yieldToEvents,
    ...overrides,
  };
}

/** Handles one validated request type; `caller` is who asked (checked against ACCESS already). */
export type Handler<T extends RequestType> = (
  req: RequestOf<T>,
  ctx: BackgroundContext,
  caller: Caller,
) => Promise<ResponseOf<T>>;

/** Handlers for a subset of request types (one area's module). */
export type Handlers<T extends RequestType> = { [K in T]: Handler<K> };

/** Handlers for every request type; the router's table (missing one is a compile error). */
export type HandlerMap = Handlers<RequestType>;
