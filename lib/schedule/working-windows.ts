// Who works when during one day of the viewer's calendar, for the 24-hour overlap picture.
//
// Minutes are real elapsed minutes since the viewer's local midnight, so a spring-forward day
// spans 0..1380 and a fall-back day 0..1500 (`minutes` says which). Bars then keep true
// proportions and never overlap or leave a hole at the clock change; the UI labels hours from
// `start` with formatLabel rather than assuming hour h sits at minute 60h.
import { DAY, MINUTE, parseDay } from './calendar';
import { ScheduleInputError } from './schedule-input-error';
import { countPieces } from './sweep';
import type { Person } from './types';
import { compilePerson } from './validate-person';
import { planPeople, type Interval } from './working-intervals';
import { isValidTimeZone } from '../time';
import { buildTimeline, localToInstant } from './zone-timeline';

export type MinuteRange = [startMinute: number, endMinute: number];

export interface WorkingWindows {
  day: string;
  timeZone: string;
  start: number; // epoch ms of the viewer's local midnight (first instant after it if midnight is skipped)
  end: number; // epoch ms of the next local midnight
  minutes: number; // real length of the day: 1440, or 1380 / 1500 on clock-change days
  /**
   * `windows`: working time inside the day. `shifts`: the whole shifts that touch the day, unclipped,
   * so a night shift reads 22:00–06:00 (its end past `minutes`, or its start below 0).
   */
  people: Array<{ id: string; name: string; windows: MinuteRange[]; shifts: MinuteRange[] }>;
  everyone: MinuteRange[]; // everybody working (empty when there are no people)
  most: { count: number; windows: MinuteRange[] }; // the day's highest head count, and when
}

/** Per-person working windows within the viewer's day `day` ('YYYY-MM-DD' in `viewerTimeZone`). */
export function workingWindows(people: Person[], day: string, viewerTimeZone: string): WorkingWindows {
  if (!isValidTimeZone(viewerTimeZone)) {
    throw new ScheduleInputError('', 'viewerTimeZone', `viewerTimeZone '${viewerTimeZone}' is not a valid IANA time zone`);
  }
  const dayNum = parseDay(day);
  if (dayNum === null) throw new ScheduleInputError('', 'day', `day '${day}' must be a real date 'YYYY-MM-DD'`);
  const compiled = people.map(compilePerson);
  const viewer = buildTimeline(viewerTimeZone, dayNum * DAY - 2 * DAY, dayNum * DAY + 3 * DAY);
  const start = localToInstant(dayNum * DAY, viewer);
  const end = localToInstant((dayNum + 1) * DAY, viewer);
  // A day either side, so shifts that cross midnight are seen whole.
  const plans = planPeople(compiled, start - DAY, end + DAY);
  const toMinutes = ([a, b]: Interval): MinuteRange => [Math.round((a - start) / MINUTE), Math.round((b - start) / MINUTE)];
  const touching = (list: Interval[]) => list.filter(([a, b]) => a < end && b > start);
  const inDay = (list: Interval[]) => touching(list).map(([a, b]): Interval => [Math.max(a, start), Math.min(b, end)]);

  const pieces = countPieces(plans.map((x) => inDay(x.intervals)));
  const most = pieces.reduce((m, [, , c]) => Math.max(m, c), 0);
  const where = (count: number) => mergeAdjacent(pieces.filter(([, , c]) => c === count)).map(toMinutes);
  return {
    day,
    timeZone: viewerTimeZone,
    start,
    end,
    minutes: Math.round((end - start) / MINUTE),
    people: plans.map((x) => ({
      id: x.p.person.id,
      name: x.p.person.name,
      windows: inDay(x.intervals).map(toMinutes),
      shifts: touching(x.intervals).map(toMinutes),
    })),
    everyone: people.length > 0 ? where(people.length) : [],
    most: { count: most, windows: most > 0 ? where(most) : [] },
  };
}

function mergeAdjacent(pieces: Array<[number, number, number]>): Interval[] {
  const out: Interval[] = [];
  for (const [a, b] of pieces) {
    const last = out[out.length - 1];
    if (last && last[1] === a) last[1] = b;
    else out.push([a, b]);
  }
  return out;
}
