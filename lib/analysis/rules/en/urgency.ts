// Urgency signals (team norms in CONTRACT.md): incidents interrupt, blockers are same-day,
// "URGENT"/"ASAP" alone is inflation, information with no ask is FYI.
import type { UrgencyRules } from '../../language';

const r = String.raw;

const SECRET = r`(?:keys?|secrets?|tokens?|credentials?|passwords?|api\s+keys?|access\s+keys?|certs?|private\s+keys?)`;

export const urgency: UrgencyRules = {
  severe: {
    match: [
      r`\bpaged\s+(?:the\s+)?(?:[\w-]+\s+)?on-?call\b`,
      r`\b(?:opened|declared|raised|started)\s+(?:an?\s+)?(?:incident|sev\s?[012]|inc-?\d+)`,
      r`\b(?:outage|sev[- ]?[01]|p0|major\s+incident|all\s+hands\s+on\s+deck|war\s+room|incident\s+(?:call|bridge)|(?:join|on)\s+the\s+bridge|i'?ve\s+(?:already\s+)?paged|paging\s+(?:on-?call|you|the))\b`,
      r`\b(?:leaked|exposed|compromised|breached|stolen)\b[^.?!\n]{0,80}?\b(?:${SECRET}|data|pii|database|records)\b`,
      r`\b${SECRET}\b[^.?!\n]{0,80}?\b(?:leaked|exposed|compromised|stolen|(?:committed|pushed|posted|pasted|published|uploaded|shared)\s+(?:to|in|on)\s+(?:the\s+|a\s+)?public|posted\s+publicly)\b`,
      r`\b(?:someone|somebody|an?\s+attacker|an?\s+unknown\s+\w+)\s+(?:just\s+)?(?:logged\s+in(?:to)?|signed\s+in(?:to)?|accessed|got\s+into|is\s+logged\s+in)\b[^.?!\n]{0,60}?\b(?:with|using|as)\s+[\w']+\s+(?:account|credentials|token|session)`,
      r`\baccount\s+(?:takeover|compromise|was\s+compromised|is\s+compromised)\b`,
      r`\b(?:certs?|certificates?|ssl|tls|domain|dns)\b[^.?!\n]{0,40}?\bexpires?\s+in\s+(?:about\s+|~)?\d+\s*(?:hours?|minutes?|mins?|h)\b`,
      r`\b(?:someone|an?\s+attacker|an?\s+unknown\s+\w+)\b[^.?!\n]{0,40}?\busing\s+(?:the\s+|our\s+)?(?:prod\s+|production\s+)?[\w-]*\s*${SECRET}`,
      r`\b(?:unauthori[sz]ed|suspicious)\s+(?:access|logins?|activity|use|api\s+calls)\b`,
      r`\bdata\s+(?:breach|leak|exposure|loss)\b`,
      r`\bcross-?tenant\b`,
      r`\b(?:other|another)\s+(?:clinics?|companies|company|customers?|tenants?|users?|organi[sz]ations?|accounts?|patients?)(?:'s|s'|')?\s+(?:data|records|invoices|files|pii|details|orders|information)\b`,
      r`\banother\s+(?:company|customer|tenant|user|org(?:anization)?)'?s\s+(?:data|invoices|records|account|orders|files|pii|details)\b`,
      r`\b(?:ransomware|malware|ddos|under\s+attack)\b`,
      r`\b(?:deleted|lost|wiped|purged|overwritten|erased|corrupted)\b[^.?!\n]{0,60}?\b(?:customers?|users?|tenants?)\b`,
      r`\b(?:customer|user|prod(?:uction)?)\s+(?:data|files|attachments|records|accounts)\b[^.?!\n]{0,40}?\b(?:deleted|lost|gone|wiped|corrupted)\b`,
      r`\b(?:charged|billed)\s+(?:twice|double|two\s+times|multiple\s+times)\b`,
      r`\bdouble[- ]?(?:charg|bill)\w*`,
    ],
    unless: [
      r`\b(?:not|no)\s+(?:an?\s+)?(?:outage|incident|breach|data\s+loss)\b`,
      r`\b(?:last\s+week'?s|yesterday'?s|previous|past|last)\s+(?:outage|incident)\b`,
    ],
  },
  breakage: {
    match: [
      r`\b(?:crash(?:es|ed)?|breaks|will\s+break|would\s+break|goes\s+down|will\s+go\s+down)\b`,
      r`\b(?:down|broken|breaking|failing|erroring|crashing|unavailable|unreachable|not\s+loading|won'?t\s+load|timing\s+out|stuck|hanging|degraded|on\s+fire|melting\s+down|rejected|rejecting|throwing|spiking|climbing)\b`,
      r`\b5\d{2}s\b|\b5xx\b`,
      r`\b(?:returns?|returning|gets?|getting|throws?|throwing)\s+(?:an?\s+)?5\d{2}\b`,
      r`\bcan'?t\s+(?:log\s*in|sign\s*in|get\s+in(?:to)?|load|check\s*out|pay|access|reach|connect|place\s+orders?|buy|use|see|open)\b`,
      r`\b(?:error\s+rates?|errors?)\s+(?:is\s+|are\s+)?(?:at|up|jumped|spiking|climbing|elevated)\b`,
      r`\belevated\s+(?:errors?|5xx|error\s+rates?|latency)\b`,
      r`\b(?:showing|shows|seeing|sees|getting)\s+(?:the\s+)?(?:wrong|stale|old|yesterday'?s|another|other\s+(?:people|customers)'?s|incorrect|duplicate)\b`,
      r`\b(?:getting|seeing|hitting|throwing|returning)\s+(?:(?:a\s+lot\s+of|lots\s+of|many|more)\s+)?(?:timeouts?|errors?|failures?|failed\s+\w+|exceptions?|crashes|[45]\d{2}s?)\b`,
      r`\b(?:timeouts?|timing\s+out|time\s+out)\b`,
      r`\breturns?\s+(?:nothing|no\s+results|empty|blank|garbage)\b`,
      r`\b(?:is|are)\s+(?:empty|blank)\b`,
      r`\b(?:opening|filing|raising|sending\s+in)\s+(?:support\s+)?tickets\b`,
      r`\bcan'?t\s+(?:finish|complete|sign\s*up|register|export|submit|upload|download|save)\b`,
      r`\b(?:aren'?t|isn'?t|not)\s+(?:being\s+)?(?:delivered|sent|processed|working|loading|received|saved|syncing|charged)\b`,
      r`\b(?:checkout|payment|login|sign-?in|order|api|request|upload)\s+(?:failures|errors)\b`,
      r`\b(?:conversion|revenue|sales)\b[^.?!\n]{0,30}?\b(?:is\s+|are\s+|has\s+|have\s+)?(?:down|dropped|fell|tanked|plummeted)\b`,
      r`\b(?:latency|response\s+times?|p9[59])\b[^.?!\n]{0,30}?\b(?:went|jumped|spiked|is|are)\s+(?:up\s+)?(?:from\s+\S+\s+)?to\b`,
      r`\bfailed\s+(?:requests|payments|orders|logins|transactions|checkouts|charges)\b`,
      r`\b(?:writes|the\s+database|the\s+db|prod(?:uction)?)\s+will\s+(?:stop|go\s+down|fall\s+over|crash)\b`,
      r`\b(?:disk|memory|storage|cpu)\s+(?:is\s+)?(?:at\s+)?(?:9[5-9]|100)\s?%|\b(?:9[5-9]|100)\s?%\s+(?:disk|memory|storage|cpu|full)\b`,
      r`\b(?:is|are)\s+being\s+(?:charged|billed|dropped|lost|deleted)\b`,
      r`\bis\s+gone\b`,
    ],
    unless: [r`\b(?:cost|costs|spend|bill|usage|queue|backlog|errors?)\s+(?:is\s+|are\s+)?down\b`, r`\bwill\s+be\s+down\b`],
  },
  scope: {
    match: [
      r`\b(?:prod|production|live\s+site|customers?|customer-facing|users?|visitors?|buyers?|merchants?|everyone|storefront|checkout|check-?outs?|login|log\s*in|sign-?in|sign-?ups?|payments?|orders?|billing|card\s+transactions|status\s+page|public\s+api|mobile\s+apps?|writes)\b`,
      r`\bevery\s+(?:[\w-]+\s+)?(?:user|customer|client|request|call|api\s+call|sign-?in|login|page|product|order|transaction|account|new\s+account)\b`,
      r`\b(?:biggest|largest|key|enterprise|paying)\s+(?:customers?|clients?|accounts?)\b`,
      r`\b(?:\d+\s?%|a\s+third|a\s+quarter|half|most|many|a\s+lot)\s+of\s+(?:requests|traffic|users|customers|calls|transactions|orders|sign-?ins|logins|checkouts|payments)\b`,
      r`\bregion\b`,
      r`\ball\s+(?:users|customers|requests|traffic|regions|orders|transactions|sign-?ins|logins|accounts|tenants)\b`,
      r`\b100\s?%\s+of\b`,
      r`\b(?:db|database)\s+primary\b|\bprimary\s+(?:db|database)\b|\bprod\s+(?:db|database)\b`,
      r`\b(?:the\s+)?(?:site|website|app|api|dashboard)\s+(?:is|are)\s+down\b`,
    ],
    unless: [
      r`\bnot\s+customer[- ]facing\b`,
      r`\bno\s+(?:customer|user)\s+impact\b`,
      r`\binternal[- ]only\b`,
      r`\btest\s+(?:users?|accounts?|customers?)\b`,
    ],
  },
  nonProdScope: {
    match: [
      r`\b(?:staging|stage\s+env|dev\s+env|development|sandbox|test\s+env(?:ironment)?|qa\s+env|locally|local\s+build|my\s+machine|my\s+laptop|ci|preview\s+env|internal\s+(?:tool|wiki|dashboard|tooling)|docs-site|nightly\s+build)\b`,
    ],
  },
  resolved: {
    match: [
      r`(?:^|\n)\s*resolved\b`,
      r`\b(?:is|was|has\s+been|now)\s+(?:resolved|mitigated|fixed)\b`,
      r`\b(?:recovered|back\s+to\s+normal|all\s+clear|root\s+cause\s+was|post-?mortem)\b`,
      r`\berrors?\s+(?:have|has)\s+been\s+(?:at\s+)?(?:0|zero)\b`,
      // Minor by the writer's own account: a workaround, a low severity.
      r`\bworkaround\s+(?:sent|in\s+place|available|applied|shared|exists)\b`,
      r`\b(?:p[34]|sev[- ]?[34])\b`,
      r`\blow\s+(?:severity|priority)\b`,
    ],
  },
  blocker: {
    match: [
      r`\b(?:i'?m|i\s+am|we'?re|we\s+are|i'?ve\s+been|we'?ve\s+been|currently|been|totally|completely|still)\s+blocked\b`,
      r`{SENT_START}blocked\b`,
      r`\b(?:that'?s|this\s+is|it'?s|is)\s+blocking\s+(?:me|us|the|my|our)\b`,
      r`\bblocking\s+(?:me|us)\b`,
      r`\b(?:can'?t|cannot|can\s+not|unable\s+to)\s+(?:proceed|continue|merge|ship|deploy|release|test|apply|run|start|finish|move\s+forward|go\s+further|do\s+anything|work|build|push|cut|progress|get\s+(?:any\s+)?further)\b`,
      r`\bholding\s+(?:the|my|our)\s+\w+\s+until\b`,
    ],
    unless: [r`\bnot\s+blocking\b`, r`\b(?:no|not|un)\s*blocked\b`, r`\bnothing\s+(?:is\s+)?blocked\b`],
  },
  inflation: {
    match: [
      r`\burgent(?:ly)?\b`,
      r`\basap\b`,
      r`!{3,}`,
      r`🚨`,
      r`🔥`,
      r`\bemergency\b`,
      r`\b(?:top|high(?:est)?)\s+priority\b`,
      r`\bcritical\b(?!\s+path)`,
      r`\bimmediately\b`,
      r`\bneed\s+(?:this|it)\s+(?:now|yesterday)\b`,
    ],
    unless: [
      r`\b(?:not|non|no|isn'?t|wasn'?t|nothing)[\s-]+(?:an?\s+)?(?:urgent|urgency|emergency|critical)\b`,
    ],
  },
  fyiCue: {
    match: [
      r`\bfyi\b`,
      r`\bheads[- ]?up\b`,
      r`\bpsa\b`,
      r`\bannouncement\b`,
      r`\bjust\s+so\s+(?:you|everyone|everybody|y'?all)\s+(?:know|knows|are\s+aware)\b`,
      r`\bfor\s+(?:your\s+)?(?:awareness|visibility|info|information)\b`,
      r`\b(?:is|are)\s+(?:now\s+)?(?:out|live)\b`,
      r`\b(?:we'?ve|we\s+have|we|i'?ve|i\s+have|just)\s+(?:shipped|released|launched|rolled\s+out)\b`,
      r`\bchangelog\b`,
      r`\bhighlights\b`,
      r`🚀`,
      r`\breminder\b`,
      r`\booo\b`,
      r`\bjust\s+flagging\b`,
      r`\bin\s+case\s+anyone\s+asks\b`,
      r`\bout\s+of\s+(?:the\s+)?office\b`,
      r`(?:^|\n)\s*resolved\s*:`,
    ],
  },
  problem: {
    match: [
      r`\b(?:returns?|throws?|gives?|shows?)\s+(?:an?\s+)?(?:[45]\d{2}|error|exception)\b`,
      r`\b(?:fail(?:s|ed|ing|ure|ures)?|broken|broke|down|errors?|crash(?:es|ed|ing)?|stuck|flaky|red|regress(?:ion|ed)?|bug|outage|incident|timeouts?|timing\s+out|blocked|blocker|problem|wrong|missing|slow|leak|locked|denied|expired)\b`,
    ],
    unless: [
      r`\b(?:no|zero|0|without|nothing)\s+(?:new\s+)?(?:errors?|incidents?|issues?|problems?|failures?|blockers?|regressions?|fails|breaks)\b`,
      r`\b(?:cost|costs|spend|latency|usage|queue)\s+(?:is\s+|are\s+)?down\b`,
      r`\bdown\s+(?:to\s+)?~?\d`,
      r`\bwill\s+be\s+down\b`,
      r`\b(?:flaky|broken|failing|bug|issue|problem|errors?)\b[^.?!\n]{0,40}?\b(?:is|are|was|were|got|has\s+been|have\s+been)\s+(?:now\s+)?(?:fixed|resolved|green|back)\b`,
    ],
  },
};
