// Validation of incoming requests into typed ones, with errors a developer can act on. Pure.
import * as v from 'valibot';
import { isRequestType, REQUEST_SCHEMAS, REQUEST_TYPES, type Request } from './messages';
import { ProtocolError } from './responses';

/** One schema problem: where, and what. */
export interface Issue {
  path: string;
  message: string;
}

/** Valibot's key messages ("Invalid key: Expected never…") read poorly; this says what they mean. */
export function plain(i: v.BaseIssue<unknown>): string {
  if (i.type === 'strict_object' && i.expected === 'never') return 'is not an allowed field';
  if (i.message.startsWith('Invalid key:') && i.received === 'undefined') return 'is required';
  return i.message;
}

/** Flattens valibot issues into "path: message" pairs. */
export function toIssues(issues: readonly v.BaseIssue<unknown>[]): Issue[] {
  return issues.map((i) => ({ path: v.getDotPath(i) ?? '', message: plain(i) }));
}

/** Joins issues into one line: "person.timeZone: 'X' is not…; person.name: must not be empty". */
export function describeIssues(issues: readonly Issue[]): string {
  return issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
}

/** Validates a raw message; throws ProtocolError 'unknown-type' or 'invalid-request'. */
export function parseRequest(raw: unknown): Request {
  const type = (raw as { type?: unknown } | null)?.type;
  if (!isRequestType(type)) {
    const shown = typeof type === 'string' ? `'${type}'` : `a message without a string "type"`;
    throw new ProtocolError('unknown-type', `Unknown message type ${shown}; expected one of ${REQUEST_TYPES.join(', ')}`);
  }
  const result = v.safeParse(REQUEST_SCHEMAS[type], raw);
  if (!result.success) {
    const issues = toIssues(result.issues);
    throw new ProtocolError('invalid-request', `Invalid '${type}' request: ${describeIssues(issues)}`, { issues });
  }
  return result.output as Request;
}
