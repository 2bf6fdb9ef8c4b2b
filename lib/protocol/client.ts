// The typed client UIs use to talk to the background. Components receive a Client as a prop.
import type { RequestInputOf, RequestType } from './messages';
import { ProtocolError, type ErrorCode, type Response, type ResponseOf } from './responses';
import { errorMessage } from '../contained';

/** Sends one request and resolves its data, or rejects with ProtocolError. */
export interface Client {
  request<T extends RequestType>(msg: RequestInputOf<T> & { type: T }): Promise<ResponseOf<T>>;
}

/** Something that delivers a message to the background and resolves its reply. */
export type Send = (msg: unknown) => Promise<unknown>;

function isResponse(r: unknown): r is Response {
  return typeof r === 'object' && r !== null && 'ok' in r && (r.ok === true ? 'data' in r : 'error' in r);
}

/** Creates a Client over `send` (in the extension: runtimeClient() in lib/platform). */
export function createClient(send: Send): Client {
  return {
    async request(msg) {
      let reply: unknown;
      try {
        reply = await send(msg);
      } catch (e) {
        // E.g. "Receiving end does not exist" while the background restarts, or an invalidated extension context.
        const detail = errorMessage(e);
        // Chrome refuses messages over its limit before they leave: say so, not "did not answer".
        if (/length exceeded|too (?:large|big)|maximum allowed/i.test(detail)) {
          throw new ProtocolError(
            'invalid-request',
            `This is too large to send to Composure's background (${detail}). Nothing was changed.`,
          );
        }
        throw new ProtocolError('no-response', `Composure's background did not answer '${msg.type}': ${detail}`);
      }
      if (!isResponse(reply)) {
        throw new ProtocolError('no-response', `Composure's background sent no valid reply to '${msg.type}'`);
      }
      if (!reply.ok) throw new ProtocolError(reply.error.code as ErrorCode, reply.error.message, reply.error.details);
      return reply.data as ResponseOf<typeof msg.type>;
    },
  };
}
