// Hand-worked send-time cases. Every expected instant below was worked out on paper from the
// published 2026 clock changes; the comments show the arithmetic (UTC = local - offset).
import { describe, expect, it } from 'vitest';
import { suggestSendTime } from '../../lib/schedule';
import type { Person, SendSuggestion } from '../../lib/schedule';
import { SUN_THU, person } from './people';

interface Case {
  name: string;
  now: number;
  recipients: Person[];
  at: 'now' | number;
  inHours: string[];
}

const cases: Case[] = [
  {
    // EU spring-forward Sun 2026-03-29. Kolkata (+5:30) 09:00-17:00 = 03:30-11:30 UTC.
    // Mon 03-30 Berlin is on CEST (+2): 09:00 = 07:00 UTC (it would be 08:00 on CET).
    name: 'Berlin after EU spring-forward + Kolkata',
    now: Date.UTC(2026, 2, 28, 12, 0), // Sat
    recipients: [person('ana', 'Europe/Berlin'), person('raj', 'Asia/Kolkata')],
    at: Date.UTC(2026, 2, 30, 7, 0),
    inHours: ['ana', 'raj'],
  },
  {
    // Shift starting inside the gap: Sun 03-29 02:30 does not exist in Berlin (02:00 CET jumps
    // to 03:00 CEST at 01:00 UTC), so the shift starts at the first instant after the gap.
    name: 'shift starting in the spring-forward gap',
    now: Date.UTC(2026, 2, 28, 12, 0),
    recipients: [person('ana', 'Europe/Berlin', ['02:30-05:00'], ['sun'])],
    at: Date.UTC(2026, 2, 29, 1, 0),
    inHours: ['ana'],
  },
  {
    // EU fall-back Sun 2026-10-25: 02:30 happens twice; the first time is CEST, 02:30-2h = 00:30 UTC.
    name: 'shift starting in the repeated fall-back hour',
    now: Date.UTC(2026, 9, 24, 12, 0),
    recipients: [person('ana', 'Europe/Berlin', ['02:30-03:30'], ['sun'])],
    at: Date.UTC(2026, 9, 25, 0, 30),
    inHours: ['ana'],
  },
  {
    // US spring-forward Sun 2026-03-08; Europe still on CET until 03-29.
    // Mon 03-09: LA 08:00 PDT (-7) = 15:00 UTC (16:00 if it were PST); Berlin 09:00-18:00 CET = 08:00-17:00 UTC.
    name: 'LA after US spring-forward + Berlin still on CET',
    now: Date.UTC(2026, 2, 6, 20, 0), // Fri: LA 12:00 working, Berlin 21:00 off
    recipients: [person('kim', 'America/Los_Angeles', ['08:00-16:00']), person('ana', 'Europe/Berlin', ['09:00-18:00'])],
    at: Date.UTC(2026, 2, 9, 15, 0),
    inHours: ['kim', 'ana'],
  },
  {
    // US fall-back Sun 2026-11-01. London is on GMT since 10-25. Mon 11-02: NY 09:00 EST (-5) =
    // 14:00 UTC (13:00 on EDT); London 09:00-17:00 UTC.
    name: 'New York after US fall-back + London',
    now: Date.UTC(2026, 9, 31, 12, 0), // Sat
    recipients: [person('nia', 'America/New_York'), person('leo', 'Europe/London')],
    at: Date.UTC(2026, 10, 2, 14, 0),
    inHours: ['nia', 'leo'],
  },
  {
    // Australian DST ends Sun 2026-04-05. Mon 04-06 Sydney is AEST (+10): 09:00-17:00 = Sun 23:00 -
    // Mon 07:00 UTC. Kolkata 12:00-20:00 IST = 06:30-14:30 UTC. Overlap 06:30-07:00 UTC; on AEDT
    // Sydney would end at 06:00 UTC and there would be no overlap at all.
    name: 'Sydney after DST ends + Kolkata',
    now: Date.UTC(2026, 3, 4, 0, 0), // Sat 11:00 AEDT
    recipients: [person('lee', 'Australia/Sydney'), person('raj', 'Asia/Kolkata', ['12:00-20:00'])],
    at: Date.UTC(2026, 3, 6, 6, 30),
    inHours: ['lee', 'raj'],
  },
  {
    // Adelaide DST starts Sun 2026-10-04 (ACST +9:30 -> ACDT +10:30). Mon 10-05 09:00 ACDT =
    // Sun 22:30 UTC (23:30 on ACST). A UTC colleague works Sun 20:00-24:00.
    name: 'Adelaide after DST starts + Sunday evening in UTC',
    now: Date.UTC(2026, 9, 3, 0, 0),
    recipients: [person('amy', 'Australia/Adelaide'), person('uma', 'UTC', ['20:00-24:00'], ['sun'])],
    at: Date.UTC(2026, 9, 4, 22, 30),
    inHours: ['amy', 'uma'],
  },
  {
    // Kathmandu +5:45: 10:00-18:00 = 04:15-12:15 UTC; Kolkata 09:00-17:00 = 03:30-11:30 UTC.
    name: 'Kathmandu + Kolkata',
    now: Date.UTC(2026, 0, 12, 0, 0), // Mon 05:45 Kathmandu
    recipients: [person('sita', 'Asia/Kathmandu', ['10:00-18:00']), person('raj', 'Asia/Kolkata')],
    at: Date.UTC(2026, 0, 12, 4, 15),
    inHours: ['sita', 'raj'],
  },
  {
    // Riyadh (+3) works Sun-Thu 08:00-16:00. From Fri 10:00 UTC the next start is Sun 08:00 = 05:00 UTC.
    name: 'Sunday-Thursday week, alone',
    now: Date.UTC(2026, 0, 16, 10, 0),
    recipients: [person('omar', 'Asia/Riyadh', ['08:00-16:00'], SUN_THU)],
    at: Date.UTC(2026, 0, 18, 5, 0),
    inHours: ['omar'],
  },
  {
    // Thu 15:00 UTC: Riyadh ended at 13:00 UTC; Fri Riyadh off, Sun Berlin off.
    // Mon 01-19: Riyadh 05:00-13:00 UTC, Berlin 08:00-16:00 UTC -> 08:00 UTC.
    name: 'Sunday-Thursday week + Monday-Friday week',
    now: Date.UTC(2026, 0, 15, 15, 0),
    recipients: [person('omar', 'Asia/Riyadh', ['08:00-16:00'], SUN_THU), person('ana', 'Europe/Berlin')],
    at: Date.UTC(2026, 0, 19, 8, 0),
    inHours: ['omar', 'ana'],
  },
  {
    // Berlin 09:00-12:00 + 13:00-17:00 CET = 08:00-11:00 + 12:00-16:00 UTC; Kolkata 09:00-17:30 =
    // 03:30-12:00 UTC. At 11:30 UTC Berlin is at lunch; it is back at 12:00 UTC exactly when
    // Kolkata's end (exclusive) arrives, so the next overlap is Tue 08:00 UTC.
    name: 'split shift and exclusive end',
    now: Date.UTC(2026, 0, 12, 11, 30),
    recipients: [person('ana', 'Europe/Berlin', ['09:00-12:00', '13:00-17:00']), person('raj', 'Asia/Kolkata', ['09:00-17:30'])],
    at: Date.UTC(2026, 0, 13, 8, 0),
    inHours: ['ana', 'raj'],
  },
  {
    // Berlin is out for the whole window; NY 09:00 EST = 14:00 UTC, London 09:00-17:00 UTC.
    name: 'one recipient out of office for two weeks',
    now: Date.UTC(2026, 0, 12, 6, 0),
    recipients: [
      person('ana', 'Europe/Berlin', undefined, undefined, [{ start: '2026-01-12', end: '2026-01-25' }]),
      person('nia', 'America/New_York'),
      person('leo', 'Europe/London'),
    ],
    at: Date.UTC(2026, 0, 12, 14, 0),
    inHours: ['nia', 'leo'],
  },
  {
    // Jan: Sydney AEDT 09:00-17:00 = 22:00-06:00 UTC (previous UTC day), LA PST = 17:00-01:00 UTC,
    // Berlin CET = 08:00-16:00 UTC. Only LA+Sydney ever overlap: Mon 22:00 - Tue 01:00 UTC.
    name: 'no common hour for all three: max is 2',
    now: Date.UTC(2026, 0, 12, 10, 0),
    recipients: [person('lee', 'Australia/Sydney'), person('kim', 'America/Los_Angeles'), person('ana', 'Europe/Berlin')],
    at: Date.UTC(2026, 0, 12, 22, 0),
    inHours: ['lee', 'kim'],
  },
  {
    // Berlin 09:00-12:00 CET = 08:00-11:00 UTC; LA 09:00-12:00 PST = 17:00-20:00 UTC: never together.
    name: 'no overlap at all: max is 1, earliest single start',
    now: Date.UTC(2026, 0, 12, 12, 0),
    recipients: [person('ana', 'Europe/Berlin', ['09:00-12:00']), person('kim', 'America/Los_Angeles', ['09:00-12:00'])],
    at: Date.UTC(2026, 0, 12, 17, 0),
    inHours: ['kim'],
  },
  {
    // Mon 10:00 UTC: Berlin 11:00 and London 10:00, both working.
    name: 'everyone already working',
    now: Date.UTC(2026, 0, 12, 10, 0),
    recipients: [person('ana', 'Europe/Berlin'), person('leo', 'Europe/London')],
    at: 'now',
    inHours: ['ana', 'leo'],
  },
  {
    // 07:59:30 UTC, Berlin starts 08:00 UTC: the answer is the whole minute, not 'now'.
    name: 'mid-minute now, start 30 s later',
    now: Date.UTC(2026, 0, 12, 7, 59, 30),
    recipients: [person('ana', 'Europe/Berlin')],
    at: Date.UTC(2026, 0, 12, 8, 0),
    inHours: ['ana'],
  },
  {
    // Exactly at Berlin's start instant: start is inclusive.
    name: 'now exactly at the start',
    now: Date.UTC(2026, 0, 12, 8, 0),
    recipients: [person('ana', 'Europe/Berlin')],
    at: 'now',
    inHours: ['ana'],
  },
];

describe('suggestSendTime: hand-worked cases', () => {
  it.each(cases)('$name', ({ now, recipients, at, inHours }) => {
    const result = suggestSendTime({ now, recipients, urgency: 'normal' });
    expect(result.at).toBe(at);
    expect([...result.inHours].sort()).toEqual([...inHours].sort());
    expect(result.reasons.length).toBeGreaterThan(0);
  });
});

describe('suggestSendTime: urgency and degenerate input', () => {
  const sydney = person('lee', 'Australia/Sydney');
  const berlin = person('ana', 'Europe/Berlin');

  it('urgent goes now, lists who is working and says to page the rest', () => {
    // Mon 10:00 UTC: Berlin 11:00 CET working; Sydney 21:00 AEDT off.
    const r = suggestSendTime({ now: Date.UTC(2026, 0, 12, 10, 0), recipients: [sydney, berlin], urgency: 'urgent' });
    expect(r.at).toBe('now');
    expect(r.inHours).toEqual(['ana']);
    expect(r.reasons[0]).toMatch(/urgent/i);
    expect(r.reasons.join(' ')).toMatch(/Lee \(Sydney\) is outside working hours now \(21:00 Mon\)/);
    expect(r.reasons.join(' ')).toMatch(/page or call/);
  });

  it('urgent goes now even when the best time would be later', () => {
    const now = Date.UTC(2026, 0, 12, 12, 0); // Sydney off (23:00), Berlin working
    expect(suggestSendTime({ now, recipients: [sydney], urgency: 'normal' }).at).not.toBe('now');
    expect(suggestSendTime({ now, recipients: [sydney], urgency: 'urgent' })).toMatchObject({ at: 'now', inHours: [] });
  });

  it('empty recipients: now, with a reason', () => {
    const r = suggestSendTime({ now: 0, recipients: [], urgency: 'normal' });
    expect(r).toMatchObject({ at: 'now', inHours: [] });
    expect(r.reasons[0]).toMatch(/no recipients/i);
  });

  it('nobody works in the next 14 days: now, and says so', () => {
    const away = person('ana', 'Europe/Berlin', undefined, undefined, [{ start: '2026-01-01', end: '2026-02-28' }]);
    const r = suggestSendTime({ now: Date.UTC(2026, 0, 12, 10, 0), recipients: [away], urgency: 'fyi' });
    expect(r).toMatchObject({ at: 'now', inHours: [] });
    expect(r.reasons[0]).toMatch(/nobody is in working hours in the next 14 days/i);
    expect(r.reasons[1]).toBe('Ana (Berlin) is out of office through Sat 28 Feb, back Mon 2 Mar.');
  });

  it('the window is [now, now + 14 days): a start at exactly now + 14 d does not count', () => {
    // Works Mondays 11:00-12:00 CET = 10:00-11:00 UTC, away on the next two Mondays (01-12, 01-19),
    // so the only slot near the window is Mon 01-26 10:00 UTC.
    const ana = person('ana', 'Europe/Berlin', ['11:00-12:00'], ['mon'], [{ start: '2026-01-12', end: '2026-01-19' }]);
    const exactly = suggestSendTime({ now: Date.UTC(2026, 0, 12, 10, 0), recipients: [ana], urgency: 'normal' });
    expect(exactly).toMatchObject({ at: 'now', inHours: [] }); // 01-26 10:00 = now + 14 d: excluded
    const minuteLater = suggestSendTime({ now: Date.UTC(2026, 0, 12, 10, 1), recipients: [ana], urgency: 'normal' });
    expect(minuteLater).toMatchObject({ at: Date.UTC(2026, 0, 26, 10, 0), inHours: ['ana'] });
  });
});

describe('suggestSendTime: reasons read like a person wrote them', () => {
  const reasonsFor = (r: SendSuggestion) => r.reasons.join('\n');

  it('names who starts when, who is already in, and the sending moment in the sender zone', () => {
    // Mon 06:00 UTC: Berlin 07:00 (off), Kolkata 11:30 (working). Berlin starts 09:00 CET = 08:00 UTC.
    const r = suggestSendTime({
      now: Date.UTC(2026, 0, 12, 6, 0),
      recipients: [person('ana', 'Europe/Berlin'), person('raj', 'Asia/Kolkata')],
      urgency: 'normal',
      senderTimeZone: 'Europe/Berlin',
    });
    expect(r.reasons[0]).toBe(
      'Ana (Berlin) starts at 09:00 Mon; Raj (Kolkata) is already working; sending 09:00 CET today (in 2 hours) reaches both in their hours.',
    );
  });

  it('explains who cannot be reached and when they are back', () => {
    const r = suggestSendTime({
      now: Date.UTC(2026, 0, 12, 10, 0),
      recipients: [
        person('lee', 'Australia/Sydney', undefined, undefined, [{ start: '2026-01-12', end: '2026-01-31' }]),
        person('ana', 'Europe/Berlin'),
        person('kim', 'America/Los_Angeles'),
      ],
      urgency: 'normal',
    });
    // Berlin is in now (11:00); LA never overlaps Berlin (see above); Sydney, LA's only overlap,
    // is away for the whole window: max 1, reached now.
    expect(r.at).toBe('now');
    expect(r.inHours).toEqual(['ana']);
    const text = reasonsFor(r);
    expect(text).toMatch(/Ana \(Berlin\) is working now \(11:00 Mon\); sending now reaches 1 of 3/);
    expect(text).toMatch(/Lee \(Sydney\) is out of office through Sat 31 Jan, back Mon 2 Feb\./);
    expect(text).toMatch(/Kim \(Los Angeles\) is outside working hours then \(02:00 Mon\); next in at 09:00 Mon\./);
  });

  it('same-day blockers mention who could answer now when the best time is hours away', () => {
    // Mon 12:00 UTC: Berlin (13:00) is working, Sydney (23:00) and LA (04:00) are not. As in the
    // 'no common hour' case, only Sydney + LA ever overlap, first at Mon 22:00 UTC.
    const recipients = [person('ana', 'Europe/Berlin'), person('lee', 'Australia/Sydney'), person('kim', 'America/Los_Angeles')];
    const now = Date.UTC(2026, 0, 12, 12, 0);
    const sameDay = suggestSendTime({ now, recipients, urgency: 'same-day' });
    expect(sameDay.at).toBe(Date.UTC(2026, 0, 12, 22, 0)); // 10 h away
    expect(sameDay.reasons.at(-1)).toBe('It is a same-day blocker: if it cannot wait, Ana is working now.');
    const normal = suggestSendTime({ now, recipients, urgency: 'normal' });
    expect(normal.at).toBe(sameDay.at);
    expect(normal.reasons.join(' ')).not.toMatch(/same-day/);
  });

  it('defaults the sending moment to UTC', () => {
    const r = suggestSendTime({ now: Date.UTC(2026, 0, 12, 6, 0), recipients: [person('ana', 'Europe/Berlin')], urgency: 'normal' });
    expect(r.reasons[0]).toMatch(/sending 08:00 UTC today \(in 2 hours\) reaches them/);
  });
});
