// The pure helpers behind the sidebar: highlight runs, clock phrases, captions, fix detection.
import { describe, expect, it } from 'vitest';
import { localNow, workingWindows } from '../../../lib/schedule';
import { localStatus } from '../../../lib/sidebar/format';
import { highlightRuns, mergeSpans } from '../../../lib/sidebar/highlight';
import { isInsertableFix } from '../../../lib/sidebar/labels';
import { overlapCaption, pictureTicks, wrappedParts } from '../../../lib/sidebar/overlap-caption';
import { groupZones, zoneOption } from '../../../components/sidebar/AddPersonForm';
import { ana, colleague, priya } from './people';

describe('highlight', () => {
  it('merges overlapping and touching spans and clamps them to the text', () => {
    expect(mergeSpans([[5, 9], [0, 2], [8, 12], [12, 14], [20, 40], [3, 3]], 25)).toEqual([[0, 2], [5, 14], [20, 25]]);
  });

  it('splits the draft into plain and marked runs that rebuild it exactly', () => {
    const text = 'See https://x.io/1 and #42.';
    const runs = highlightRuns(text, [[23, 26], [4, 18]]);
    expect(runs).toEqual([
      { text: 'See ', marked: false },
      { text: 'https://x.io/1', marked: true },
      { text: ' and ', marked: false },
      { text: '#42', marked: true },
      { text: '.', marked: false },
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });

  it('an empty draft is one empty run', () => {
    expect(highlightRuns('', [[0, 4]])).toEqual([{ text: '', marked: false }]);
  });
});

describe('localStatus', () => {
  it('says out of office and when they are back', () => {
    const away = { ...colleague('ana', 'Ana', 'Europe/Berlin'), outOfOffice: [{ start: '2026-01-12', end: '2026-01-14' }] };
    const now = Date.UTC(2026, 0, 12, 10);
    expect(localStatus(localNow(away, now), away.timeZone)).toBe('11:00 Mon · out of office, back Thu 15 Jan 09:00');
  });

  it('says when nobody is back within the window', () => {
    const idle = { id: 'x', name: 'X', timeZone: 'UTC', workingHours: {} };
    expect(localStatus(localNow(idle, Date.UTC(2026, 0, 12, 10)), 'UTC')).toBe('10:00 Mon · off, not in within 14 days');
  });
});

describe('night shifts (22:00–06:00, stored as 22:00–24:00 plus 00:00–06:00 the next day)', () => {
  const night = (timeZone: string) => ({
    id: 'mia', name: 'Mia', timeZone,
    workingHours: {
      mon: [{ start: '22:00', end: '24:00' }], tue: [{ start: '00:00', end: '06:00' }, { start: '22:00', end: '24:00' }],
      wed: [{ start: '00:00', end: '06:00' }],
    },
  });

  it('on the first night the caption names the whole shift and the picture wraps its morning part', () => {
    const w = workingWindows([night('UTC')], '2026-01-12', 'UTC'); // Monday: no shift ran into it
    expect(w.people[0]!.windows).toEqual([[1320, 1440]]);
    expect(w.people[0]!.shifts).toEqual([[1320, 1800]]);
    expect(overlapCaption(w)).toBe('Mia works 22:00–06:00 your time');
    expect(wrappedParts(w, w.people[0]!.windows, w.people[0]!.shifts)).toEqual([[0, 360]]);
  });

  it('a day between two nights shows both parts once, and nothing extra to wrap', () => {
    const w = workingWindows([night('UTC')], '2026-01-13', 'UTC');
    expect(w.people[0]!.windows).toEqual([[0, 360], [1320, 1440]]);
    expect(overlapCaption(w)).toBe('Mia works 22:00–06:00 your time');
    expect(wrappedParts(w, w.people[0]!.windows, w.people[0]!.shifts)).toEqual([]);
  });

  it('is read on the sender clock: 22:00–06:00 in Kolkata is 16:30–00:30 UTC', () => {
    const w = workingWindows([night('Asia/Kolkata')], '2026-01-12', 'UTC');
    expect(overlapCaption(w)).toBe('Mia works 16:30–00:30 your time');
  });
});

describe('overlap caption and ticks', () => {
  it('names the shared window, or the best partial one', () => {
    const both = workingWindows([ana, priya], '2026-01-12', 'UTC');
    expect(overlapCaption(both)).toBe('Both overlap 08:00–11:30 your time');
    const sam = colleague('sam', 'Sam', 'America/Los_Angeles');
    const three = workingWindows([ana, priya, sam], '2026-01-12', 'UTC');
    // Los Angeles 09:00-17:00 PST is 17:00-01:00 UTC: it meets neither Berlin nor Bengaluru.
    expect(overlapCaption(three)).toBe('No time when all 3 work; 2 overlap 08:00–11:30 your time');
  });

  it('labels ticks with the true wall clock on a clock-change day', () => {
    // Berlin springs forward on 2026-03-29: the day is 23 hours, so six real hours in it reads 07:00.
    const w = workingWindows([ana], '2026-03-29', 'Europe/Berlin');
    expect(w.minutes).toBe(1380);
    expect(pictureTicks(w).map((t) => t.label)).toEqual(['00', '07', '13', '19', '24']);
  });
});

describe('fix detection', () => {
  it.each([
    ['No reply needed; this is for your information.', true],
    ['Add the zone: "by EOD Thur CET".', false],
    ['Name who should act: "@[name], could you …?"', false],
    ['Drop "URGENT" and say what it blocks.', false],
    ['', false],
  ])('%j → %s', (fix, insertable) => {
    expect(isInsertableFix(fix)).toBe(insertable);
  });
});

describe('zone picker', () => {
  it('groups zones by region and names them without the region', () => {
    expect(groupZones(['Europe/Berlin', 'America/Argentina/Buenos_Aires', 'UTC', 'America/New_York'])).toEqual([
      ['America', ['America/Argentina/Buenos_Aires', 'America/New_York']],
      ['Europe', ['Europe/Berlin']],
      ['Other', ['UTC']],
    ]);
    expect(zoneOption('America/Argentina/Buenos_Aires')).toBe('Argentina / Buenos Aires');
    expect(zoneOption('UTC')).toBe('UTC');
  });
});
