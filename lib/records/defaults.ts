// What a fresh install starts with. Pure; the zone comes from the platform unless given.
import { PART_IDS, URGENCY_LABELS, type PartId, type UrgencyLabel } from '../analysis/types';
import { modernZoneName } from '../time';
import type { DailyStats, FocusPrefs, Me, Norms, Settings } from './types';

/** The platform's zone, or UTC when the platform cannot tell. */
export function detectTimeZone(): string {
  try {
    return modernZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  } catch {
    return 'UTC';
  }
}

const NINE_TO_FIVE = [{ start: '09:00', end: '17:00' }];

/** Default "me": detected zone, Mon–Fri 09:00–17:00, no time off. */
export function defaultMe(timeZone: string = detectTimeZone()): Me {
  return {
    name: '',
    timeZone,
    workingHours: { mon: NINE_TO_FIVE, tue: NINE_TO_FIVE, wed: NINE_TO_FIVE, thu: NINE_TO_FIVE, fri: NINE_TO_FIVE },
    outOfOffice: [],
  };
}

/** The team norms the extension teaches (urgency labels: lib/analysis/README.md). */
export function defaultNorms(): Norms {
  return {
    urgent: {
      expectation: 'within minutes — page/call, chat alone is not enough',
      targetMinutes: 15,
      workingTime: false,
    },
    'same-day': { expectation: 'within a few working hours', targetMinutes: 240, workingTime: true },
    normal: { expectation: 'within one business day', targetMinutes: 1440, workingTime: true },
    fyi: { expectation: 'no reply needed', targetMinutes: null, workingTime: false },
  };
}

/** Default focus preferences. */
export function defaultFocusPrefs(): FocusPrefs {
  return { presets: [25, 50, 90], batchWindows: ['09:00', '13:00', '16:30'], hideUnreadBadges: true, blocks: [] };
}

/** All default settings. */
export function defaultSettings(timeZone?: string): Settings {
  return { me: defaultMe(timeZone), norms: defaultNorms(), focus: defaultFocusPrefs() };
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

/** An empty aggregate row for one day. */
export function emptyDay(day: string): DailyStats {
  return {
    day,
    messagesAssisted: 0,
    scoreSum: 0,
    scoreCount: 0,
    missingParts: zeroes<PartId>(PART_IDS),
    urgencyMix: zeroes<UrgencyLabel>(URGENCY_LABELS),
    scheduledSends: 0,
    sendsMovedIntoHours: 0,
    insertedSuggestions: 0,
  };
}
