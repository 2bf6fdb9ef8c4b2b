// Rule v2 (lib/schedule/README.md): the people asked (owners) and the deadline. Every expected instant was
// worked out on paper from the published 2026 clock rules; comments show the arithmetic
// (UTC = local - offset). January: Berlin CET +1, London GMT 0, Sydney AEDT +11, LA PST -8,
// Kolkata IST +5:30, New York EST -5. Mon 2026-01-12 is a Monday.
import { describe, expect, it } from 'vitest';
import { planSendTime, suggestSendTime } from '../../lib/schedule';
import type { Person } from '../../lib/schedule';
import { person } from './people';

interface Case {
  name: string;
  now: number;
  recipients: Person[];
  owners?: string[];
  deadline?: number;
  at: 'now' | number;
  inHours: string[];
  why: string;
}

const ana = person('ana', 'Europe/Berlin'); // 08:00-16:00 UTC Mon-Fri
const leo = person('leo', 'Europe/London'); // 09:00-17:00 UTC
const lee = person('lee', 'Australia/Sydney'); // 22:00 (previous UTC day)-06:00 UTC
const kim = person('kim', 'America/Los_Angeles'); // 17:00-01:00 UTC
const raj = person('raj', 'Asia/Kolkata'); // 03:30-11:30 UTC

const cases: Case[] = [
  {
    // Mon 10:00 UTC, Berlin and London working, Sydney (21:00) not. Asked: Lee only. Lee starts
    // Tue 09:00 AEDT = Mon 22:00 UTC. The everyone-rule would say 'now' (2 of 3).
    name: 'owner in another zone than the rest: timed for the owner',
    now: Date.UTC(2026, 0, 12, 10, 0),
    recipients: [ana, leo, lee],
    owners: ['lee'],
    at: Date.UTC(2026, 0, 12, 22, 0),
    inHours: ['lee'],
    why: 'later',
  },
  {
    // Same team without owners: 2 of 3 are in now, and no moment reaches all 3 (Sydney ends 06:00
    // UTC, Berlin starts 08:00 UTC): 'now'.
    name: 'same team, nobody named: everyone is a target',
    now: Date.UTC(2026, 0, 12, 10, 0),
    recipients: [ana, leo, lee],
    at: 'now',
    inHours: ['ana', 'leo'],
    why: 'now',
  },
  {
    // Owners naming nobody among the recipients fall back to everyone.
    name: 'owners who are not recipients: everyone is a target',
    now: Date.UTC(2026, 0, 12, 10, 0),
    recipients: [ana, leo, lee],
    owners: ['zed'],
    at: 'now',
    inHours: ['ana', 'leo'],
    why: 'now',
  },
  {
    // Mon 06:00 UTC: Kolkata in (11:30), Berlin starts 08:00 UTC. Asked: Ana and Raj. Deadline Mon
    // 07:00 UTC, before Berlin starts: the best before it is 1 (Raj), reached now.
    name: 'deadline before one owner starts: the best reachable before it',
    now: Date.UTC(2026, 0, 12, 6, 0),
    recipients: [ana, raj],
    owners: ['ana', 'raj'],
    deadline: Date.UTC(2026, 0, 12, 7, 0),
    at: 'now',
    inHours: ['raj'],
    why: 'now',
  },
  {
    // Same, deadline Mon 08:30 UTC: Berlin starts 08:00 UTC, both in then.
    name: 'deadline after the owners overlap: the overlap',
    now: Date.UTC(2026, 0, 12, 6, 0),
    recipients: [ana, raj],
    owners: ['ana', 'raj'],
    deadline: Date.UTC(2026, 0, 12, 8, 30),
    at: Date.UTC(2026, 0, 12, 8, 0),
    inHours: ['ana', 'raj'],
    why: 'later',
  },
  {
    // Deadline exactly at Berlin's start (08:00 UTC): the window [now, deadline) excludes it.
    name: 'deadline exactly at a start: that start is outside the window',
    now: Date.UTC(2026, 0, 12, 6, 0),
    recipients: [ana, raj],
    deadline: Date.UTC(2026, 0, 12, 8, 0),
    at: 'now',
    inHours: ['raj'],
    why: 'now',
  },
  {
    // Mon 12:00 UTC; asked: Lee (Sydney, off until Mon 22:00 UTC). Deadline Mon 17:00 Berlin =
    // 16:00 UTC, before anyone asked starts: 'now', so it is waiting for Lee. Ana (Berlin) is in.
    name: 'deadline before anyone asked starts: now',
    now: Date.UTC(2026, 0, 12, 12, 0),
    recipients: [ana, lee],
    owners: ['lee'],
    deadline: Date.UTC(2026, 0, 12, 16, 0),
    at: 'now',
    inHours: ['ana'],
    why: 'nobody-before-deadline',
  },
  {
    // Deadline already past (Mon 09:00 UTC, now 12:00): 'now' whatever the hours say.
    name: 'deadline already past: now',
    now: Date.UTC(2026, 0, 12, 12, 0),
    recipients: [lee, kim],
    deadline: Date.UTC(2026, 0, 12, 9, 0),
    at: 'now',
    inHours: [],
    why: 'deadline-passed',
  },
  {
    // Deadline equal to now counts as past.
    name: 'deadline exactly now: now',
    now: Date.UTC(2026, 0, 12, 12, 0),
    recipients: [lee],
    deadline: Date.UTC(2026, 0, 12, 12, 0),
    at: 'now',
    inHours: [],
    why: 'deadline-passed',
  },
  {
    // Asked: Kim (LA), out of office Mon 12 - Wed 14 Jan (LA dates). Back Thu 15 Jan 09:00 PST =
    // 17:00 UTC. Without a deadline that is the answer; Ana is not in then (18:00 CET).
    name: 'owner out of office: when they are back',
    now: Date.UTC(2026, 0, 12, 10, 0),
    recipients: [ana, person('kim', 'America/Los_Angeles', undefined, undefined, [{ start: '2026-01-12', end: '2026-01-14' }])],
    owners: ['kim'],
    at: Date.UTC(2026, 0, 15, 17, 0),
    inHours: ['kim'],
    why: 'later',
  },
  {
    // Same, with a deadline Wed 14 Jan 17:00 UTC, while Kim is away: nobody asked is reachable.
    name: 'owner out of office through the deadline: now',
    now: Date.UTC(2026, 0, 12, 10, 0),
    recipients: [ana, person('kim', 'America/Los_Angeles', undefined, undefined, [{ start: '2026-01-12', end: '2026-01-14' }])],
    owners: ['kim'],
    deadline: Date.UTC(2026, 0, 14, 17, 0),
    at: 'now',
    inHours: ['ana'],
    why: 'nobody-before-deadline',
  },
  {
    // The case: "by Friday?" to three people with a deadline Fri 16 Jan 17:00 Berlin = 16:00
    // UTC, sent Fri 09 Jan 12:00 UTC. Sydney + LA overlap first Mon 12 Jan 22:00 UTC (LA 14:00,
    // Sydney Tue 09:00), well before the deadline, so the deadline does not move it.
    name: 'a deadline later than the best moment changes nothing',
    now: Date.UTC(2026, 0, 9, 12, 0),
    recipients: [lee, kim, ana],
    deadline: Date.UTC(2026, 0, 16, 16, 0),
    at: Date.UTC(2026, 0, 12, 22, 0),
    inHours: ['lee', 'kim'],
    why: 'later',
  },
  {
    // ...but a deadline Mon 12 Jan 20:00 UTC cuts it off: the best before is 1 (Ana is in now, 13:00 CET).
    name: 'a deadline before the best moment: the best before the deadline',
    now: Date.UTC(2026, 0, 9, 12, 0),
    recipients: [lee, kim, ana],
    deadline: Date.UTC(2026, 0, 12, 20, 0),
    at: 'now',
    inHours: ['ana'],
    why: 'now',
  },
  {
    // Two owners of three, in different zones: Berlin + Kolkata overlap 08:00-11:30 UTC; LA is
    // not asked and not in then. From Mon 01:00 UTC the earliest is Mon 08:00 UTC.
    name: 'two owners of three: their overlap, whoever else is off',
    now: Date.UTC(2026, 0, 12, 1, 0),
    recipients: [kim, ana, raj],
    owners: ['raj', 'ana'],
    at: Date.UTC(2026, 0, 12, 8, 0),
    inHours: ['ana', 'raj'],
    why: 'later',
  },
];

describe('suggestSendTime v2: owners and deadline (hand-worked)', () => {
  it.each(cases)('$name', ({ now, recipients, owners, deadline, at, inHours, why }) => {
    const input = { now, recipients, urgency: 'normal' as const, ...(owners ? { owners } : {}), ...(deadline !== undefined ? { deadline } : {}) };
    const plan = planSendTime(input);
    expect(plan.suggestion.at).toBe(at);
    expect([...plan.suggestion.inHours].sort()).toEqual([...inHours].sort());
    expect(plan.why).toBe(why);
    expect(suggestSendTime(input)).toEqual(plan.suggestion);
    if (typeof at === 'number' && deadline !== undefined) expect(at).toBeLessThan(deadline);
  });

  it('urgent is now even with owners and a far deadline', () => {
    const r = suggestSendTime({ now: Date.UTC(2026, 0, 12, 10, 0), recipients: [ana, lee], urgency: 'urgent', owners: ['lee'], deadline: Date.UTC(2026, 0, 20) });
    expect(r).toMatchObject({ at: 'now', inHours: ['ana'] });
  });

  it('bad owners or deadline are a clear error', () => {
    const base = { now: Date.UTC(2026, 0, 12), recipients: [ana], urgency: 'normal' as const };
    expect(() => suggestSendTime({ ...base, deadline: Number.NaN })).toThrow(/deadline must be epoch ms/);
    expect(() => suggestSendTime({ ...base, owners: 'ana' as unknown as string[] })).toThrow(/owners must be an array/);
    expect(() => suggestSendTime({ ...base, owners: [1 as unknown as string] })).toThrow(/owners must be an array/);
  });
});

describe('suggestSendTime v2: reasons', () => {
  it('says who the timing is for and that it is before the deadline', () => {
    const r = suggestSendTime({
      now: Date.UTC(2026, 0, 12, 10, 0), recipients: [ana, leo, lee], owners: ['lee'], urgency: 'normal',
      deadline: Date.UTC(2026, 0, 14, 16, 0), senderTimeZone: 'Europe/Berlin',
    });
    expect(r.reasons[0]).toBe('Timed for Lee (Sydney), who you asked.');
    expect(r.reasons[1]).toBe('Lee (Sydney) starts at 09:00 Tue; sending 23:00 CET today (in 12 hours) reaches them in their hours.');
    expect(r.reasons).toContain('That is before your deadline, Wed 14 Jan, 17:00 CET (in 2 days).');
    expect(r.reasons.join(' ')).toMatch(/Ana \(Berlin\) is outside working hours then/);
  });

  it('says in words when nobody asked can be reached before the deadline', () => {
    const r = suggestSendTime({
      now: Date.UTC(2026, 0, 12, 12, 0), recipients: [ana, lee], owners: ['lee'], urgency: 'normal',
      deadline: Date.UTC(2026, 0, 12, 16, 0), senderTimeZone: 'Europe/Berlin',
    });
    expect(r.reasons[0]).toBe(
      'Lee (Sydney) is not in working hours before your deadline, 17:00 CET today (in 4 hours): send now so it is waiting for them.',
    );
    expect(r.reasons[1]).toBe('Lee (Sydney) is outside working hours then (23:00 Mon); next in at 09:00 Tue.');
  });

  it('says when the deadline has passed', () => {
    const r = suggestSendTime({
      now: Date.UTC(2026, 0, 12, 12, 0), recipients: [lee], urgency: 'normal', deadline: Date.UTC(2026, 0, 9, 16, 0), senderTimeZone: 'Europe/Berlin',
    });
    expect(r.reasons[0]).toBe('Your deadline, Fri 9 Jan, 17:00 CET, has already passed: send now, and give a new one if it still matters.');
  });
});
