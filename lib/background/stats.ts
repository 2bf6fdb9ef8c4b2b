// stats/* requests: daily aggregates in the user's own zone. Never message text.
import { PART_IDS, URGENCY_LABELS } from '../analysis/types';
import { emptyDay } from '../records/defaults';
import { getSettings } from '../db/settings-repo';
import { recordStatsEvent, statsBetween } from '../db/stats-repo';
import type { DailyStats } from '../records/types';
import type { StatsTotals } from '../protocol/responses';
import type { Handlers } from './context';

/** The 'YYYY-MM-DD' date of `at` in `timeZone`. */
export function dayKey(at: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The `count` calendar days ending with `lastDay`, oldest first (calendar arithmetic, DST-proof). */
export function daysEnding(lastDay: string, count: number): string[] {
  const [y, m, d] = lastDay.split('-').map(Number) as [number, number, number];
  return Array.from({ length: count }, (_, i) =>
    new Date(Date.UTC(y, m - 1, d - (count - 1 - i))).toISOString().slice(0, 10),
  );
}

/** Sums days into totals. */
export function totalsOf(days: readonly DailyStats[]): StatsTotals {
  const t = days.reduce((acc, d) => {
    acc.messagesAssisted += d.messagesAssisted;
    acc.scoreSum += d.scoreSum;
    acc.scoreCount += d.scoreCount;
    acc.scheduledSends += d.scheduledSends;
    acc.sendsMovedIntoHours += d.sendsMovedIntoHours;
    acc.insertedSuggestions += d.insertedSuggestions;
    for (const p of PART_IDS) acc.missingParts[p] += d.missingParts[p] ?? 0;
    for (const u of URGENCY_LABELS) acc.urgencyMix[u] += d.urgencyMix[u] ?? 0;
    return acc;
  }, emptyDay(''));
  const { day: _day, scoreSum, scoreCount, ...rest } = t;
  return { ...rest, averageScore: scoreCount ? Math.round(scoreSum / scoreCount) : null };
}

/** stats/record, stats/get. */
export const statsHandlers: Handlers<'stats/record' | 'stats/get'> = {
  async 'stats/record'(req, ctx) {
    const { me } = await getSettings(ctx.db);
    return recordStatsEvent(ctx.db, dayKey(ctx.now(), me.timeZone), req.event);
  },

  async 'stats/get'(req, ctx) {
    const { me } = await getSettings(ctx.db);
    const keys = daysEnding(dayKey(ctx.now(), me.timeZone), req.days);
    const stored = new Map((await statsBetween(ctx.db, keys[0]!, keys[keys.length - 1]!)).map((d) => [d.day, d]));
    // Every day present (zeros for quiet days) so charts need no gap filling.
    const days = keys.map((k) => stored.get(k) ?? emptyDay(k));
    return { days, totals: totalsOf(days) };
  },
};
