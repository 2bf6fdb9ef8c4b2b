// Schemas for stored records as they appear in a full backup file. Pure.
import * as v from 'valibot';
import { PART_IDS, URGENCY_LABELS } from '../analysis/types';
import { normalizeEmail, normalizeHandle } from '../db/person-match';
import { HOST_ORIGINS_IN_WORDS, hostOriginOf } from '../hosts/matches';
import {
  DateRangeSchema,
  Id,
  OutboxItemInputSchema,
  OutboxStatusSchema,
  PersonInputSchema,
  SettingsPatchSchema,
} from '../protocol/schemas';

const Timestamp = v.pipe(v.number(), v.integer(), v.minValue(0));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** A directory entry with its id and timestamps; aliases re-normalised on the way in. */
export const PersonRecordSchema = v.pipe(
  v.object({
    ...PersonInputSchema.entries,
    id: Id,
    outOfOffice: v.optional(v.array(DateRangeSchema), []),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  }),
  v.transform((p) => ({
    ...p,
    handles: [...new Set(p.handles.map(normalizeHandle))],
    emails: [...new Set(p.emails.map(normalizeEmail))],
  })),
);

export const OutboxItemSchema = v.pipe(
  v.object({
    ...OutboxItemInputSchema.entries,
    id: Id,
    createdAt: Timestamp,
    updatedAt: Timestamp,
    status: OutboxStatusSchema,
    origin: v.optional(v.pipe(v.string(), v.check((o) => hostOriginOf(o) === o, `must be one of ${HOST_ORIGINS_IN_WORDS}`))),
    account: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(100)))),
  }),
  // A draft belongs to the origin it was written on: its link may not point at another host.
  v.check((i) => i.origin === undefined || i.origin === hostOriginOf(i.conversation.url), 'origin does not match its conversation link'),
);

export const FocusSessionSchema = v.object({
  id: Id,
  start: Timestamp,
  end: Timestamp,
  endedAt: v.optional(Timestamp),
  kind: v.picklist(['manual', 'block'] as const),
});

const counts = <K extends string>(keys: readonly K[]) =>
  v.object(Object.fromEntries(keys.map((k) => [k, v.optional(Count, 0)])) as Record<K, v.OptionalSchema<typeof Count, 0>>);

export const DailyStatsSchema = v.object({
  day: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day like 2026-03-01')),
  messagesAssisted: Count,
  scoreSum: Count,
  scoreCount: Count,
  missingParts: counts(PART_IDS),
  urgencyMix: counts(URGENCY_LABELS),
  scheduledSends: v.optional(Count, 0),
  sendsMovedIntoHours: Count,
  insertedSuggestions: Count,
});

/** Settings in a backup: any section may be missing (defaults fill it). */
export const BackupSettingsSchema = v.object({
  me: v.optional(SettingsPatchSchema.entries.me.wrapped),
  norms: v.optional(SettingsPatchSchema.entries.norms.wrapped),
  focus: v.optional(SettingsPatchSchema.entries.focus.wrapped),
});

/** The newest backup format version this code reads and writes. */
export const BACKUP_VERSION = 1;

export const BackupSchema = v.object({
  format: v.literal('composure-backup', "is not 'composure-backup' (is this a Composure backup file?)"),
  version: v.pipe(
    v.number(),
    v.integer(),
    v.minValue(1),
    v.maxValue(BACKUP_VERSION, `is newer than this Composure understands (${BACKUP_VERSION}); update the extension`),
  ),
  exportedAt: v.optional(Timestamp),
  settings: v.optional(BackupSettingsSchema, {}),
  people: v.optional(v.array(PersonRecordSchema), []),
  outbox: v.optional(v.array(OutboxItemSchema), []),
  focusSessions: v.optional(v.array(FocusSessionSchema), []),
  stats: v.optional(v.array(DailyStatsSchema), []),
});
