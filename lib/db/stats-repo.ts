// Daily aggregates. Only counters are stored: events carry no text, recipients or conversations.
import type { ComposureDb } from './database';
import { emptyDay } from '../records/defaults';
import { guard } from './errors';
import type { DailyStats, StatsEvent } from '../records/types';

/** Adds one event to a day's counters (pure). */
export function applyStatsEvent(day: DailyStats, event: StatsEvent): DailyStats {
  const next: DailyStats = {
    ...day,
    missingParts: { ...day.missingParts },
    urgencyMix: { ...day.urgencyMix },
  };
  switch (event.kind) {
    case 'message':
      next.messagesAssisted += 1;
      if (event.score !== null) {
        next.scoreSum += event.score;
        next.scoreCount += 1;
      }
      for (const part of new Set(event.missing)) next.missingParts[part] = (next.missingParts[part] ?? 0) + 1;
      next.urgencyMix[event.urgency] = (next.urgencyMix[event.urgency] ?? 0) + 1;
      break;
    case 'suggestion-inserted':
      next.insertedSuggestions += 1;
      break;
    case 'send-scheduled':
      next.scheduledSends += 1;
      if (event.movedIntoHours) next.sendsMovedIntoHours += 1;
      break;
  }
  return next;
}

/** Records an event on `day` ('YYYY-MM-DD') atomically; returns the updated day. */
export function recordStatsEvent(db: ComposureDb, day: string, event: StatsEvent): Promise<DailyStats> {
  return guard(() =>
    db.transaction('rw', db.stats, async () => {
      const next = applyStatsEvent((await db.stats.get(day)) ?? emptyDay(day), event);
      await db.stats.put(next);
      return next;
    }),
  );
}

/** Stored days in [from, to], inclusive, ascending. */
export function statsBetween(db: ComposureDb, from: string, to: string): Promise<DailyStats[]> {
  return guard(() => db.stats.where('day').between(from, to, true, true).toArray());
}
