// suggestSendTime and resolveDeadline on 10 000 generated inputs each. suggestSendTime may only
// throw ScheduleInputError (naming a recipient whose data is really invalid); resolveDeadline,
// given valid people, never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveDeadline, ScheduleInputError, suggestSendTime, validatePerson, type Person } from '../../lib/schedule';
import { FUZZ, messageText, nowArb, structuralMutation, validPerson } from './arbitraries';

const DAY = 86_400_000;
const URGENCIES = ['urgent', 'same-day', 'normal', 'fyi'] as const;

// Values a corrupted record or a careless caller could hold, JSON and not.
const junk = fc.constantFrom<unknown>(
  undefined, null, '', ' ', 0, -0, NaN, Infinity, 42, true, [], {}, 'mon-fri 09:00-17:00', 'Mars/Base', '+02:00',
  'Etc/GMT+5', 'utc', '9:00', '24:00', '24:01', '０９:００', '09:00 ', '2026-02-30', '2026-13-01', 'x', 10n, Symbol('s'),
  () => 1, new Date(0), [null], [{}], [{ start: '17:00', end: '09:00' }], [{ start: '09:00', end: '12:00' }, { start: '11:00', end: '13:00' }],
);
const FIELDS = ['id', 'name', 'timeZone', 'workingHours', 'outOfOffice', 'workingHours.mon', 'workingHours.monday', 'workingHours.tue.0', 'workingHours.wed.0.start', 'workingHours.thu.0.end', 'outOfOffice.0', 'outOfOffice.0.start', 'outOfOffice.0.end'];

/** Sets a dotted path on a copy of a person, creating containers on the way. */
function setPath(p: Person, path: string, value: unknown): unknown {
  const copy = structuredClone(p) as unknown as Record<string, unknown>;
  const keys = path.split('.');
  let cur: Record<string, unknown> = copy;
  for (const k of keys.slice(0, -1)) {
    if (cur[k] === null || typeof cur[k] !== 'object') cur[k] = /^\d+$/.test(keys[keys.indexOf(k) + 1] ?? '') ? [{}] : {};
    cur = cur[k] as Record<string, unknown>;
  }
  cur[keys[keys.length - 1]!] = value;
  return copy;
}

/** A recipient: usually valid, sometimes with one field corrupted or a random structural mutation. */
const recipient = (i: number) =>
  fc.oneof(
    { arbitrary: validPerson(`p${i}`).map((p) => ({ p: p as unknown, mutated: false })), weight: 6 },
    { arbitrary: fc.tuple(validPerson(`p${i}`), fc.constantFrom(...FIELDS), junk).map(([p, f, v]) => ({ p: setPath(p, f, v), mutated: true })), weight: 2 },
    { arbitrary: fc.tuple(validPerson(`p${i}`), structuralMutation).map(([p, m]) => ({ p: m(p), mutated: true })), weight: 2 },
  );
const team = fc.integer({ min: 0, max: 5 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => recipient(i))));

const isValid = (p: unknown) => {
  try {
    validatePerson(p);
    return true;
  } catch {
    return false;
  }
};

describe('suggestSendTime fuzz', () => {
  it('answers within the 14-day window, or throws ScheduleInputError for a really invalid recipient', () => {
    fc.assert(
      fc.property(nowArb, team, fc.constantFrom(...URGENCIES), (now, members, urgency) => {
        const recipients = members.map((m) => m.p) as Person[];
        let got;
        try {
          got = suggestSendTime({ now, recipients, urgency });
        } catch (e) {
          expect(e, String(e)).toBeInstanceOf(ScheduleInputError);
          const err = e as ScheduleInputError;
          expect(err.message.length).toBeGreaterThan(0);
          expect(members.some((m) => m.mutated), 'threw for an all-valid team').toBe(true);
          expect(recipients.some((r) => !isValid(r)), 'threw although every recipient validates').toBe(true);
          return;
        }
        expect(recipients.every(isValid), 'accepted an invalid recipient').toBe(true);
        if (got.at !== 'now') {
          expect(got.at % 60_000).toBe(0);
          expect(got.at).toBeGreaterThan(now);
          expect(got.at).toBeLessThan(now + 14 * DAY);
          expect(urgency).not.toBe('urgent');
        }
        const ids = new Set(recipients.map((r) => r.id));
        expect(got.inHours.every((id) => ids.has(id))).toBe(true);
        expect(got.reasons.length).toBeGreaterThan(0);
        expect(got.reasons.every((r) => typeof r === 'string' && r.length > 0)).toBe(true);
      }),
      // Found by this suite: a BigInt hour made the error message itself throw a TypeError.
      { ...FUZZ, examples: [[Date.UTC(2020, 0, 1), [{ p: { id: 'p0', name: '', timeZone: 'UTC', workingHours: { wed: [{ start: 10n }] } }, mutated: true }], 'urgent']] },
    );
  }, 240_000);
});

// Phrases dense in deadline words, so most inputs exercise the grouper and every resolver branch.
const WORDS = ['by', 'before', 'until', 'due', 'no later than', 'on', 'at', 'the', 'end of', 'EOD', 'COB', 'EOW', 'end of next week',
  'next week', 'next', 'today', 'tomorrow', 'tmrw', 'morning', 'first thing', 'noon', 'midnight', 'Mon', 'thursday', 'Fri',
  'within', 'in', 'an', 'twelve', '999', '0', '1.5', 'h', 'hours', 'days', 'mins', '9am', '12 p.m.', '24:00', '23:59', '00:00',
  '7:5', '17.30', 'CET', 'PT', 'IST', 'UTC+14', 'GMT-12', 'utc−3:30', 'UTC+99', '2026-02-29', '2028-02-29', '2026-03-29',
  '0000-01-01', '9999-12-31', ',', '.', '?', '\n'];
const deadlineText = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 14 }).map((w) => w.join(' '));

const people = fc.integer({ min: 0, max: 4 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => validPerson(`r${i}`))));
const sender = fc.oneof(validPerson('me'), validPerson('me').map((p) => ({ timeZone: p.timeZone })));

describe('resolveDeadline fuzz', () => {
  it('never throws on any text with valid people; every deadline is a finite instant on everyone’s clock', () => {
    fc.assert(
      fc.property(fc.oneof(messageText.filter((t) => t.length < 20_000), deadlineText), nowArb, sender, people, (text, now, me, recipients) => {
        const found = resolveDeadline(text, now, me, recipients);
        for (const d of found) {
          const [s, e] = d.span;
          expect(0 <= s && s < e && e <= text.length, `span ${s},${e}`).toBe(true);
          expect(Number.isFinite(d.at)).toBe(true);
          expect(d.perRecipient.map((r) => r.id)).toEqual(recipients.map((r) => r.id));
          expect(typeof d.summary === 'string' && d.summary.length > 0).toBe(true);
        }
      }),
      FUZZ,
    );
  }, 240_000);
});
