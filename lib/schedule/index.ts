// Send-time engine (pure): when to send, who is working, and what a deadline means on each clock.
//
// Time-zone semantics, shared by every function here:
// - Working hours are read on each person's wall clock from the platform's tz data (Intl).
// - Ranges are 'HH:MM' 24-hour, start inclusive, end exclusive; an end of '24:00' means midnight
//   at the end of that day. A range ending at or before its start is rejected: split a night
//   shift across two days (mon 22:00-24:00 + tue 00:00-06:00).
// - A person works at instant t when their wall clock at t shows a time inside one of that
//   weekday's ranges and that date is not out of office. So a shift starting in a
//   spring-forward gap starts at the first instant after the gap, and a repeated fall-back hour
//   inside a shift is worked twice (the shift lasts an hour longer).
// - A single wall-clock time (deadline, day start) that falls in a gap maps to the first instant
//   after it; one that occurs twice maps to the earlier occurrence.
export { planSendTime, suggestSendTime, type SendPlan, type SendWhy } from './suggest-send-time';
export { localNow, type LocalNow } from './local-now';
export { workingWindows, type WorkingWindows, type MinuteRange } from './working-windows';
export { findDeadlines, resolveDeadline } from './resolve-deadline';
export {
  MAX_DEADLINES_SHOWN,
  describeDeadlines,
  type FoundDeadline,
  type ResolvedDeadline,
} from './describe-deadline';
export { dayDateOf, formatLabel, formatLocalTime, formatWhen, howFar } from './format-label';
export { cityOf, isValidTimeZone, zoneAbbreviation } from '../time';
export { ScheduleInputError } from './schedule-input-error';
export { validatePerson } from './validate-person';
export * from './types';
