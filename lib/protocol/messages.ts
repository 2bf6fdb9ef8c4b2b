// The one message protocol between content scripts / extension pages and the background.
// Every request is validated in the background against the schema for its `type`. Pure.
import * as v from 'valibot';
import {
  AnalysisTextSchema,
  DateRangeSchema,
  DiagnosticFailureSchema,
  HostSchema,
  Id,
  NonEmptyText,
  OutboxItemInputSchema,
  OutboxStatusSchema,
  PersonInputSchema,
  SettingsPatchSchema,
  StatsEventSchema,
  TimeZoneSchema,
} from './schemas';
import { MAX_FILE_CHARS } from './limits';

const msg = <T extends string, E extends v.ObjectEntries>(type: T, entries: E) =>
  v.strictObject({ type: v.literal(type), ...entries });

const TEXT_FILE = v.pipe(v.string(), v.maxLength(MAX_FILE_CHARS, 'file is larger than 20 MB'));
const IMPORT_FORMAT = v.picklist(['csv', 'json'] as const);

/** One schema per request type; the key is the `type` discriminant. */
export const REQUEST_SCHEMAS = {
  'settings/get': msg('settings/get', {}),
  'settings/update': msg('settings/update', { patch: SettingsPatchSchema }),

  'people/list': msg('people/list', { query: v.optional(v.pipe(v.string(), v.maxLength(200))) }),
  'people/upsert': msg('people/upsert', {
    person: PersonInputSchema,
    /** The id of the person the user agreed to update when a handle or email is already theirs. */
    update: v.optional(Id),
  }),
  'people/delete': msg('people/delete', { id: Id }),
  /** Adds days away to a known person (the sidebar's "Record as time off", from what the host shows). At most 60 days. */
  'people/time-off': msg('people/time-off', {
    id: Id,
    range: v.pipe(
      DateRangeSchema,
      v.check((r) => Date.parse(r.end) - Date.parse(r.start) <= 59 * 86_400_000, 'is longer than 60 days'),
    ),
  }),
  'people/match': msg('people/match', {
    names: v.pipe(v.array(v.pipe(v.string(), v.maxLength(300))), v.maxLength(500)),
    handles: v.pipe(v.array(v.pipe(v.string(), v.maxLength(300))), v.maxLength(500)),
  }),
  'people/import': msg('people/import', {
    format: IMPORT_FORMAT,
    text: TEXT_FILE,
    /** Validate and count without writing (for a preview). */
    dryRun: v.optional(v.boolean(), false),
  }),
  'people/export': msg('people/export', { format: IMPORT_FORMAT }),

  'outbox/add': msg('outbox/add', { item: OutboxItemInputSchema }),
  'outbox/list': msg('outbox/list', {
    status: v.optional(v.pipe(v.array(OutboxStatusSchema), v.minLength(1))),
    conversationKey: v.optional(v.string()),
  }),
  'outbox/cancel': msg('outbox/cancel', { id: Id }),
  'outbox/take': msg('outbox/take', { id: Id }),
  'outbox/sent-by-host': msg('outbox/sent-by-host', { id: Id }),
  /** What clicking the item's notification does: focus (or open) its conversation and restore the draft there. */
  'outbox/open': msg('outbox/open', { id: Id }),

  'focus/get': msg('focus/get', {}),
  'focus/start': v.pipe(
    msg('focus/start', {
      minutes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(480))),
      until: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    }),
    v.check((m) => m.minutes === undefined || m.until === undefined, 'give minutes or until, not both'),
  ),
  'focus/stop': msg('focus/stop', {}),

  'stats/record': msg('stats/record', { event: StatsEventSchema }),
  'stats/get': msg('stats/get', { days: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(366)) }),

  'backup/export': msg('backup/export', {}),
  'backup/import': msg('backup/import', {
    text: TEXT_FILE,
    /** Validate and count what would be replaced and kept, without writing (the popup's preview). */
    dryRun: v.optional(v.boolean(), false),
  }),
  'data/erase': msg('data/erase', { confirm: v.literal(true, 'must be true: erasing cannot be undone') }),

  'diagnostics/report': msg('diagnostics/report', {
    host: HostSchema,
    failures: v.pipe(v.array(DiagnosticFailureSchema), v.minLength(1), v.maxLength(50)),
  }),
  'diagnostics/get': msg('diagnostics/get', { limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200))) }),

  /** Analyses a draft in the background (the host page never runs the rule engine); not stored, not logged. */
  'analysis/run': msg('analysis/run', {
    text: AnalysisTextSchema,
    now: v.pipe(v.number(), v.finite()),
    senderTimeZone: TimeZoneSchema,
    /** The conversation the draft is for (optional, additive): lets the background drop warnings it makes wrong. */
    context: v.optional(
      v.strictObject({
        conversationKind: v.picklist(['channel', 'dm', 'group', 'unknown'] as const),
        recipientZones: v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(500)),
      }),
    ),
  }),

  /** Where the user docked the sidebar, per host (a drag in the page, remembered here). */
  'placement/get': msg('placement/get', {}),
  'placement/set': msg('placement/set', { host: HostSchema, side: v.picklist(['above', 'right', 'left', 'below'] as const) }),

  /** The off switch (lib/switch/rules.ts): what is off, turning a host, workspace or conversation off, pausing, back on. */
  'switch/list': msg('switch/list', {}),
  'switch/off': msg('switch/off', {
    scope: v.picklist(['host', 'workspace', 'conversation'] as const),
    host: HostSchema,
    key: NonEmptyText(500),
    label: v.pipe(v.string(), v.trim(), v.maxLength(300)),
  }),
  /** Pauses everywhere for an hour, or until the user's next working morning (their hours and zone). */
  'switch/pause': msg('switch/pause', { for: v.picklist(['hour', 'morning'] as const) }),
  'switch/on': msg('switch/on', { id: v.pipe(v.string(), v.minLength(1), v.maxLength(600)) }),
  /** Where the active tab is (host, workspace, conversation), for the popup's "turn off here"; null off the hosts. */
  'switch/here': msg('switch/here', {}),

  /** Network requests the background worker made (the popup adds its own). */
  'privacy/requests': msg('privacy/requests', {}),
};

type Schemas = typeof REQUEST_SCHEMAS;

/** Every request type. */
export type RequestType = keyof Schemas;

/** A validated request of type T (defaults applied), as handlers receive it. */
export type RequestOf<T extends RequestType> = v.InferOutput<Schemas[T]>;

/** What a sender writes for type T (optional fields may be omitted). */
export type RequestInputOf<T extends RequestType> = v.InferInput<Schemas[T]>;

/** The discriminated union of all validated requests. */
export type Request = { [T in RequestType]: RequestOf<T> }[RequestType];

/** The discriminated union of all requests as written by senders. */
export type RequestInput = { [T in RequestType]: RequestInputOf<T> }[RequestType];

/** All request type names, for tests and diagnostics. */
export const REQUEST_TYPES = Object.keys(REQUEST_SCHEMAS) as RequestType[];

/** True when `type` names a known request. */
export function isRequestType(type: unknown): type is RequestType {
  return typeof type === 'string' && Object.hasOwn(REQUEST_SCHEMAS, type);
}
