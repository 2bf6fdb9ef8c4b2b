// Shared generators for the fuzz suites: hostile text, realistic message fragments, people.
// Every suite runs FUZZ_RUNS inputs from FUZZ_SEED (override with env FUZZ_SEED to explore;
// fast-check prints the seed and path of any failure, which replays it exactly).
import fc from 'fast-check';
import { WEEKDAYS, type Person, type TimeRange } from '../../lib/schedule/types';

export const FUZZ_RUNS = 10_000;
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20_260_302);
/** fc.assert parameters shared by every suite. */
export const FUZZ = { numRuns: FUZZ_RUNS, seed: FUZZ_SEED } as const;

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
const SPECIALS = ['\u0000', '\uFEFF', '\u200B', '\u200D', '\u200E', '\u200F', '\u202E', '\u2028', '\uD800', '\uDFFF', '\r', '\n', '\t', '"', ',', ';', '@', '#', ':', '-', '`'];
/** Hostile text: full unicode, lone surrogates, controls, bidi marks, separators. */
export const hostileText = (maxLength = 200) =>
  fc.string({
    unit: fc.oneof(
      { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 4 },
      { arbitrary: codeUnit, weight: 3 },
      { arbitrary: fc.constantFrom(...SPECIALS), weight: 3 },
      { arbitrary: fc.constantFrom(' ', 'a', 'e', 's', 't', '1', '9', '.', '?'), weight: 4 },
    ),
    maxLength,
  });

const FRAGMENTS = {
  greeting: ['hey', 'Hi @ana,', 'hello team', 'got a sec?', 'quick question', 'Morning!', 'Hallo zusammen', 'مرحبا', 'שלום'],
  mention: ['@ana', '@data-eng', '@here', '@channel', '<@U024BE7LH>', '@Ana Müller', 'Sarah, could you', 'someone from the ops team', '@'],
  url: ['https://github.com/acme/etl/pull/812', 'http://x.io/a?b=c#d', 'https://例え.jp/パス', 'www.example.com', 'https://', 'JIRA-12', '#1234', 'PR #99'],
  code: ['```\nTypeError: undefined is not a function\n```', '`npm ci`', '```js\nconst a = 1;', 'ERR_CONNECTION_RESET', 'Error: ENOSPC at 02:14'],
  time: ['by EOD', 'by Thu 17:00 CET', 'before Friday\'s release', 'within 24h', 'tomorrow morning', 'next week', 'at 25:99', 'by 15:00 PT', '2026-02-30', 'in 3 hours', 'no rush', 'FYI, no reply needed', 'ASAP', 'now'],
  emoji: ['👍', '🔥🔥', '🇩🇪', '👩🏽‍💻', '❤️', '🙏🏻', '😂😂😂', '\uD83D', '\uDE00'],
  rtl: ['\u202Eevil\u202C', 'الخادم متوقف منذ الساعة 02:14', 'הפריסה נכשלה', '\u200Fמה?\u200F'],
  prose: ['because the release is Friday', 'so that finance can close the month', 'I tried restarting it twice', 'currently 48 minutes per run', 'either we split the job or we move it to the replica', 'the downside is cost', 'I suggest the replica', 'my vote is option B', 'could you approve the PR?', 'thoughts?', 'any feedback?', 'can someone look?', 'prod is down', 'URGENT', 'security incident', 'as discussed', 'per our conversation', 'thanks!', 'sounds good', 'lol', 'the checkout is broken for all customers', 'I am blocked until this is answered', 'handing over to @bo for the night'],
  punct: ['?', '!', '.', '…', '- ', '* ', '1. ', '  ', '\t'],
};
const fragment = fc.oneof(
  ...Object.values(FRAGMENTS).map((list) => fc.constantFrom(...list)),
  fc.integer({ min: -1e6, max: 1e9 }).map(String),
  hostileText(12),
);
const separator = fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', ', ', '\r\n', '\n- ', '');
/** A chat message assembled from realistic fragments (greetings, mentions, links, code, times, emoji, RTL). */
export const realisticMessage = fc
  .array(fc.tuple(fragment, separator), { maxLength: 24 })
  .map((parts) => parts.map(([f, s]) => f + s).join(''));

/** Occasionally huge: 10–40 k characters built by repeating a realistic message. */
export const hugeMessage = fc
  .tuple(realisticMessage, fc.integer({ min: 10_000, max: 40_000 }))
  .map(([seed, size]) => (seed || 'x').repeat(Math.ceil(size / Math.max(1, seed.length))).slice(0, size));

/** Any message a user could plausibly type or paste, with the rare pathological one. */
export const messageText = fc.oneof(
  { arbitrary: realisticMessage, weight: 120 },
  { arbitrary: hostileText(400), weight: 60 },
  { arbitrary: fc.constantFrom('', ' ', '\n', '👍', 'thanks!', '?', '@', '```'), weight: 16 },
  { arbitrary: hugeMessage, weight: 1 },
);

export const ZONES = ['UTC', 'Europe/Berlin', 'America/Los_Angeles', 'America/St_Johns', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Pacific/Kiritimati', 'America/Santiago', 'Asia/Tehran'];
/** Epoch ms in 2020–2030, with a bias to EU/US clock changes. */
export const nowArb = fc.oneof(
  fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 11, 31) }),
  fc.tuple(fc.constantFrom(Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1), Date.UTC(2026, 2, 8, 10), Date.UTC(2026, 10, 1, 9)), fc.integer({ min: -2 * 86_400_000, max: 86_400_000 }))
    .map(([t, d]) => t + d),
);

const pad = (n: number) => String(n).padStart(2, '0');
const clock = (m: number) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
/** Valid non-overlapping ranges for one day (ends may be 24:00). */
export const dayRanges = fc.uniqueArray(fc.integer({ min: 0, max: 96 }).map((q) => q * 15), { maxLength: 6 }).map((points) => {
  const s = [...points].sort((a, b) => a - b);
  const out: TimeRange[] = [];
  for (let i = 0; i + 1 < s.length; i += 2) if (s[i]! < 1440) out.push({ start: clock(s[i]!), end: clock(s[i + 1]!) });
  return out;
});
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
/** A valid Person. */
export const validPerson = (id: string) =>
  fc
    .record({
      name: fc.oneof(fc.constantFrom('Ana', 'Bo', 'Émile', 'محمد', '李'), fc.string({ maxLength: 20 })),
      timeZone: fc.constantFrom(...ZONES),
      days: fc.array(fc.option(dayRanges, { nil: undefined }), { minLength: 7, maxLength: 7 }),
      ooo: fc.array(fc.tuple(fc.integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2031, 0, 1) }), fc.integer({ min: 0, max: 20 })), { maxLength: 3 }),
    })
    .map(({ name, timeZone, days, ooo }): Person => ({
      id,
      name,
      timeZone,
      workingHours: Object.fromEntries(WEEKDAYS.flatMap((d, k) => (days[k] ? [[d, days[k]]] : []))),
      outOfOffice: ooo.map(([t, len]) => ({ start: isoDay(t), end: isoDay(t + len * 86_400_000) })),
    }));

/** Replaces the value at a random path of a JSON-like value (or deletes it), for structural mutation. */
export function mutateAt(value: unknown, pick: number, replacement: unknown, remove: boolean): unknown {
  const paths: Array<Array<string | number>> = [[]];
  const walk = (v: unknown, path: Array<string | number>, depth: number) => {
    if (depth > 6 || v === null || typeof v !== 'object') return;
    for (const k of Array.isArray(v) ? v.keys() : Object.keys(v)) {
      paths.push([...path, k]);
      walk((v as Record<string | number, unknown>)[k], [...path, k], depth + 1);
    }
  };
  walk(value, [], 0);
  const path = paths[pick % paths.length]!;
  if (path.length === 0) return remove ? undefined : replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (remove) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else parent[last] = replacement;
  return copy;
}

/** A structural mutation: (value) => mutated value. */
export const structuralMutation = fc
  .tuple(fc.nat(), fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(null, '', 0, -1, 1e308, '24:00', '99:99', [], {})), fc.boolean())
  .map(([pick, replacement, remove]) => (v: unknown) => mutateAt(v, pick, replacement, remove));
