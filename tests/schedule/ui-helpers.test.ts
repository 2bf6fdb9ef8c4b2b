// localNow, workingWindows and the label formatter, including clock-change days.
import { describe, expect, it } from 'vitest';
import { formatLabel, localNow, workingWindows, zoneAbbreviation } from '../../lib/schedule';
import { person } from './people';

describe('formatLabel', () => {
  it.each([
    [Date.UTC(2026, 0, 12, 8), 'Europe/Berlin', 'Mon 09:00 CET'],
    [Date.UTC(2026, 6, 13, 8), 'Europe/Berlin', 'Mon 10:00 CEST'],
    [Date.UTC(2026, 0, 12, 8), 'America/Los_Angeles', 'Mon 00:00 PST'],
    [Date.UTC(2026, 0, 12, 8), 'Asia/Kolkata', 'Mon 13:30 IST'],
    [Date.UTC(2026, 0, 12, 8), 'Asia/Kathmandu', 'Mon 13:45 UTC+5:45'],
    [Date.UTC(2026, 0, 12, 8), 'Australia/Adelaide', 'Mon 18:30 ACDT'],
    [Date.UTC(2026, 0, 12, 8), 'Europe/London', 'Mon 08:00 GMT'],
    [Date.UTC(2026, 6, 13, 8), 'Europe/London', 'Mon 09:00 BST'],
    [Date.UTC(2026, 0, 12, 8), 'UTC', 'Mon 08:00 UTC'],
  ])('%d in %s is %s', (t, zone, label) => {
    expect(formatLabel(t, zone)).toBe(label);
  });

  it('names the offset change on the change day itself', () => {
    // Berlin 01:59 CET is 00:59 UTC; a minute later the clock reads 03:00 CEST.
    expect(formatLabel(Date.UTC(2026, 2, 29, 0, 59), 'Europe/Berlin')).toBe('Sun 01:59 CET');
    expect(formatLabel(Date.UTC(2026, 2, 29, 1, 0), 'Europe/Berlin')).toBe('Sun 03:00 CEST');
    expect(zoneAbbreviation('America/New_York', Date.UTC(2026, 10, 1, 6))).toBe('EST');
  });
});

describe('localNow', () => {
  it('reads the wall clock and when the state next changes', () => {
    // Mon 2026-01-12 06:15 UTC = 12:00 in Kathmandu (+5:45), inside 10:00-18:00; ends 18:00 = 12:15 UTC.
    expect(localNow(person('sita', 'Asia/Kathmandu', ['10:00-18:00']), Date.UTC(2026, 0, 12, 6, 15))).toEqual({
      time: '12:00', weekday: 'mon', date: '2026-01-12', offsetLabel: 'UTC+5:45',
      working: true, outOfOffice: false, nextChange: Date.UTC(2026, 0, 12, 12, 15),
    });
  });

  it('off on a Friday in Riyadh, next change is Sunday 08:00 (05:00 UTC)', () => {
    const omar = person('omar', 'Asia/Riyadh', ['08:00-16:00'], ['sun', 'mon', 'tue', 'wed', 'thu']);
    expect(localNow(omar, Date.UTC(2026, 0, 16, 9))).toMatchObject({
      time: '12:00', weekday: 'fri', working: false, nextChange: Date.UTC(2026, 0, 18, 5),
    });
  });

  it('a 24:00 end and a 00:00 start are one continuous shift', () => {
    // UTC worker Mon 20:00-24:00 + Tue 00:00-04:00: at Mon 23:30 the next change is Tue 04:00, not midnight.
    const p = { ...person('uma', 'UTC', ['20:00-24:00'], ['mon']), workingHours: { mon: [{ start: '20:00', end: '24:00' }], tue: [{ start: '00:00', end: '04:00' }] } };
    expect(localNow(p, Date.UTC(2026, 0, 12, 23, 30))).toMatchObject({ working: true, nextChange: Date.UTC(2026, 0, 13, 4) });
  });

  it('out of office today, with no change in 14 days', () => {
    const away = person('ana', 'Europe/Berlin', undefined, undefined, [{ start: '2026-01-10', end: '2026-02-10' }]);
    const r = localNow(away, Date.UTC(2026, 0, 12, 10));
    expect(r).toMatchObject({ working: false, outOfOffice: true, offsetLabel: 'CET' });
    expect(r.nextChange).toBeUndefined();
  });
});

describe('workingWindows', () => {
  const sundays = ['09:00-17:00'];
  const ana = person('ana', 'Europe/Berlin', sundays, ['sun']);
  const raj = person('raj', 'Asia/Kolkata', sundays, ['sun']);

  it('an ordinary day: minutes from the viewer midnight, plus everyone and most', () => {
    // Viewer Berlin, Sun 2026-01-11 (CET): midnight = Sat 23:00 UTC. Ana 09:00-17:00 -> 540..1020.
    // Raj 09:00-17:00 IST = 03:30-11:30 UTC = 04:30-12:30 CET -> 270..750. Both: 540..750.
    const w = workingWindows([ana, raj], '2026-01-11', 'Europe/Berlin');
    expect(w).toMatchObject({ start: Date.UTC(2026, 0, 10, 23), end: Date.UTC(2026, 0, 11, 23), minutes: 1440 });
    expect(w.people).toEqual([
      { id: 'ana', name: 'Ana', windows: [[540, 1020]], shifts: [[540, 1020]] },
      { id: 'raj', name: 'Raj', windows: [[270, 750]], shifts: [[270, 750]] },
    ]);
    expect(w.everyone).toEqual([[540, 750]]);
    expect(w.most).toEqual({ count: 2, windows: [[540, 750]] });
  });

  it('spring-forward day is 1380 minutes long', () => {
    // Sun 2026-03-29 in Berlin runs 23:00 UTC (Sat) to 22:00 UTC. Ana 09:00 CEST = 07:00 UTC -> 480,
    // 17:00 CEST = 15:00 UTC -> 960. Raj 03:30-11:30 UTC -> 270..750.
    const w = workingWindows([ana, raj], '2026-03-29', 'Europe/Berlin');
    expect(w.minutes).toBe(1380);
    expect(w.people.map((p) => p.windows)).toEqual([[[480, 960]], [[270, 750]]]);
    expect(w.everyone).toEqual([[480, 750]]);
  });

  it('fall-back day is 1500 minutes long and a repeated hour is worked twice', () => {
    // Sun 2026-10-25 in Berlin starts 22:00 UTC (Sat). Lee works 02:30-03:30: first pass 02:30-03:00
    // CEST = 00:30-01:00 UTC (150..180), then 02:30-03:30 CET = 01:30-02:30 UTC (210..270).
    const lee = person('lee', 'Europe/Berlin', ['02:30-03:30'], ['sun']);
    const w = workingWindows([lee], '2026-10-25', 'Europe/Berlin');
    expect(w.minutes).toBe(1500);
    expect(w.people[0]!.windows).toEqual([[150, 180], [210, 270]]);
    expect(w.most).toEqual({ count: 1, windows: [[150, 180], [210, 270]] });
  });

  it('nobody in common: everyone is empty, most shows the best partial overlap', () => {
    // Viewer UTC Mon 2026-01-12. Berlin 08:00-16:00 UTC. Sydney (AEDT, +11): its Monday shift is
    // Sun 22:00 - Mon 06:00 UTC (shown 0..360) and its Tuesday shift starts Mon 22:00 UTC (1320..).
    // LA (PST, -8): Monday 09:00 = 17:00 UTC until Tue 01:00 UTC (1020..1440, clipped). Only
    // Sydney and LA ever overlap: 22:00-24:00.
    const w = workingWindows(
      [person('ana', 'Europe/Berlin'), person('lee', 'Australia/Sydney'), person('kim', 'America/Los_Angeles')],
      '2026-01-12',
      'UTC',
    );
    expect(w.people.map((p) => p.windows)).toEqual([[[480, 960]], [[0, 360], [1320, 1440]], [[1020, 1440]]]);
    expect(w.everyone).toEqual([]);
    expect(w.most).toEqual({ count: 2, windows: [[1320, 1440]] });
  });

  it('no people', () => {
    expect(workingWindows([], '2026-01-12', 'UTC')).toMatchObject({ people: [], everyone: [], most: { count: 0, windows: [] } });
  });
});
