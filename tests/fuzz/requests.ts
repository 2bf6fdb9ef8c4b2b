// Generators for messages to the background router: a valid-ish template per request type (so
// handlers are reached, not only the validator), mutated copies of those, and plain junk.
import fc from 'fast-check';
import type { RequestType } from '../../lib/protocol/messages';
import { dayRanges, hostileText, structuralMutation, ZONES } from './arbitraries';
import { backupFile, csvFile, teamJsonFile } from './files';

/** Ids the database holds right now (kept up to date by the fuzz loop), so some requests hit rows. */
export const liveIds: string[] = [];
const id = fc.oneof(
  { arbitrary: fc.nat().map((n) => liveIds[n % Math.max(1, liveIds.length)] ?? 'id1'), weight: 3 },
  { arbitrary: fc.oneof(fc.string({ maxLength: 110 }), fc.constantFrom('', 'id0', '__proto__', 'constructor')), weight: 1 },
);
/** Mostly `valid`, sometimes `invalid`: requests should reach handlers often, and the validator too. */
const mostly = <T>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<T>) => fc.oneof({ arbitrary: valid, weight: 6 }, { arbitrary: invalid, weight: 1 });
const zone = mostly(fc.constantFrom(...ZONES, 'europe/berlin', ' Asia/Tokyo '), fc.constantFrom('Mars/Base', '+02:00', '', 'UTC\u0000'));
const time = mostly(fc.constantFrom('09:00', '17:30', '00:00', '23:59', '24:00'), fc.string({ maxLength: 6 }));
const hours = mostly(
  fc.record({ mon: dayRanges, tue: dayRanges }, { requiredKeys: ['mon'] }),
  fc.dictionary(fc.constantFrom('mon', 'fri', 'sun', 'monday'), fc.array(fc.record({ start: time, end: time }), { maxLength: 3 })),
);
const handles = fc.array(mostly(fc.constantFrom('ana', '@bo', 'cy', 'dee', 'eli'), fc.oneof(fc.constantFrom('@', ' '), fc.string({ maxLength: 12 }))), { maxLength: 4 });
const emails = fc.array(mostly(fc.constantFrom('ana@x.io', 'bo@y.com', 'fay@z.de'), fc.oneof(fc.constant('x@'), fc.string({ maxLength: 12 }))), { maxLength: 3 });
const dates = fc.array(fc.record({ start: mostly(fc.constant('2026-03-01'), fc.constantFrom('2026-02-30', 'x')), end: mostly(fc.constant('2026-03-05'), fc.constant('2026-01-01')) }), { maxLength: 2 });
const person = fc.record(
  { id, name: mostly(fc.oneof(fc.constantFrom('Ana', 'Bo', 'Cy'), fc.string({ unit: 'binary', minLength: 1, maxLength: 20 })), fc.oneof(fc.constant(' '), hostileText(20))), handles, emails, timeZone: zone, workingHours: hours, outOfOffice: dates },
  { requiredKeys: ['name', 'timeZone', 'workingHours'] },
);
const url = mostly(fc.constantFrom('https://app.slack.com/client/T/C1', 'https://teams.microsoft.com/l/chat/1'), fc.oneof(fc.constantFrom('javascript:alert(1)', 'http://x.io', 'https://'), fc.webUrl()));
const item = fc.record({
  host: mostly(fc.constantFrom('slack', 'teams'), fc.constant('discord')),
  conversation: fc.record({ key: fc.constantFrom('C1', 'C2', ''), title: fc.string({ maxLength: 20 }), url }),
  text: mostly(fc.oneof(fc.constant('Can you review #12 by Thu?'), hostileText(60).filter((x) => x.length > 0)), fc.constant('')),
  recipients: fc.array(id, { maxLength: 3 }),
  urgency: mostly(fc.constantFrom('urgent', 'same-day', 'normal', 'fyi'), fc.constant('asap')),
  sendAt: mostly(fc.integer({ min: Date.UTC(2026, 2, 1), max: Date.UTC(2026, 3, 1) }), fc.constantFrom(-1, 0, 1.5, Number.MAX_SAFE_INTEGER)),
});
const statsEvent = fc.oneof(
  fc.record({ kind: fc.constant('message'), score: fc.oneof(fc.integer({ min: -1, max: 101 }), fc.constant(null)), missing: fc.array(fc.constantFrom('owner', 'ask', 'deadline', 'nope'), { maxLength: 3 }), urgency: fc.constantFrom('normal', 'urgent', 'x') }),
  fc.record({ kind: fc.constant('suggestion-inserted'), part: fc.constantFrom('ask', 'expectation', 'x') }),
  fc.record({ kind: fc.constant('send-scheduled'), movedIntoHours: fc.oneof(fc.boolean(), fc.constant('yes')) }),
);
const block = fc.record({ id: fc.constantFrom('b1', 'b2', ''), days: fc.array(fc.constantFrom('mon', 'wed', 'sun', 'xyz'), { maxLength: 3 }), start: time, end: time });
const patch = fc.record(
  {
    me: fc.record({ name: fc.string({ maxLength: 20 }), timeZone: zone, workingHours: hours, outOfOffice: dates }, { requiredKeys: [] }),
    norms: fc.record({ normal: fc.record({ expectation: fc.string({ maxLength: 30 }), targetMinutes: fc.oneof(fc.integer({ min: -5, max: 5000 }), fc.constant(null)), workingTime: fc.boolean() }, { requiredKeys: [] }) }, { requiredKeys: [] }),
    focus: fc.record({ presets: fc.array(fc.integer({ min: 0, max: 500 }), { maxLength: 7 }), batchWindows: fc.array(time, { maxLength: 3 }), hideUnreadBadges: fc.boolean(), blocks: fc.array(block, { maxLength: 3 }) }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);
const format = fc.constantFrom('csv', 'json', 'xml');
const smallInt = (min: number, max: number) => fc.oneof(fc.integer({ min, max }), fc.constantFrom(min - 1, max + 1, 1.5, NaN));

/** A payload per request type that is often valid and always close to it. */
export const TEMPLATES: Record<RequestType, fc.Arbitrary<Record<string, unknown>>> = {
  'settings/get': fc.constant({}),
  'settings/update': patch.map((p) => ({ patch: p })),
  'people/list': fc.record({ query: fc.string({ maxLength: 10 }) }, { requiredKeys: [] }),
  'people/upsert': person.map((p) => ({ person: p })),
  'people/delete': id.map((i) => ({ id: i })),
  'people/time-off': fc.record({ id, range: fc.constantFrom({ start: '2026-12-14', end: '2026-12-18' }, { start: '2026-12-18', end: '2026-12-14' }, { start: '2026-01-01', end: '2026-12-31' }) }),
  'people/match': fc.record({ names: fc.array(fc.constantFrom('Ana', 'Bo', 'ana'), { maxLength: 3 }), handles }),
  'people/import': fc.oneof(csvFile.map((text) => ({ format: 'csv', text })), teamJsonFile.map((text) => ({ format: 'json', text }))).chain((r) =>
    fc.record({ dryRun: fc.boolean() }, { requiredKeys: [] }).map((d) => ({ ...r, ...d })),
  ),
  'people/export': format.map((f) => ({ format: f })),
  'outbox/add': item.map((i) => ({ item: i })),
  'outbox/list': fc.record({ status: fc.array(fc.constantFrom('scheduled', 'due', 'gone'), { maxLength: 2 }), conversationKey: fc.constantFrom('C1', '') }, { requiredKeys: [] }),
  'outbox/cancel': id.map((i) => ({ id: i })),
  'outbox/take': id.map((i) => ({ id: i })),
  'outbox/sent-by-host': id.map((i) => ({ id: i })),
  'outbox/open': id.map((i) => ({ id: i })),
  'focus/get': fc.constant({}),
  'focus/start': fc.record({ minutes: smallInt(1, 480), until: fc.integer({ min: Date.UTC(2026, 2, 1), max: Date.UTC(2026, 2, 3) }) }, { requiredKeys: [] }),
  'focus/stop': fc.constant({}),
  'stats/record': statsEvent.map((e) => ({ event: e })),
  'stats/get': smallInt(1, 366).map((d) => ({ days: d })),
  'backup/export': fc.constant({}),
  'backup/import': backupFile.map((text) => ({ text })),
  'data/erase': fc.constantFrom({ confirm: true }, { confirm: 'true' }, {}),
  'diagnostics/report': fc.record({
    host: fc.constantFrom('slack', 'teams', 'x'),
    failures: fc.array(fc.record({ feature: fc.constantFrom('composer', ''), selector: fc.string({ maxLength: 20 }), message: fc.string({ maxLength: 20 }) }, { requiredKeys: ['feature', 'message'] }), { maxLength: 3 }),
  }),
  'diagnostics/get': fc.record({ limit: smallInt(1, 200) }, { requiredKeys: [] }),
  'analysis/run': fc.record({
    text: mostly(hostileText(120), fc.constant(123 as unknown as string)),
    now: mostly(fc.integer({ min: Date.UTC(2026, 2, 1), max: Date.UTC(2026, 3, 1) }), fc.constantFrom(NaN, Infinity)),
    senderTimeZone: zone,
  }),
  'privacy/requests': fc.constantFrom({}, { extra: 1 }),
  'placement/get': fc.constant({}),
  'placement/set': fc.record({ host: fc.constantFrom('slack', 'teams', 'x'), side: fc.constantFrom('above', 'right', 'left', 'below', 'middle') }),
  'switch/list': fc.constant({}),
  'switch/off': fc.record({
    scope: mostly(fc.constantFrom('host', 'workspace', 'conversation'), fc.constant('pause')),
    host: mostly(fc.constantFrom('slack', 'teams'), fc.constant('x')),
    key: mostly(fc.constantFrom('slack', 'teams', 'slack:T0123', 'slack:T0123/C0456', 'teams:19:abc'), fc.oneof(fc.constant(''), hostileText(30))),
    label: fc.oneof(fc.constantFrom('#general', ''), hostileText(40)),
  }),
  'switch/pause': fc.record({ for: mostly(fc.constantFrom('hour', 'morning'), fc.constant('forever')) }),
  'switch/on': fc.record({ id: mostly(fc.constantFrom('pause:*', 'host:slack', 'conversation:slack:T0123/C0456'), fc.string({ maxLength: 20 })) }),
  'switch/here': fc.constant({}),
};

const TYPES = Object.keys(TEMPLATES) as RequestType[];
/** A template message of any type (data/erase is rarer, so the database keeps some rows). */
const templated = fc
  .oneof({ arbitrary: fc.constantFrom(...TYPES.filter((t) => t !== 'data/erase')), weight: 60 }, { arbitrary: fc.constant<RequestType>('data/erase'), weight: 1 })
  .chain((type) => TEMPLATES[type].map((payload) => ({ type, ...payload }) as Record<string, unknown>));

/** Any message: templates, mutated templates, a known type with a random payload, or junk. */
export const anyMessage: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: templated, weight: 10 },
  { arbitrary: fc.tuple(templated, fc.array(structuralMutation, { minLength: 1, maxLength: 2 })).map(([m, ms]) => ms.reduce<unknown>((v, f) => f(v), m)), weight: 5 },
  { arbitrary: fc.tuple(fc.constantFrom(...TYPES), fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 })).map(([type, rest]) => ({ ...rest, type })), weight: 2 },
  { arbitrary: fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withSparseArray: true, withBoxedValues: true, maxDepth: 2 }), weight: 1 },
  { arbitrary: fc.constantFrom<unknown>(undefined, null, '', 'settings/get', { type: '__proto__' }, { type: 'toString' }, { type: ['settings/get'] }, Object.create(null)), weight: 1 },
);
