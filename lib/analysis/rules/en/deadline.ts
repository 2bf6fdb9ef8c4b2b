// Deadline: when a response or action is needed, or an explicit "no reply needed" / "no rush".
// "ASAP", "now", "when you can" are not deadlines: they are simply not listed.
import type { DeadlineRules } from '../../language';

const r = String.raw;

export const deadline: DeadlineRules = {
  explicit: {
    match: [
      r`\b(?:by|before|until|till|no\s+later\s+than|latest\s+by|due(?:\s+(?:by|on))?|deadline(?:\s+is)?\s*:?|needed\s+(?:by|before)|ahead\s+of|in\s+time\s+for|prior\s+to)\s+(?:the\s+latest\s+)?(?:{TIMEEXPR}|{EVENT})(?:[\s,]+{TIMEEXPR})?(?:\s+at\s+\d{1,2}(?::\d{2})?(?:\s?[ap]m)?\b)?(?:\s*\(?\s*(?:{CLOCK})?\s*{ZONE_ABBR}\)?)?`,
      r`\bbefore\s+(?:we|you|they|i|it)\s+(?:start|begin|kick\s+off|ship|launch|release|go\s+live|deploy|leave|cut|freeze)\s+(?:on\s+|at\s+)?(?:{TIMEEXPR})`,
      r`\bbefore\s+(?:i|we)\s+[a-z]+\b[^.?!\n]{0,40}?\b(?:on|by|at)\s+{TIMEEXPR}`,
      r`\b(?:cut|cutoff|freeze|deadline|window|release|deploy|demo|meeting|call|standup|launch|train)\s+is\s+in\s+(?:an?|one|\d+|half\s+an)\s+(?:hours?|minutes?|mins?)\b`,
      r`\b(?:expires?|lapses?|runs\s+out|fills\s+up|stops?|breaks?)\s+in\s+(?:about\s+|~)?\d+\s*(?:hours?|minutes?|mins?|h|days?)\b`,
      r`\b(?:don'?t|do\s+not|no|stop|avoid)\b[^.?!\n]{0,50}?\bafter\s+{TIMEEXPR}(?:\s+{ZONE_ABBR})?(?:[\s,]+{TIMEEXPR})?`,
      r`\bwithin\s+(?:the\s+)?(?:next\s+)?{NUMWORD}\s*(?:-\s*)?{DURATION_UNIT}\b`,
      r`\bwithin\s+(?:the|this|an?|one)\s+(?:hour|day|week|next\s+hour)\b`,
      r`\bwithin\s+(?:24|48|72)\s?h\b`,
      r`\b(?:in|over)\s+the\s+next\s+{NUMWORD}\s*{DURATION_UNIT}\b`,
      r`\b(?:in|over)\s+the\s+next\s+(?:hour|day|few\s+hours)\b`,
      r`\b(?:release\s+)?(?:cut|cutoff|cut-off|code\s+freeze|freeze|deadline|go-live|go/no-go|window|train)\s+(?:is\s+|closes\s+|leaves\s+|happens\s+|starts\s+)?(?:at|on|by)\s+(?:{CLOCK}|{WEEKDAY}|noon|midnight)(?:\s*{ZONE_ABBR})?`,
      r`\b(?:answer|reply|response|decision|sign-?off|approval|review|feedback|comments?|input)\s+(?:today|tonight|this\s+(?:morning|afternoon|week))\b`,
      r`\b(?:need|needs|needed)\s+(?:it|this|that|them|the\s+[\w-]+|an?\s+[\w-]+|[\w-]+)\s+(?:[\w-]+\s+){0,2}?(?:today|tonight|this\s+(?:morning|afternoon|evening))\b`,
    ],
    unless: [
      r`\bby\s+default\b`,
      // A consequence, not a deadline: "otherwise they don't get paid until next month".
      r`\b(?:otherwise|or\s+else)\b[^.?!\n]{0,60}`,
      r`\b(?:since|after)\s+{WEEKDAY}`,
      // Past spans and shifts are not deadlines: "were stale until 10:30", "you're on until 08:00".
      r`\b(?:was|were|had\s+been|stayed|remained)\s+[a-z]+\s+until\s+\S+(?:\s+\S+)?`,
      r`\b(?:on|on\s+call|on-call|covering|around|online|off|out|away|here)\s+until\b`,
      r`\b(?:vacation|holiday|leave|pto|ooo|out|away|off)\b[^.?!\n]{0,30}?\buntil\b[^.?!\n]{0,20}`,
      // "who had a tab open before the 15:10 deploy": a past "before" is not a deadline.
      r`\b(?:had|was|were|happened|started|began|occurred|existed)\b[^.?!\n]{0,30}?\bbefore\b`,
    ],
  },
  eventTime: {
    match: [
      r`\b(?:go(?:es)?\s+(?:out|live)|ships?|launch(?:es)?|is\s+due|are\s+due|closes?|kicks?\s+off)\s+(?:on\s+|at\s+)?{TIMEEXPR}`,
      r`\b(?:handoff|hand-?off|handover|release|cut|cutoff|deadline|demo|launch|freeze|code\s+freeze|go-live|rollout|submission|presentation|audit|deploy)\s+is\s+(?:today|tonight|tomorrow|this\s+(?:morning|afternoon|evening)|on\s+{WEEKDAY}|at\s+{CLOCK}|{WEEKDAY})\b`,
      // An outside constraint later today: "the quote expires at midnight tonight", "due back at 17:00 CET today".
      r`\b(?:expires?|lapses?|(?:is|'s|are)\s+due(?:\s+back)?|due\s+back|closes?|rotates?|cuts?\s+over)\b[^.?!\n;]{0,30}?\b(?:today|tonight|at\s+(?:{CLOCK}|midnight|noon))(?:\s*{ZONE_ABBR})?(?:\s+(?:today|tonight))?`,
      r`(?<=\b(?:cut-?off|deadline)\b[^.?!\n;]{0,40}?)\bis\s+(?:at\s+)?(?:{CLOCK}|midnight|noon)(?:\s*{ZONE_ABBR})?\s+(?:today|tonight)\b`,
    ],
  },
  relaxed: {
    match: [
      r`\bno\s+(?:rush|hurry|urgency|pressure)\b`,
      r`\bnot\s+(?:urgent|time-sensitive|time\s+sensitive|blocking)\b`,
      r`\bwhenever\s+(?:is\s+)?(?:fine|ok|okay|works)\b`,
      r`\b(?:sometime|some\s+time|any\s*time|anytime)\s+(?:this|next)\s+(?:week|sprint|month)\s+(?:is\s+)?(?:fine|ok|okay|works|is\s+ok)\b`,
      r`\b(?:this|next)\s+(?:week|sprint|month)\s+(?:is\s+)?(?:fine|ok|okay|works)\b`,
      r`\b(?:(?:next|this|by|before)\s+)?(?:{WEEKDAY}|tomorrow|end\s+of\s+(?:the\s+)?(?:week|month|sprint)|eow|{DATE})(?:\s+or\s+(?:{WEEKDAY}|later))?\s+(?:is|would\s+be|works|'s)\s+(?:also\s+|totally\s+|perfectly\s+|still\s+)?(?:fine|ok|okay|good|great|perfect|early\s+enough|soon\s+enough)\b`,
      r`\bno\s+(?:reply|replies|response|responses|action|answer|ack|acknowledg(?:e)?ment)s?\s+(?:is\s+|are\s+)?(?:needed|required|necessary|expected)\b`,
      r`\bno\s+need\s+to\s+(?:reply|respond|answer|act|do\s+anything|take\s+(?:any\s+)?action|ack)\b`,
      r`\bnothing\s+(?:else\s+|more\s+|further\s+)?(?:is\s+)?(?:needed|required|to\s+do)\b`,
      r`\bnothing\s+(?:you|anyone|for\s+you)\s+(?:need\s+to|have\s+to|must)\s+do\b`,
      r`\bno\s+action\s+(?:on\s+your\s+side|from\s+you)\b`,
      r`\bno\s+asks?\b`,
      r`\bfyi\s+only\b`,
      r`\bjust\s+(?:an?\s+)?(?:fyi|heads[- ]up)\s*[,;—–-]\s*no\b`,
      r`\bfor\s+(?:your\s+)?(?:information|awareness)\s+only\b`,
      r`\bno\s+(?:hard\s+|fixed\s+|real\s+|strict\s+)?(?:deadline|timeline)\b`,
      r`\bnot\s+time-critical\b`,
      r`\b(?:low[- ]priority|not\s+a\s+(?:priority|rush))\b`,
    ],
  },
  gated: {
    match: [
      r`\b(?:today|tonight|this\s+(?:morning|afternoon|evening|week|sprint|month)|tomorrow(?:\s+(?:morning|afternoon|evening))?|(?:(?:in\s+)?the\s+)?next\s+(?:week|sprint|release)|eod|end\s+of\s+(?:the\s+)?day|this\s+weekend|over\s+the\s+weekend)\b(?!'s)`,
      r`\bin\s+(?:the\s+next\s+)?(?:\d+|an?|one|two|a\s+couple\s+of|a\s+few)\s+(?:hours?|minutes?|mins?|days?)\b`,
    ],
    unless: [
      r`{WEEKDAY}\s+(?:this|next)\s+week`,
      r`\bfor\s+today\b`,
      r`\b(?:since|from|earlier|until|starting|as\s+of)\s+(?:today|this\s+morning|tonight)\b`,
      // Past events and new slots are not deadlines: "changed this morning", "move the interview to next week".
      r`\b(?:changed|happened|started|broke|began|deployed|merged|reported)\s+(?:this\s+morning|yesterday|last\s+night|today)\b`,
      r`\b(?:move|moving|reschedule|rescheduling|push|postpone|shift)\s+(?:the\s+|our\s+|my\s+|it|this|that)?[^.?!\n]{0,50}?\bto\s+(?:next\s+(?:week|sprint|month)|tomorrow)\b`,
      r`(?:^|\n)\s*eod\s*[:—-]`,
    ],
  },
  needCue: {
    match: [
      r`\b(?:need|needs|needed|waiting|must|has\s+to|have\s+to|required|requires|answer|reply|respond|decision|sign-?off|approval|know|confirm|approve|merge|review|can\s+you|could\s+you|could\s+someone|can\s+someone|please|pls)\b`,
      r`\?`,
    ],
  },
  softNeedCue: {
    match: [r`\b(?:i|we)\s+(?:really\s+)?(?:want|wanted|hope|plan|aim|need)\s+to\b`, r`\b(?:hoping|planning|aiming|trying)\s+to\b`, r`\bso\s+(?:that\s+)?(?:i|we)\s+can\b`, r`\b(?:ideally|preferably|would\s+like|'d\s+like|would\s+love|'d\s+love)\b`],
  },
  requestTime: {
    match: [r`\b(?:on|at)\s+(?:{WEEKDAY}|{DATE})(?:[\s,]+(?:at\s+)?{CLOCK})?(?:\s*\(?{ZONE_ABBR}\)?)?`],
    unless: [
      r`\b(?:happened|broke|failed|changed|went\s+\w+|deployed|released|merged|shipped|started|was|were|did|since|from|after)\s+(?:[\w-]+\s+){0,3}?(?:on|at)\s+(?:{WEEKDAY}|{DATE})`,
    ],
  },
    nextMorning: {
    match: [r`\btomorrow\s+(?:morning|at\s+(?:[6-9]|10)(?::\d\d)?(?:\s?am)?\b|first\s+thing)|\bfirst\s+thing\s+tomorrow\b`],
  },
  sameDay: {
    match: [
      r`\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|eod|cob|eob|end\s+of\s+(?:the\s+)?(?:business\s+|working\s+)?day|noon|midday|then|lunch|standup|stand-up)\b`,
      r`{CLOCK}`,
      r`\bwithin\s+(?:the\s+)?(?:next\s+)?(?:\d|[1-7]\d|an?|one|two|three|few|a\s+few)\s*(?:minutes?|mins?|m)\b`,
      r`\bwithin\s+(?:the\s+)?(?:next\s+)?(?:[1-8]|an?|one|two|three|four|few|a\s+few)\s*(?:hours?|hrs?|h)\b`,
      r`\bwithin\s+the\s+hour\b`,
      r`\b(?:in|over)\s+the\s+next\s+(?:\d+|few|couple\s+of|an?)\s*(?:minutes?|mins?|hours?|hrs?)\b`,
      r`\bin\s+the\s+next\s+(?:hour|few\s+hours)\b`,
    ],
  },
  softSameDay: {
    match: [r`\b(?:eod|cob|eob|end\s+of\s+(?:the\s+)?(?:business\s+|working\s+)?day|close\s+of\s+business)\b`],
  },
    otherDay: {
    match: [r`\b(?:tomorrow|{WEEKDAY}|next|week|weekend|sprint|month|quarter)\b`, r`{DATE}`],
  },
  laterDay: {
    match: [r`\b(?:{WEEKDAY}|week|weekend|sprint|month|quarter)\b`, r`{DATE}`],
  },
  clockOrEod: {
    match: [r`{CLOCK}`, r`\b(?:eod|cob|eob|end\s+of\s+(?:the\s+)?(?:business\s+|working\s+)?day|close\s+of\s+business|noon|midday|midnight)\b`],
  },
  zone: {
    caseSensitive: true,
    match: [
      r`\b{ZONE_ABBR}(?:[+-]\d{1,2}(?::?\d{2})?)?\b`,
      r`\b(?:utc|gmt)(?:[+-]\d{1,2})?\b`,
      r`(?:^|\s)[+-]\d{2}:?\d{2}\b`,
      r`\b(?:[Yy]our|[Mm]y|[Ll]ocal|[Oo]ur|[Tt]heir|[Bb]erlin|[Ll]ondon|[Pp]aris|[Nn]ew\s+York|NYC|SF|[Pp]acific|[Ee]astern|[Cc]entral|[Mm]ountain|[Ii]ndia|[Tt]okyo|[Ss]ydney|[Ss]ingapore|[Aa]msterdam|[Dd]ublin|[Ll]isbon|[Tt]oronto|[Bb]angalore)\s+time\b`,
    ],
  },
};
