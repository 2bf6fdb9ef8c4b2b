// Urgency signals (team norms in lib/analysis/README.md): incidents interrupt, blockers are same-day,
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
      r`\b(?:possible|suspected|potential|likely|confirmed|active)\s+(?:security\s+)?(?:breach|compromise|intrusion)\b`,
      r`\bcross-?tenant\b`,
      r`\b(?:other|another)\s+(?:clinics?|companies|company|customers?|tenants?|users?|organi[sz]ations?|accounts?|patients?)(?:'s|s'|')?\s+(?:data|records|invoices|files|pii|details|orders|information)\b`,
      r`\banother\s+(?:company|customer|tenant|user|org(?:anization)?)'?s\s+(?:data|invoices|records|account|orders|files|pii|details)\b`,
      r`\b(?:ransomware|malware|ddos|under\s+attack)\b`,
      r`\b(?:deleted|lost|wiped|purged|overwritten|erased|corrupted)\b[^.?!\n]{0,60}?\b(?:customers?|users?|tenants?)\b`,
      r`\b(?:customer|user|prod(?:uction)?)\s+(?:data|files|attachments|records|accounts)\b[^.?!\n]{0,40}?\b(?:deleted|lost|gone|wiped|corrupted)\b`,
      r`\b(?:charged|billed)\s+(?:twice|double|two\s+times|multiple\s+times)\b`,
      r`\bdouble[- ]?(?:charg|bill)\w*`,
      // Money or access lost at scale, described calmly.
      r`\b(?:sent|paid|charged|billed|debited|transferred|refunded|processed|paid\s+out|issued)\s+(?:out\s+)?(?:every|each|all(?:\s+the)?|the|our)?\s*(?:[\w-]+\s+)?(?:payments?|payouts?|transfers?|invoices?|refunds?|charges?|transactions?|orders?|money)\s+(?:twice|double|two\s+times|multiple\s+times)\b`,
      r`\b(?:nobody|no\s+one|no\s+customers?|no\s+users?)\s+can\s+(?:pay|log\s*in|sign\s*in|check\s*out|buy|order|place\s+orders?|access\s+(?:the\s+)?(?:app|site|api|product))\b`,
      // Attacks in progress.
      r`\b(?:someone|somebody|an?\s+attacker|a\s+bot|bots|they)\s+(?:is|are|'s|'re|has\s+been|have\s+been)\s+(?:scripting|hammering|brute[- ]?forcing|spamming|scraping|probing|enumerating|credential[- ]stuffing)\b`,
      r`\b(?:credential[- ]stuffing|brute[- ]force\s+attack|account\s+takeover\s+attempts?|phishing\s+attack)\b`,
      // Sensitive data where it should not be.
      r`\b(?:pii|customer\s+data|personal\s+data|passwords?|credit\s+cards?|card\s+numbers|ssns?|social\s+security\s+numbers|health\s+records)\b[^.?!\n]{0,60}?\b(?:visible\s+to|accessible\s+to|publicly|exposed|readable\s+by|in\s+plain\s*text|unencrypted|in\s+(?:the\s+)?(?:logs|url|query\s+string))\b`,
      r`\b(?:bucket|repo|repository|database|db|s3|index|endpoint|elasticsearch|dashboard)\b[^.?!\n]{0,30}?\b(?:is|was|has\s+been)\s+(?:world-readable|publicly\s+(?:accessible|readable|exposed)|public(?:-read)?|open\s+to\s+the\s+(?:internet|world))\b`,
      r`\b(?:being\s+exploited|actively\s+exploited|exploited\s+in\s+the\s+wild)\b`,
      r`\b(?:auth(?:entication)?\s+bypass|(?:publicly\s+accessible|accessible|reachable|open)\s+without\s+(?:a\s+)?(?:login|auth(?:entication)?|password|credentials)|anyone\s+can\s+(?:access|see|read|download|log\s*in))\b`,
      r`\b${SECRET}\b[^.?!\n]{0,60}?\b(?:is|are|was|were|got|ended\s+up|sits?|sitting)\s+(?:in|on)\s+(?:a\s+|the\s+|our\s+)?public\b`,
      r`\b(?:zero|no|0)\s+(?:sales|orders|signups|sign-?ups|payments|transactions|checkouts|revenue|purchases)\s+(?:in|for|since|over)\b`,
      r`\b(?:someone|somebody|another\s+(?:person|customer|user|company|tenant|org(?:anization)?))(?:\s+else)?'s\s+(?:data|invoices?|records|files|orders|details|information|pii|account|emails?|messages)\b`,
      r`\bto\s+the\s+wrong\s+(?:[\w-]+\s+)?(?:accounts?|customers?|users?|people|recipients|tenants?|companies|email\s+addresses|inboxes)\b`,
      r`\b(?:ransom(?:\s+(?:note|demand|email))?|extortion)\b`,
      r`\bclaim(?:s|ing|ed)?\s+(?:to\s+have|they\s+have)\s+(?:our|the)\s+(?:[\w-]+\s+)?(?:data|database|source\s+code|credentials|customer\s+list)\b`,
      r`\b(?:posted|pasted|pushed|committed|leaked|shared|published|uploaded)\b[^.?!\n]{0,40}?\b${SECRET}\b[^.?!\n]{0,30}?\b(?:in|to|on)\s+(?:a\s+|the\s+|our\s+)?public\b`,
      r`\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:also\s+|now\s+)?paging\b`,
      // One customer's data handed to another, however casually told.
      r`\b(?:someone|somebody)\s+else'?s\s+(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:data|invoices?|records|files|orders|details|information|pii|emails?|messages|addresses)\b`,
      r`\b(?:data|files?|zip|exports?|invoices?|records|emails?|details|reports?|documents?)\s+(?:of|for|from|belonging\s+to)\s+(?:a\s+different|another|the\s+wrong|other)\s+(?:users?|customers?|tenants?|accounts?|compan(?:y|ies)|people|person|patients?)\b`,
      // A lost or stolen device with live access on it is a security incident (the device alone is not).
      r`\b(?:stolen|lost)\b[^\n]{0,150}?\b(?:(?:was|were|i'?m|still)\s+(?:logged|signed)\s+in(?:to)?|unlocked|active\s+sessions?)\b`,
      // Money moving in wrong amounts.
      r`\b\d+\s?x\s+the\s+(?:amount|price|charge|total|refund)\b`,
      r`\b(?:got|received|charged|billed|refunded|paid|debited)\s+(?:[\w-]+\s+){0,2}?[€$£]\s?\d[\d,.]*\s+instead\s+of\b`,
      r`\bpaged\s+(?:you|them|him|her|everyone)\b`,
    ],
    unless: [
      r`\b(?:not|no)\s+(?:an?\s+)?(?:outage|incident|breach|data\s+loss)\b`,
      r`\b(?:don'?t|do\s+not)\s+think\s+(?:we'?re|we\s+are|it'?s|it\s+is|they'?re|they\s+are)\s+(?:\w+\s+)?(?:exposed|affected|vulnerable|impacted)\b|\b(?:not|aren'?t|isn'?t|weren'?t|wasn'?t)\s+(?:\w+\s+)?exposed\b`,
      r`\b(?:last\s+week'?s|yesterday'?s|previous|past|last)\s+(?:outage|incident)\b`,
      // Definitions and policies: "any customer-visible data loss becomes SEV1".
      r`\b(?:any|every)\s+(?:[\w-]+\s+){0,3}?(?:data\s+loss|outage|incident|breach|data\s+leak)\b`,
      r`\b(?:becomes?|counts?\s+as|is\s+classified\s+as|would\s+be|should\s+be)\s+(?:an?\s+)?(?:sev\s?[0-4]|p[0-4])\b`,
      // A generic risk: "an AZ outage takes down all egress".
      r`\b(?:an?|one|any|single)\s+(?:[\w-]+\s+)?(?:outage|failure)\s+(?:would|will|could|takes?|brings?|means?)\b`,
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
      r`\b(?:is|are)\s+(?:an?\s+)?(?:empty|blank)\b`,
      r`\b(?:opening|filing|raising|sending\s+in)\s+(?:support\s+)?tickets\b`,
      r`\bcan'?t\s+(?:finish|complete|sign\s*up|register|export|submit|upload|download|save)\b`,
      r`\b(?:aren'?t|isn'?t|not)\s+(?:being\s+)?(?:delivered|sent|processed|working|loading|received|saved|syncing|charged)\b`,
      r`\b(?:checkout|payment|login|sign-?in|order|api|request|upload)\s+(?:failures|errors)\b`,
      r`\b(?:conversion|revenue|sales)\b[^.?!\n]{0,30}?\b(?:is\s+|are\s+|has\s+|have\s+)?(?:down|dropped|fell|tanked|plummeted)\b`,
      r`\b(?:latency|response\s+times?|p9[59])\b[^.?!\n]{0,30}?\b(?:went|jumped|spiked|is|are)\s+(?:up\s+)?(?:from\s+\S+\s+)?to\b`,
      r`\bfailed\s+(?:requests|payments|orders|logins|transactions|checkouts|charges)\b`,
      r`\b(?:writes|the\s+database|the\s+db|prod(?:uction)?)\s+will\s+(?:stop|go\s+down|fall\s+over|crash)\b`,
      r`\b(?:disk|memory|storage|cpu)\b[^.?!\n]{0,30}?\b(?:at|is|hit|reached|to)\s+(?:9[5-9]|100)\s?%|\b(?:9[5-9]|100)\s?%\s+(?:disk|memory|storage|cpu|full)\b`,
      r`\b(?:is|are)\s+being\s+(?:charged|billed|dropped|lost|deleted)\b`,
      r`\bis\s+gone\b`,
      r`\b(?:disappear(?:s|ed|ing)?|vanish(?:es|ed|ing)?)\b`,
      r`\b(?:blank|white|empty)\s+(?:page|screen)s?\b`,
      r`\b(?:lighting\s+up|blowing\s+up)\b`,
      r`\b[45]\d{2}(?:ing|'?ing)\b`,
      r`\b(?:aren'?t|isn'?t|not)\s+(?:saving|processing|sending|arriving|loading|syncing|going\s+through|completing|showing\s+up)\b`,
      r`\b(?:certs?|certificates?|ssl|tls)\b(?:[^.?!\n]|\.(?=\S)){0,40}?\b(?:expired|has\s+expired|is\s+expired)\b`,
      // Failing, described plainly: it counts next to a production or customer scope (same sentence).
      r`\b(?:delayed|lagging|backed\s+up|logged\s+out|stale|garbled|blank|frozen|not\s+(?:firing|arriving|sending|delivering|updating|refreshing|rendering|showing|going\s+out|coming\s+through)|(?:can'?t|cannot|unable\s+to|can\s+no\s+longer)\s+(?:complete|finish|create|place|make|receive|get|reset|connect|start|open|view|download|upload|submit|book|buy|order|pay|log\s*in|sign\s*in|check\s*out))\b`,
      r`\b(?:dropped|truncated|deleted|wiped|overwrote|overwritten|purged)\s+(?:the\s+|a\s+|an\s+|our\s+|all\s+)?(?:[\w-]+\s+)?(?:tables?|columns?|database|db|bucket|collections?|records|rows|data|backups?|partitions?|indexes|index|shards?|volumes?|snapshots?)\b`,
      r`\b(?:accidentally|mistakenly|by\s+mistake|by\s+accident)\b`,
      r`\b(?:(?:spinner|spinning|spins|loads?|loading)\s+forever|stuck\s+(?:on|at)\s+(?:loading|the\s+spinner|a\s+spinner))\b`,
      r`\b(?:emailing|contacting|calling|messaging|writing\s+to|complaining\s+to|flooding)\s+(?:support|us|our\s+support)\b`,
      r`\b(?:declining|declined|rejecting|refusing|bouncing)\b`,
      r`\berror\s+5\d{2}\b|\b5\d{2}\s+bad\s+gateway\b`,
      r`\bnot\s+(?:opening|responding|reachable|accessible|available|resolving)\b`,
      r`\b(?:having|experiencing|seeing|hitting)\s+(?:an?\s+|some\s+|major\s+|serious\s+|intermittent\s+)?(?:issues|problems|outage|incident|degradation|disruption|downtime)\b`,
      r`\b(?:internal\s+server\s+error|server\s+error|bad\s+gateway|service\s+unavailable|force[- ]clos(?:es|ing|ed)|tanking)\b`,
      r`\b(?:very|extremely|super|really|painfully|unusably|insanely)\s+slow\b|\b(?:intermittent(?:ly)?\s+(?:failing|down|erroring)|flapping)\b`,
      r`\b(?:returning|returns|throwing|serving|shows?|showing)\s+(?:an?\s+)?(?:[45]\d{2}|errors?|blank)\b`,
      r`\b(?:the\s+)?wrong\s+(?:language|currency|prices?|amounts?|totals?|data|accounts?|customers?|users?|tenants?|time\s?zone|emails?)\b`,
      r`\b\d+\+?\s+(?:complaints|angry\s+(?:emails|tweets|customers))\b`,
      r`\b(?:empty|blank)\s+(?:bod(?:y|ies)|content|subject|emails?|pdfs?|invoices?|receipts?)\b`,
      r`\b(?:have|has)\s+been\s+(?:affected|impacted)\s+so\s+far\b`,
      r`\b(?:fails|failed|failures?|errors|erroring|errored|not\s+working|(?:doesn'?t|don'?t|isn'?t|aren'?t)\s+working|stopped\s+working|no\s+longer\s+works?|broke|went\s+down|hangs|hung|unresponsive|not\s+responding|bouncing|bounced|corrupted|duplicated|(?:is|are|was|were)\s+(?:lost|missing|wrong|incorrect))\b`,
    ],
    unless: [
      r`\b(?:cost|costs|spend|bill|usage|queue|backlog|errors?)\s+(?:is\s+|are\s+)?down\b`,
      r`\bwill\s+be\s+down\b`,
      r`\b(?:crash|error|bug|downtime)[- ]free\b`,
      r`\b[\w-]+/errors?\b`, // a package path such as pkg/errors
      // Talking about error handling in code is not breakage: "do we wrap errors with …".
      r`\b(?:wrap|wrapping|wrapped|handle|handling|propagate|propagating|catch|catching|swallow|swallowing)\s+(?:the\s+|our\s+)?errors?\b`,
      r`(?<![.\d])\b(?:0|zero|no)\s+(?:new\s+)?(?:errors|failures|failed\s+[\w-]+|timeouts|crashes)\b`,
      // Hypotheticals: "if the provider goes down during the sale" describes a risk, not breakage.
      r`\b(?:if|whenever|in\s+case|what\s+happens\s+(?:when|if)|would|could|might)\b[^.?!\n,;]{0,40}`,
      r`\b(?:otherwise|or\s+else)\b[^.?!\n]{0,60}`,
      r`\bafter\s+(?:that|this|which|then)\b[^.?!\n,;]{0,40}`,
      r`\b(?:breaks|will\s+break|goes\s+down|fails|stops\s+working)\b[^.?!\n]{0,60}?\bunless\b`,
      // The writer's own blocker, not breakage for customers: "I can't finish the close until …".
      r`\bi\s+(?:still\s+)?(?:can'?t|cannot|can\s+not)\b|{SENT_START}(?:can'?t|cannot)\b`,
    ],
  },
  scope: {
    match: [
      r`\b(?:prod|production|live\s+site|customers?|customer-facing|users?|visitors?|buyers?|merchants?|everyone|storefront|checkout|check-?outs?|login|log\s*in|sign-?in|sign-?ups?|payments?|orders?|billing|card\s+transactions|status\s+page|public\s+api|mobile\s+apps?|writes)\b`,
      r`\bevery\s+(?:[\w-]+\s+)?(?:user|customer|client|request|call|api\s+call|sign-?in|login|page|product|order|transaction|account|new\s+account|charge|payment|purchase|checkout|email|message|upload|download|visitor|merchant|tenant)\b`,
      r`\b(?:biggest|largest|key|enterprise|paying)\s+(?:customers?|clients?|accounts?)\b`,
      r`\b(?:\d+\s?%|a\s+third|a\s+quarter|half|most|many|a\s+lot)\s+of\s+(?:requests|traffic|users|customers|calls|transactions|orders|sign-?ins|logins|checkouts|payments)\b`,
      r`\bregion\b`,
      r`\ball\s+(?:users|customers|requests|traffic|regions|orders|transactions|sign-?ins|logins|accounts|tenants)\b`,
      r`\b100\s?%\s+of\b`,
      r`\b(?:db|database)\s+primary\b|\bprimary\s+(?:db|database)\b|\bprod\s+(?:db|database)\b`,
      r`\b(?:the\s+)?(?:site|website|app|api|dashboard)\s+(?:is|are)\s+down\b`,
      r`\b(?:live\s+(?:site|app|env(?:ironment)?|traffic|system)|on\s+live|our\s+(?:main\s+|public\s+|marketing\s+|whole\s+|entire\s+|web\s+|mobile\s+)?(?:site|website|app|apps|api)|the\s+(?:website|web\s+app|mobile\s+app|ios\s+app|android\s+app|public\s+site|homepage|home\s+page|landing\s+page))\b`,
      r`\b(?:tenants?|subscribers?|patients?|shoppers?|members|end\s+users|paying\s+users|subscriptions|sessions)\b`,
      // Production infrastructure (a non-production scope in the sentence cancels it).
      r`\b(?:(?:the|our|main|primary|prod)\s+)?(?:database|db|redis|kafka|postgres|mysql|mongo(?:db)?|elasticsearch|cluster|load\s+balancer|cdn|dns|api|auth(?:entication)?\s+service|payment\s+service)\b`,
      // An ongoing failure with a start time is live, not a past event.
      r`\bsince\s+(?:~|about\s+|around\s+|roughly\s+)?(?:{CLOCK}|\d{1,2}:\d{2})`,
    ],
    unless: [
      r`\bnot\s+customer[- ]facing\b`,
      r`\bno\s+(?:customer|user)\s+impact\b`,
      r`\b(?:customers?|users?|clients?|prod(?:uction)?)\s+(?:is|are|was|were)\s+(?:not|n't)\s+(?:affected|impacted)\b|\b(?:customers?|users?)\s+(?:aren'?t|weren'?t|isn'?t)\s+(?:affected|impacted)\b`,
      r`\binternal[- ]only\b`,
      r`\btest\s+(?:users?|accounts?|customers?)\b`,
      // One customer stuck is a support escalation, not an incident: "Customer at Globex can't finish onboarding".
      r`\b(?:(?:a|one|single)\s+customer|customer\s+(?:at|from)\s+[\w-]+)\b(?!s)`,
      r`\b[a-z]{2,10}-\d+\b`, // ticket keys such as PROD-882
    ],
  },
  nonProdScope: {
    match: [
      r`\b(?:staging|stage\s+env|dev\s+env|development|sandbox|test\s+env(?:ironment)?|qa\s+env|locally|local\s+(?:build|env(?:ironment)?|db|database|redis|setup|machine|copy)|my\s+machine|my\s+laptop|ci|preview\s+env|internal\s+(?:[\w-]+\s+){0,2}?(?:tools?|tooling|wiki|dashboard|registry|repo|service|site|app|jenkins|vpn|network)|docs-site|nightly\s+build|demo\s+(?:env(?:ironment)?|instance|tenant|stack)|test\s+(?:env(?:ironment)?|instance|tenant|stack))\b`,
      // CI and merges: broken tooling blocks the team, it is not a production incident.
      r`\b(?:pipelines?|can'?t\s+merge|merges?\s+(?:are|is)\s+blocked|(?:ci|build|test|integration|lint|e2e|unit)\s+(?:jobs?|steps?|runs?)|jobs?\s+(?:fails?|failing|failed|is\s+red))\b`,
    ],
  },
  hypothetical: {
    match: [r`\b(?:if|whenever|while|in\s+case|would|could|might|may|risk|otherwise|unless)\b`],
  },
  ongoing: {
    match: [
      r`\b(?:still|again|currently|right\s+now|ongoing|as\s+we\s+speak|at\s+the\s+moment|keeps?|continu(?:es|ing)|not\s+(?:yet\s+)?(?:fixed|resolved|recovered|mitigated))\b`,
    ],
  },
  resolved: {
    unless: [
      r`\b(?:partially|not\s+(?:yet\s+)?fully|not\s+yet|only\s+partly)\s+(?:recovered|resolved|mitigated|fixed)\b`,
      r`\b(?:until|till|once|when|before|after)\b[^.?!\n]{0,40}?\b(?:is|are|has\s+been|have\s+been)\s+(?:resolved|mitigated|fixed|contained)\b`,
    ],
    match: [
      r`(?:^|\n)\s*resolved\b`,
      r`\b(?:is|was|has\s+been|now)\s+(?:resolved|mitigated|fixed|contained|under\s+control)\b`,
      r`\b(?:recovered|back\s+to\s+normal|all\s+clear|root\s+cause\s+was|post-?mortem)\b`,
      // Contained by the writer's team: "we rotated all CI tokens" (a secret rotated by someone else may be the cause).
      r`\b(?:we|i)(?:'ve|\s+have)?\s+(?:already\s+|now\s+|also\s+)?(?:revoked|rotated|invalidated)\b`,
      r`\berrors?\s+(?:have|has)\s+been\s+(?:at\s+)?(?:0|zero)\b`,
      // Minor by the writer's own account: a workaround, a low severity.
      r`\bworkaround\s+(?:sent|in\s+place|available|applied|shared|exists)\b`,
      r`\b(?:p[34]|sev[- ]?[34])\b`,
      r`\b(?:we|our\s+[\w-]+|customers?|users?|prod(?:uction)?)\s+(?:were|are|was|is)\s+(?:not|n't)\s+(?:affected|impacted)\b|\b(?:we|they)\s+(?:weren'?t|aren'?t)\s+(?:affected|impacted)\b|\bno\s+(?:customer|user)\s+impact\b`,
      r`\blow\s+(?:severity|priority)\b`,
    ],
  },
  blocker: {
    match: [
      r`\b(?:i'?m|i\s+am|we'?re|we\s+are|i'?ve\s+been|we'?ve\s+been|currently|been|totally|completely|still)\s+blocked\b`,
      r`{SENT_START}blocked\b`,
      r`\b(?:that'?s|this\s+is|it'?s|is)\s+blocking\s+(?:me|us|the|my|our)\b`,
      r`\bblocking\s+(?:me|us)\b`,
      r`\b(?:can'?t|cannot|can\s+not|unable\s+to)\s+(?:proceed|continue|merge|ship|deploy|release|test|apply|run|start|finish|move\s+forward|move\s+on|go\s+ahead|go\s+further|do\s+anything|work|build|push|cut|progress|get\s+(?:any\s+)?further|publish|submit|launch|close|post|book|onboard|sign|send\s+(?:it|the|this))\b`,
      r`\bholding\s+(?:the|my|our)\s+\w+\s+until\b`,
      r`\b(?:can'?t|cannot|can\s+not|unable\s+to)\s+[^.?!\n]{1,40}?\buntil\b`,
      r`\b(?:just\s+|still\s+)?waiting\s+on\s+(?:this|you|your|an?\s+(?:answer|decision|reply|approval|sign-?off)|the\s+(?:answer|decision|approval|sign-?off))\b`,
      r`\bbefore\s+(?:i|we)\s+can\s+(?:merge|ship|deploy|release|proceed|continue|launch|go\s+live|submit|publish|cut|turn\s+it\s+on|start|finish|move\s+on|go\s+ahead|test|close|send|post|book|onboard|pay)\b`,
      r`\bwaiting\s+(?:on|for)\s+(?:you|your|@[\w.-]+)\s+to\b`,
      r`\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:still\s+|just\s+)?waiting\s+(?:on|for)\s+(?:your|an?\s+(?:answer|decision|reply|approval|sign-?off|go-ahead))\b`,
      r`\bblocks?\s+(?:the|our|my|this|today'?s)\s+(?:release|deploy|launch|rollout|merge|cut|migration|submission|go-live)\b`,
      r`\b(?:a|the)\s+blocker\s+for\s+(?:the|our|my|this|today'?s)\s+(?:release|deploy|launch|rollout|cut|submission|go-live)\b`,
      r`\b(?:on\s+hold|holding\s+(?:it|this|the\s+\w+))\s+(?:until|pending)\b`,
      r`\bstuck\b[^.?!\n]{0,60}?\buntil\b`,
      // A release going out today is a same-day constraint on anything it still needs.
      r`\b(?:release|launch|cut|cutoff|code\s+freeze|go-live|submission|deadline|release\s+train)\s+(?:is|goes\s+out|happens|ships|leaves|closes)\s+(?:today|tonight|this\s+(?:afternoon|evening|morning)|in\s+(?:an?|one|two|three|\d+)\s+hours?)\b`,
      r`\b(?:releasing|shipping|launching|cutting\s+the\s+release|going\s+live)\s+(?:today|tonight|this\s+(?:afternoon|evening))\b`,
      r`\b(?:release|launch|cut|cutoff|code\s+freeze|go-live|deploy)\s+(?:is\s+)?in\s+(?:an?|one|two|three|\d+)\s+(?:hours?|h|minutes?|mins?)\b`,
      r`\b(?:it'?s\s+)?(?:release|launch|go-live|cutover|ship)\s+day\b`,
      // An appointment today that needs the answer: "I have to demo checkout to the client at 4pm".
      r`\b(?:i|we)\s+(?:have|need|got)\s+to\s+(?:demo|present|show|ship|deliver|hand\s+(?:it|this)\s+over)\b[^.?!\n]{0,50}?\b(?:at\s+{CLOCK}|today|tonight|this\s+(?:afternoon|evening))`,
      r`\b(?:last|only|final)\s+(?:gate|blocker|thing|step)\s+before\s+(?:i|we|the)\b`,
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
      r`\binfo\s+for\s+(?:everyone|all|the\s+team|you\s+all)\b`,
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
      r`\b(?:crash|error|bug|downtime)[- ]free\b`,
      r`\b(?:cost|costs|spend|latency|usage|queue)\s+(?:is\s+|are\s+)?down\b`,
      r`\bdown\s+(?:to\s+)?~?\d`,
      r`\bwill\s+be\s+down\b`,
      r`\b(?:flaky|broken|failing|bug|issue|problem|errors?)\b[^.?!\n]{0,40}?\b(?:is|are|was|were|got|has\s+been|have\s+been)\s+(?:now\s+)?(?:fixed|resolved|green|back)\b`,
    ],
  },
};
