// Deadline phrases resolved to instants and shown on each recipient's clock. Expected instants are
// worked by hand: in January Berlin is CET (+1), Los Angeles PST (-8), Kolkata IST (+5:30).
import { describe, expect, it } from 'vitest';
import { resolveDeadline } from '../../lib/schedule';
import { SUN_THU, person } from './people';

const ana = person('ana', 'Europe/Berlin'); // sender, Mon-Fri 09:00-17:00
const kim = person('kim', 'America/Los_Angeles');
const raj = person('raj', 'Asia/Kolkata');
const WED_10_CET = Date.UTC(2026, 0, 14, 9, 0); // Wed 2026-01-14 10:00 CET
const at = (text: string, now = WED_10_CET, sender: Parameters<typeof resolveDeadline>[2] = ana): number[] =>
  resolveDeadline(text, now, sender, [kim]).map((d) => d.at);

describe('resolveDeadline: phrases to instants (sender Ana, Berlin, Mon-Fri 09:00-17:00, now Wed 10:00 CET)', () => {
  it.each([
    // phrase, expected instant, why
    ['Could you review this by Thu 17:00?', Date.UTC(2026, 0, 15, 16), 'Thu 17:00 CET'],
    ['by 17:00 Thu', Date.UTC(2026, 0, 15, 16), 'same, time first'],
    ['need it by EOD', Date.UTC(2026, 0, 14, 16), "today's end of work, 17:00 CET"],
    ['end of day Friday please', Date.UTC(2026, 0, 16, 16), 'Fri 17:00 CET'],
    ['by Friday', Date.UTC(2026, 0, 16, 16), "end of Friday's working day"],
    ['by next Friday', Date.UTC(2026, 0, 16, 16), 'first Friday after today'],
    ['by Wednesday', Date.UTC(2026, 0, 14, 16), "today is Wednesday and its end is still ahead"],
    ['by Tuesday', Date.UTC(2026, 0, 20, 16), 'Tuesday has passed this week: next one'],
    ['tomorrow morning works', Date.UTC(2026, 0, 15, 8), 'Thu 09:00 CET, her start'],
    ['tomorrow is fine', Date.UTC(2026, 0, 15, 16), 'end of Thursday'],
    ['sometime next week is fine', Date.UTC(2026, 0, 19, 8), 'Mon 09:00 CET'],
    ['by 3pm', Date.UTC(2026, 0, 14, 14), 'today 15:00 CET'],
    ['by 15:00 CET', Date.UTC(2026, 0, 14, 14), 'explicit zone, same clock'],
    ['by 3pm PT', Date.UTC(2026, 0, 14, 23), 'Wed 15:00 PST (it is 01:00 there now)'],
    ['by tomorrow 3pm PT', Date.UTC(2026, 0, 15, 23), "PT's tomorrow is Thu"],
    ['by 15:00 UTC+5:30', Date.UTC(2026, 0, 14, 9, 30), 'fixed offset'],
    ['by 9:00 GMT', Date.UTC(2026, 0, 15, 9), '09:00 UTC today has passed: tomorrow'],
    ['before Monday', Date.UTC(2026, 0, 16, 16), 'end of the last working day before Monday'],
    ['within 24h', WED_10_CET + 24 * 3_600_000, 'duration'],
    ['in 2 hours', WED_10_CET + 2 * 3_600_000, 'duration'],
    ['within the next 30 minutes', WED_10_CET + 30 * 60_000, 'duration'],
    ['end of week', Date.UTC(2026, 0, 16, 16), 'Fri 17:00 CET'],
    ['EOW', Date.UTC(2026, 0, 16, 16), 'Fri 17:00 CET'],
    ['by the end of next week', Date.UTC(2026, 0, 23, 16), 'Fri 01-23 17:00 CET'],
    ['by noon', Date.UTC(2026, 0, 14, 11), '12:00 CET'],
    ['due 2026-02-02', Date.UTC(2026, 1, 2, 16), 'ISO date, end of that working day'],
  ])('%s', (text, expected) => {
    expect(at(text)).toEqual([expected]);
  });

  it('rolls EOD and bare times forward once they have passed', () => {
    const wed18 = Date.UTC(2026, 0, 14, 17); // Wed 18:00 CET
    expect(at('EOD', wed18)).toEqual([Date.UTC(2026, 0, 15, 16)]);
    expect(at('by 3pm', wed18)).toEqual([Date.UTC(2026, 0, 15, 14)]);
    const fri18 = Date.UTC(2026, 0, 16, 17); // Fri 18:00 CET: next working day is Monday
    expect(at('EOD', fri18)).toEqual([Date.UTC(2026, 0, 19, 16)]);
  });

  it('uses the sender working hours: split shift, early start, Sunday-Thursday week, none', () => {
    const early = person('eve', 'Europe/Berlin', ['08:30-12:00', '13:00-16:30']);
    expect(at('tomorrow morning', WED_10_CET, early)).toEqual([Date.UTC(2026, 0, 15, 7, 30)]);
    expect(at('EOD', WED_10_CET, early)).toEqual([Date.UTC(2026, 0, 14, 15, 30)]);
    // Jerusalem (+2 in January), Sun-Thu 09:00-18:00: end of week is Thu 18:00 = 16:00 UTC.
    const dan = person('dan', 'Asia/Jerusalem', ['09:00-18:00'], SUN_THU);
    expect(at('EOW', WED_10_CET, dan)).toEqual([Date.UTC(2026, 0, 15, 16)]);
    // ...and next week starts on Sunday 01-18 09:00 = 07:00 UTC.
    expect(at('next week', WED_10_CET, dan)).toEqual([Date.UTC(2026, 0, 18, 7)]);
    // No hours: EOD is 17:00 on the sender clock.
    expect(at('EOD', WED_10_CET, { timeZone: 'Asia/Kolkata' })).toEqual([Date.UTC(2026, 0, 14, 11, 30)]);
  });

  it('follows DST: a deadline after the EU change, and one inside the gap', () => {
    const fri = Date.UTC(2026, 2, 27, 10); // Fri 11:00 CET
    const [monday] = resolveDeadline('by Monday 10:00', fri, ana, [person('nia', 'America/New_York')]);
    // Mon 03-30 10:00 CEST (+2) = 08:00 UTC = 04:00 EDT in New York (US moved on 03-08).
    expect(monday).toMatchObject({ at: Date.UTC(2026, 2, 30, 8), sender: 'Mon 10:00 CEST' });
    expect(monday!.perRecipient[0]).toMatchObject({ local: 'Mon 04:00 EDT', outsideHours: true });
    // Sun 03-29 02:30 does not exist in Berlin: the first instant after the gap, 03:00 CEST.
    expect(resolveDeadline('by Sun 02:30', fri, ana, [])[0]).toMatchObject({ at: Date.UTC(2026, 2, 29, 1), sender: 'Sun 03:00 CEST' });
    // Sun 10-25 02:30 happens twice in Berlin: the earlier one, 02:30 CEST = 00:30 UTC.
    expect(at('by Sun 02:30', Date.UTC(2026, 9, 23, 10))).toEqual([Date.UTC(2026, 9, 25, 0, 30)]);
  });
});

describe('resolveDeadline: what the UI shows', () => {
  it('labels, spans, per-recipient clocks and the outside-hours flag', () => {
    const text = 'Could you review by Thu 17:00? Otherwise EOD tomorrow.';
    const [first, second, ...rest] = resolveDeadline(text, WED_10_CET, ana, [kim, raj]);
    expect(rest).toEqual([]);
    expect(first).toEqual({
      phrase: 'by Thu 17:00',
      span: [17, 29],
      at: Date.UTC(2026, 0, 15, 16),
      sender: 'Thu 17:00 CET',
      perRecipient: [
        // 08:00 PST: Kim starts at 09:00, so the deadline is before her day begins.
        { id: 'kim', name: 'Kim', local: 'Thu 08:00 PST', outsideHours: true, outOfOffice: false },
        // 21:30 IST: after Raj's day ended at 17:00.
        { id: 'raj', name: 'Raj', local: 'Thu 21:30 IST', outsideHours: true, outOfOffice: false },
      ],
      summary: 'by 17:00 Thu CET = 08:00 Thu PST = 21:30 Thu IST',
    });
    expect(text.slice(...second!.span)).toBe('EOD tomorrow');
    expect(second!.at).toBe(Date.UTC(2026, 0, 15, 16));
  });

  it('a deadline at the end of a recipient day is inside their hours; out-of-office is flagged', () => {
    // Sender Kim in LA writes "by 17:00 Thu CET": 16:00 UTC = Ana's 17:00, the end of her day.
    const [d] = resolveDeadline('by 17:00 Thu CET', WED_10_CET, kim, [ana]);
    expect(d).toMatchObject({ sender: 'Thu 08:00 PST', summary: 'by 08:00 Thu PST = 17:00 Thu CET' });
    expect(d!.perRecipient[0]).toMatchObject({ outsideHours: false, outOfOffice: false });
    const away = person('ana', 'Europe/Berlin', undefined, undefined, [{ start: '2026-01-15', end: '2026-01-15' }]);
    expect(resolveDeadline('by 17:00 Thu CET', WED_10_CET, kim, [away])[0]!.perRecipient[0]).toMatchObject({ outsideHours: true, outOfOffice: true });
  });

  it('returns [] for text without deadlines and never throws on odd text', () => {
    for (const text of [
      '', 'thanks!', 'see you at 3pm on Friday', 'the sun was out on sat', 'by the way, it works', 'in 99999 days',
      'by 13pm', 'by 24:30', 'by 31:00 CET', 'C\u2019mon', '🙂 by 🙂', 'pt et mt ct', 'by 2026-02-30',
    ]) {
      expect(resolveDeadline(text, WED_10_CET, ana, [kim]), text).toEqual([]);
    }
    expect(() => resolveDeadline('x'.repeat(10_000) + ' by Fri', WED_10_CET, ana, [kim])).not.toThrow();
  });

  it('throws only on invalid person data', () => {
    expect(() => resolveDeadline('by Fri', WED_10_CET, { timeZone: 'Mars/Base' }, [])).toThrow(/timeZone 'Mars\/Base'/);
    expect(() => resolveDeadline('by Fri', WED_10_CET, ana, [{ ...kim, workingHours: { mon: [{ start: '9', end: '17' }] } }])).toThrow(/Kim: workingHours.mon\[0\].start/);
  });
});
