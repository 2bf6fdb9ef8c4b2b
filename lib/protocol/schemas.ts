// Valibot schemas for the domain values carried by messages and files. Pure.
import * as v from 'valibot';
import { PART_IDS, URGENCY_LABELS } from '../analysis/types';
import { HOST_ORIGINS_IN_WORDS, hostOriginOf } from '../hosts/matches';
import { WEEKDAYS, type Weekday } from '../schedule/types';
import {
  canonicalTimeZone,
  dateProblem,
  emailProblem,
  handleProblem,
  overlapProblem,
  rangeProblem,
  timeProblem,
  endTimeProblem,
  timeZoneProblem,
} from './validators';

// Turns a problem-returning check into a valibot check whose message is that problem.
function checked<T>(problem: (input: T) => string | undefined) {
  return v.check<T, (issue: v.CheckIssue<T>) => string>(
    (input) => problem(input) === undefined,
    (issue) => problem(issue.input as T) ?? 'is invalid',
  );
}

export const NonEmptyText = (max: number) =>
  v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max, `is longer than ${max} characters`));

/** A person's handles, and separately emails, are capped at this many (import merges included). */
export const MAX_ALIASES = 20;
export const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
export const UrgencySchema = v.picklist(URGENCY_LABELS as readonly (typeof URGENCY_LABELS)[number][]);
export const PartIdSchema = v.picklist(PART_IDS as readonly (typeof PART_IDS)[number][]);
export const HostSchema = v.picklist(['slack', 'teams'] as const);
export const OutboxStatusSchema = v.picklist(['scheduled', 'due', 'restored', 'sent-by-host', 'cancelled'] as const);

/** IANA zone, canonicalised ('europe/berlin' → 'Europe/Berlin'). */
export const TimeZoneSchema = v.pipe(
  v.string(),
  v.trim(),
  checked(timeZoneProblem),
  v.transform((z) => canonicalTimeZone(z) ?? z),
);
export const TimeSchema = v.pipe(v.string(), checked(timeProblem));
const EndTimeSchema = v.pipe(v.string(), checked(endTimeProblem));
export const DateSchema = v.pipe(v.string(), checked(dateProblem));
export const EmailSchema = v.pipe(v.string(), v.trim(), checked(emailProblem));
export const HandleSchema = v.pipe(v.string(), v.trim(), checked(handleProblem));

export const TimeRangeSchema = v.pipe(
  v.object({ start: TimeSchema, end: EndTimeSchema }),
  v.check((r) => rangeProblem(r.start, r.end) === undefined, (i) => rangeProblem(i.input.start, i.input.end)!),
);
export const DateRangeSchema = v.pipe(
  v.object({ start: DateSchema, end: DateSchema }),
  v.check((r) => r.end >= r.start, (i) => `end ${i.input.end} is before start ${i.input.start}`),
);

const DayRanges = v.pipe(
  v.array(TimeRangeSchema),
  v.maxLength(12, 'has more than 12 ranges in one day'),
  v.check((rs) => overlapProblem(rs) === undefined, (i) => overlapProblem(i.input)!),
);
/** Weekday → ranges; unknown keys (e.g. 'monday') are rejected rather than silently dropped. */
export const WorkingHoursSchema = v.pipe(
  v.strictObject(
    Object.fromEntries(WEEKDAYS.map((d) => [d, v.optional(DayRanges)])) as Record<Weekday, v.OptionalSchema<typeof DayRanges, undefined>>,
  ),
  // Nobody is reachable without working hours, so scheduling for them would be meaningless.
  v.check((h) => Object.values(h).some((rs) => rs && rs.length > 0), 'has no working hours (give at least one day)'),
);

/** A directory entry as written by the popup or a file. */
export const PersonInputSchema = v.object({
  id: v.optional(Id),
  // Stored with single spaces, so people/match finds a name through the name index (people-repo.ts).
  name: v.pipe(NonEmptyText(200), v.transform((name) => name.replace(/\s+/g, ' '))),
  handles: v.optional(v.pipe(v.array(HandleSchema), v.maxLength(MAX_ALIASES, `has more than ${MAX_ALIASES} entries`)), []),
  emails: v.optional(v.pipe(v.array(EmailSchema), v.maxLength(MAX_ALIASES, `has more than ${MAX_ALIASES} entries`)), []),
  timeZone: TimeZoneSchema,
  workingHours: WorkingHoursSchema,
  outOfOffice: v.optional(v.pipe(v.array(DateRangeSchema), v.maxLength(200, 'has more than 200 entries'))),
  previousName: v.optional(NonEmptyText(200)),
});

const NormSchema = v.object({
  expectation: v.pipe(v.string(), v.maxLength(300)),
  targetMinutes: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(60 * 24 * 30))),
  workingTime: v.boolean(),
});

/** A weekly focus block: weekdays plus a same-day 'HH:MM' range in the user's zone. */
export const FocusBlockSchema = v.pipe(
  v.strictObject({
    id: Id,
    days: v.pipe(v.array(v.picklist(WEEKDAYS as readonly Weekday[])), v.minLength(1, 'needs at least one day'), v.maxLength(7)),
    start: TimeSchema,
    end: TimeSchema,
  }),
  v.check((b) => rangeProblem(b.start, b.end) === undefined, (i) => rangeProblem(i.input.start, i.input.end)!),
);

/** A partial settings update; each section is shallow-merged by the background. */
export const SettingsPatchSchema = v.strictObject({
  me: v.optional(
    v.partial(
      v.strictObject({
        name: v.pipe(v.string(), v.trim(), v.maxLength(200)),
        timeZone: TimeZoneSchema,
        workingHours: WorkingHoursSchema,
        outOfOffice: v.pipe(v.array(DateRangeSchema), v.maxLength(200)),
      }),
    ),
  ),
  norms: v.optional(
    v.partial(
      v.strictObject(
        Object.fromEntries(URGENCY_LABELS.map((l) => [l, v.partial(NormSchema)])) as Record<
          (typeof URGENCY_LABELS)[number],
          ReturnType<typeof v.partial<typeof NormSchema>>
        >,
      ),
    ),
  ),
  focus: v.optional(
    v.partial(
      v.strictObject({
        presets: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(480))), v.minLength(1), v.maxLength(6)),
        batchWindows: v.pipe(v.array(TimeSchema), v.maxLength(12)),
        hideUnreadBadges: v.boolean(),
        blocks: v.pipe(v.array(FocusBlockSchema), v.maxLength(20)),
      }),
    ),
  ),
});

/** A link into one of the hosts in the manifest ('https://app.slack.com/…'): a notification click opens it in a tab. */
export const HostUrlSchema = v.pipe(
  v.string(),
  v.url(),
  v.check((u) => hostOriginOf(u) !== null, `must be a link on ${HOST_ORIGINS_IN_WORDS}`),
);

/** Only links into the hosts: a notification click opens this URL in a tab. */
export const ConversationSchema = v.object({
  key: NonEmptyText(500),
  title: v.pipe(v.string(), v.trim(), v.maxLength(300)),
  url: HostUrlSchema,
});

/** What a content script sends to schedule a draft. */
export const OutboxItemInputSchema = v.object({
  host: HostSchema,
  conversation: ConversationSchema,
  text: v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(40_000)),
  recipients: v.pipe(v.array(Id), v.maxLength(500)),
  urgency: UrgencySchema,
  sendAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** Aggregates only; strict objects so an event carrying text (or anything extra) is rejected. */
export const StatsEventSchema = v.variant('kind', [
  v.strictObject({
    kind: v.literal('message'),
    score: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100))),
    missing: v.pipe(v.array(PartIdSchema), v.maxLength(8)),
    urgency: UrgencySchema,
  }),
  v.strictObject({ kind: v.literal('suggestion-inserted'), part: v.picklist([...PART_IDS, 'expectation'] as const) }),
  v.strictObject({ kind: v.literal('send-scheduled'), movedIntoHours: v.boolean() }),
]);

/** One selector failure from a content script; no page text. */
export const DiagnosticFailureSchema = v.strictObject({
  feature: NonEmptyText(100),
  selector: v.optional(v.pipe(v.string(), v.maxLength(500))),
  message: v.pipe(v.string(), v.maxLength(500)),
});

/** The longest draft the background analyses (chat hosts cap a message far below this). */
export const MAX_ANALYSIS_TEXT = 200_000;
/** A draft to analyse: never stored, never logged, never echoed back in an error. */
export const AnalysisTextSchema = v.pipe(
  v.string(),
  // Worded when it fails: toLocaleString at load would start ICU's number formatting on every worker start.
  v.maxLength(MAX_ANALYSIS_TEXT, () => `is longer than ${MAX_ANALYSIS_TEXT.toLocaleString('en-US')} characters, too long to analyse`),
);
