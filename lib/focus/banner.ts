// The words focus mode puts in front of people: the host-page banner and the expectation line. Pure.
import { formatClock, weekdayShort } from '../schedule/calendar';
import { wallClock } from '../schedule/format-label';
import { nextCheckAt } from './next-check';

/** '11:30', '11:30 tomorrow' or '11:30 Wed': a time on the zone's clock, relative to `now`'s day. */
export function clockFrom(at: number, now: number, timeZone: string): string {
  const t = wallClock(at, timeZone);
  const ahead = t.day - wallClock(now, timeZone).day;
  const time = formatClock(t.minute);
  if (ahead <= 0) return time;
  return ahead === 1 ? `${time} tomorrow` : `${time} ${weekdayShort(t.day)}`;
}

/** What the words need of focus mode (the protocol's FocusState has it). */
export interface FocusEnd {
  active: boolean;
  /** Planned end (epoch ms) while active. */
  endsAt: number | null;
}

/** What both lines are worded from: focus mode, the batch-check windows ('HH:MM'), now, the user's zone. */
type FocusWordsInput = [state: FocusEnd, batchWindows: readonly string[], now: number, timeZone: string];

function endOf(state: FocusEnd): number | null {
  return state.active && state.endsAt !== null ? state.endsAt : null;
}

/** "Focus until 11:30 · next check 13:00" while focusing; null otherwise. */
export function focusBannerText(...[state, batchWindows, now, timeZone]: FocusWordsInput): string | null {
  const end = endOf(state);
  if (end === null) return null;
  const until = `Focus until ${clockFrom(end, now, timeZone)}`;
  const check = nextCheckAt(batchWindows, now, timeZone);
  if (!check) return until;
  return `${until} · next check ${check.time}${check.daysAhead ? ' tomorrow' : ''}`;
}

/** "I'm in focus time until 11:30; I'll reply at my 13:00 check." — the first check once focus ends. */
export function focusExpectationLine(...[state, batchWindows, now, timeZone]: FocusWordsInput): string | null {
  const end = endOf(state);
  if (end === null) return null;
  const head = `I'm in focus time until ${clockFrom(end, now, timeZone)}`;
  const check = nextCheckAt(batchWindows, end, timeZone);
  if (!check) return `${head}; I'll reply after that.`;
  const day = wallClock(end, timeZone).day + check.daysAhead - wallClock(now, timeZone).day;
  const when = day <= 0 ? '' : day === 1 ? ' tomorrow' : ` on ${weekdayShort(wallClock(end, timeZone).day + check.daysAhead)}`;
  return `${head}; I'll reply at my ${check.time} check${when}.`;
}
