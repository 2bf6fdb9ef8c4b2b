// Validates every incoming message and dispatches it to its area's handler.
import { isStorageFailure, toStorageError } from '../db/errors';
import { ProtocolError, type ErrorBody, type Response } from '../protocol/responses';
import { isRequestType } from '../protocol/messages';
import { parseRequest } from '../protocol/validate';
import { checkAccess, type Caller } from './access';
import { analysisHandlers } from './analysis';
import { backupHandlers } from './backup';
import type { BackgroundContext, Handler, HandlerMap } from './context';
import { diagnosticsHandlers } from './diagnostics';
import { focusHandlers } from './focus';
import { outboxHandlers } from './outbox';
import { placementHandlers } from './placement';
import { peopleHandlers } from './people';
import { privacyHandlers } from './privacy';
import { settingsHandlers } from './settings';
import { statsHandlers } from './stats';
import { switchHandlers } from './switch';
import { errorMessage } from '../contained';

/** Every handler, by request type (a missing one fails type-checking). */
export const HANDLERS: HandlerMap = {
  ...settingsHandlers,
  ...peopleHandlers,
  ...outboxHandlers,
  ...focusHandlers,
  ...statsHandlers,
  ...backupHandlers,
  ...diagnosticsHandlers,
  ...analysisHandlers,
  ...privacyHandlers,
  ...placementHandlers,
  ...switchHandlers,
};

/** Answered without waiting for storage (analysis falls back to the default norms when it cannot open). */
const STORAGE_FREE: ReadonlySet<string> = new Set(['analysis/run']);

/** Turns any thrown value into the wire error body. */
export function toErrorBody(e: unknown): ErrorBody {
  if (e instanceof ProtocolError) return e.toBody();
  if (isStorageFailure(e)) {
    const s = toStorageError(e);
    return { code: s.code, message: s.message };
  }
  return { code: 'internal', message: `Unexpected error: ${errorMessage(e)}` };
}

/** A function answering one raw message from `caller` (null: a sender we do not serve) with a Response; never rejects. */
export type Router = (raw: unknown, caller: Caller | null) => Promise<Response>;

/** Creates the router over a context. */
export function createRouter(ctx: BackgroundContext, handlers: HandlerMap = HANDLERS): Router {
  return async (raw, caller) => {
    try {
      // Who is asking comes first: a refused sender learns nothing from validation errors.
      const type = (raw as { type?: unknown } | null)?.type;
      if (isRequestType(type)) checkAccess(type, caller);
      else if (!caller)
        throw new ProtocolError('forbidden', "Refused: the sender is not Composure's own page or content script");
      const req = parseRequest(raw);
      checkAccess(req.type, caller);
      // Answer at once if storage cannot open (e.g. an upgrade blocked by an old page) instead of
      // queueing the request behind it: a request answered with an error must never run later.
      if (!STORAGE_FREE.has(req.type)) await ctx.db.whenOpen();
      const handler = handlers[req.type] as Handler<typeof req.type>;
      return { ok: true, data: await handler(req as never, ctx, caller) };
    } catch (e) {
      const error = toErrorBody(e);
      if (error.code === 'internal') console.error('[composure] handler failed', e);
      return { ok: false, error };
    }
  };
}
