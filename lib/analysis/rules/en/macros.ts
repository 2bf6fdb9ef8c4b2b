// Shared English vocabulary for the pattern tables: days, clock times, zones, events.
// Referenced from patterns as {NAME}. Pure data.
import { ZONE_ABBREVIATION_PATTERN } from '../../../time';

export const macros: Record<string, string> = {
  // Longest spelling first, then a word boundary, so "Tuesday" is never read as "Tue" + "sday".
  WEEKDAY:
    '(?:monday|mon|tuesday|tues|tue|wednesday|wed|thursday|thurs|thur|thu|friday|fri|saturday|sat|sunday|sun)\\b',
  MONTH:
    '(?:january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec)\\b',
  // Start of a sentence or clause, as a lookbehind so a match never swallows the previous sentence's end.
  // Start of a sentence or clause: the nearest non-space character before (within two spaces) ends a
  // sentence or opens a bullet. Fixed-length lookbehinds after a cheap word-boundary test keep it fast.
  NOT_END: '[^\\s.!?:—–•*\\-]',
  SENT_START: '\\b(?<!{NOT_END})(?<!{NOT_END}[ \\t])(?<!{NOT_END}[ \\t]{2})',
  // The same where the sentence opens with a capital or a greeting (case-sensitive name tables): the cheap
  // one-character lookahead runs first, so lower-case words are rejected before the lookbehinds.
  SENT_START_CAP: '\\b(?=[A-Z]|[Hh](?:ey|i|ello)\\s|[Tt]hanks\\s)(?<!{NOT_END})(?<!{NOT_END}[ \\t])(?<!{NOT_END}[ \\t]{2})',
  // The same where the sentence may open with an @mention.
  SENT_START_AT: '(?:\\b|(?=@))(?<!{NOT_END})(?<!{NOT_END}[ \\t])(?<!{NOT_END}[ \\t]{2})',
  DATE: '(?:{MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\d{1,2}(?:st|nd|rd|th)?\\s+{MONTH}\\b|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}\\b|the\\s+\\d{1,2}(?:st|nd|rd|th)\\b)',
  CLOCK: '(?:\\b(?:[01]?\\d|2[0-3])(?::[0-5]\\d)?\\s?(?:am|pm)\\b|\\b(?:[01]?\\d|2[0-3])[:h][0-5]\\d\\b)',
  // The abbreviations people type in chat: the one list in lib/time, so the resolver reads them too.
  ZONE_ABBR: ZONE_ABBREVIATION_PATTERN,
  END_OF: '(?:(?:the\\s+)?end\\s+of\\s+(?:the\\s+|this\\s+|next\\s+)?(?:(?:business\\s+|working\\s+)?day|week|month|sprint|quarter|shift|business))',
  TIMEWORD:
    '(?:{END_OF}|eod|eow|cob|eob|eom|today|tonight|tomorrow|noon|midday|midnight|(?:this|next)\\s+(?:morning|afternoon|evening|week|weekend|sprint|month|{WEEKDAY})|{WEEKDAY}(?:\'s)?|{DATE}|then)',
  TIMEEXPR: '(?:(?:{TIMEWORD}|{CLOCK})(?:[\\s,]+(?:{TIMEWORD}|{CLOCK}|morning|afternoon|evening|latest|at\\s+the\\s+latest)){0,2})',
  EVENT_NOUN:
    '(?:release|cut|cutoff|cut-off|code\\s+freeze|freeze|deploy(?:ment)?|launch|demo|stand-?up|meeting|sync|call|retro|planning|rollout|roll-out|go-live|go/no-go|cutover|migration|weekend|holidays?|break|lunch|qbr|offsite|train|window|board\\s+meeting|all-hands|handover|kick-?off|deadline|review|interview|flight|workshop|batch|close|report|deck|board\s+deck|run|audit|send|email|newsletter|announcement|mailing|campaign|submission|fieldwork|presentation|deep-dive|pitch)',
  EVENT:
    "(?:(?:(?:the|our|my|your|this|next|tomorrow'?s|today'?s|{WEEKDAY}'?s|[a-z]+'s)\\s+)?(?:(?:{CLOCK}|[a-z][\\w-]*)\\s+)?{EVENT_NOUN}\\b)",
  DURATION_UNIT: '(?:minutes?|mins?|hours?|hrs?|h|days?|business\\s+days?|working\\s+days?|weeks?)',
  NUMWORD: '(?:\\d+|an?|one|two|three|few|a\\s+few|couple\\s+of|several)',
  // Words after "let's" that do not propose anything ("let's see", "let's chat").
  LETS_NOT: '(?!us\\b|see\\b|chat\\b|talk\\b|sync\\b|discuss\\b|catch\\s+up\\b|find\\s+out\\b|know\\b|meet\\b)',
  PARTNER:
    '(?:customers?|users?|clients?|the\\s+team|everyone|people|sales|support|finance|qa|legal|marketing|ops|product|the\\s+business|the\\s+customer|(?:the\\s+)?vendors?|partners?|auditors?|procurement|security|design|engineering|leadership|management)',
};
