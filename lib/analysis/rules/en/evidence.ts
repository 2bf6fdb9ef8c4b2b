// Evidence: something checkable. Links and code are found structurally by the engine; these tables add
// tickets, metrics, error names and the time an event happened. Channel names (#general), package names,
// bare paths/identifiers and future scheduled times are deliberately absent.
import type { EvidenceRules } from '../../language';

const r = String.raw;

// Placed after a cheap digit lookahead so the lookbehind only runs where a number starts.
const NOT_DEADLINE = r`(?=\d)(?<!\b(?:within|in|next|by|every|before|for\s+the\s+next|in\s+the\s+next)\s(?:about\s|roughly\s|around\s|~)?)`;
const COUNTED =
  r`(?:customers?|users?|accounts?|tenants?|workspaces?|rows?|records?|requests?|errors?|events?|tests?|runs?|builds?|services?|orders?|tickets?|alerts?|failures?|times|pods?|nodes?|hosts?|servers?|jobs?|messages?|emails?|files?|calls?|attempts?|sessions?|devices?|instances?|items?|transactions?|payments?|invoices?|signups?|sign-?ups?|crashes|reports?|complaints?|incidents?|retries|queries|connections?|threads?|tables?|brokers?|partitions?|containers?|deploys?|commits?|people|installs?|downloads?|visits?|clicks?|pages?|products?|vulnerabilit(?:y|ies)|CVEs?|warnings?)`;

export const evidence: EvidenceRules = {
  match: {
    match: [
      // Tickets, PRs, incidents, CVEs, change requests, commit hashes.
      r`#(?<![\w&/]#)\d+\b`,
      r`\b(?:pr|mr|issue|ticket|case|incident|build|run|job|pipeline|order|invoice|request|commit)\s*(?:id\s*)?[#!]?\s*\d{3,}\b`,
      r`\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}\b`,
      // Metrics and counts.
      r`\b\d+(?:[.,]\d+)?\s?%`,
      r`\b${NOT_DEADLINE}\d+(?:\.\d+)?\s?(?:ms|µs|us|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|GB|MB|KB|TB|GiB|MiB|k|K|M|x|rps|qps|req\/s|req\/min|rpm)\b(?:\/(?:hour|day|min|month|s))?`,
      r`\b\d{1,3}(?:,\d{3})+\b`,
      r`\b\d+(?:\.\d+)?[kKM]\b`,
      r`\$\s?\d[\d,.]*[kKM]?`,
      r`\b\d+\s*(?:of|out\s+of)\s+(?:the\s+)?(?:last\s+)?[\d,]+\b`,
      r`\b\d[\d,]*\+?\s(?:new\s+|more\s+|failed\s+|active\s+)?${COUNTED}\b`,
      r`\b[pP]\d{2}\b\s*(?:of\s+)?~?\d`,
      r`\b\d{2,}(?:[.,]\d+)*\+?\s+(?:[a-z]+\s+)?[a-z]{3,}s\b`,
      r`\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|hundreds\s+of|thousands\s+of)\s+${COUNTED}\b`,
      r`\b(?:ref|reference|case|report|incident)\s*(?:#|no\.?|number)?\s*:?\s*[\w-]*\d{3,}`,
      // HTTP statuses and error names.
      r`\b[45]\d{2}s\b`,
      r`\b[45]xx\b`,
      r`\b(?:HTTP|http|status(?:\s+code)?|error|code|returns?|returning|returned|gets?|getting|got|throws?|throwing|threw|with|an?)\s+[45]\d{2}\b`,
      r`\b[45]\d{2}\s+(?:errors?|responses?|from|status|on|for|bad\s+gateway|gateway|not\s+found|forbidden|unauthorized|internal)\b`,
      r`\b(?:exit\s+code|exit\s+status|errno|signal)\s+\d+\b`,
      r`\b(?:oom-?killed|segfault|stack\s?trace|traceback|core\s+dump(?:ed)?|kernel\s+panic|panic:)`,
      r`\b(?:error|exception|fatal|failure)\s*:\s*\S`,
      r`\b(?:with|says|said|shows|returns|returned|throws|threw|logs|logged|error|message|reads)\s*:?\s*["'“‘][^"'”’\n]{3,160}["'”’]`,
      // When something happened.
      r`\b(?:about\s+|around\s+|roughly\s+|~)?(?:an?|\d+|one|two|three|few|a\s+few|couple\s+of)\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b`,
      r`\bfor\s+(?:about\s+|around\s+|roughly\s+|over\s+|~)?(?:the\s+)?(?:last|past)\s+(?:\d+|few|couple\s+of)\s+(?:minutes?|mins?|hours?|hrs?|days?)\b`,
      r`\bsince\s+(?:~|about\s+|around\s+)?(?:{CLOCK}|(?:yesterday|this\s+morning|last\s+night)(?!'s)|{WEEKDAY}|{DATE})`,
      r`\b(?:started|began|starting|beginning)\s+(?:at|around|after)\s+(?:the\s+)?(?:~\s*)?{CLOCK}`,
      r`\b(?:according\s+to|per)\s+(?:the|its|our)\s+(?:logs?|dashboard|metrics|graphs?|traces?)\b`,
    ],
    unless: [r`\b(?:v|version\s+)\d+\b`],
  },
  identifiers: {
    caseSensitive: true,
    match: [
      r`(?<![\w/])[A-Z][A-Z0-9]{2,9}-\d+\b`,
      r`(?<![\w/])[A-Z]{2}-\d{2,}\b`,
      r`\b[A-Z]{2,6}\d{5,}\b`,
      r`\b[A-Z][A-Za-z]*(?:Error|Exception|Fault)\b`,
      r`\bE(?:NOSPC|CONNREFUSED|CONNRESET|TIMEDOUT|NOENT|ACCES|ADDRINUSE|PIPE|NOMEM|PERM|NOTFOUND|AI_AGAIN|MFILE)\b`,
      r`\bERR_[A-Z_]{3,}\b`,
      r`\b(?:OOMKilled|CrashLoopBackOff|ImagePullBackOff)\b`,
    ],
  },
  codeCue: r`\b(?:gets?|got|getting|returns?|returned|returning|throws?|threw|throwing|with|error|errors|fails?\s+with|failed\s+with|says|said|shows?|showed|logs?|logged|rejects?|rejected|responds?\s+with|prints?|printed|output|message)\s*:?\s*$`,
  codeErrorWords: r`(?:error|err|fail|invalid|denied|mismatch|timeout|timed_out|exception|refused|not_found|forbidden|unauthori[sz]ed|expired|missing|conflict|panic|fatal|\b[45]\d{2}\b)`,
  clock: r`{CLOCK}`,
  pastCue: {
    match: [
      r`\b(?:was|were|happened|started|began|occurred|failed|crashed|deployed|merged|cleared|restarted|succeeded|went|turned|noticed|saw|got|hit|spiked|dropped|jumped|reverted|rolled|finished|completed|ran|broke|stopped|fired|triggered|paged|detected|flagged|since|ago|renewed|cut\s+over|came\s+back)\b`,
    ],
  },
  futureCue: {
    match: [
      r`\b(?:will|'ll|scheduled|going\s+to|gonna|starts?|begins?|by|before|until|till|tomorrow|next|tonight|planned|plan|cut|cutoff|freeze|meeting|standup|call|demo|resum\w*|window|runs|moving|move|book|due|deadline|need|needs|at\s+the\s+latest)\b`,
    ],
  },
};
