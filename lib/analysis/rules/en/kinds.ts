// Cues for message kinds, social acknowledgements, naked greetings and the "as discussed" warning.
import type { KindRules, SocialRules, WarningRules } from '../../language';

const r = String.raw;

export const kinds: KindRules = {
  handoff: {
    match: [
      r`\bhand(?:ing)?\s+(?:\S+\s+){0,4}?(?:off|over)\b`,
      r`\bhanding\s+(?:\S+\s+){0,5}?to\b`,
      r`\bhand-?off\b`,
      r`(?:^|\n)\s*handover\b`,
      r`\bhand-?over\s*:`,
      r`\b(?:shift|on-?call|eod|end\s+of\s+day|pager)\s+hand-?(?:over|off)\b`,
      r`\bpassing\s+(?:the\s+baton|\S+(?:\s+\S+){0,3}?\s+to\b)`,
      r`\bover\s+to\s+you\b`,
      r`\bhas\s+it\s+from\s+here\b`,
      r`\b(?:takes|picks)\s+(?:it\s+|this\s+)?(?:up|over)\b`,
      r`\bend\s+of\s+(?:my\s+)?shift\b`,
      r`\b(?:eod|end\s+of\s+day)\s+hand-?off\b`,
      r`\b(?:owns|covers|is\s+covering|takes\s+over|is\s+on)\b[^.?!\n]{0,40}?\bwhile\s+i'?m\s+(?:out|away|off|on\s+\w+)\b`,
    ],
  },
  decision: {
    match: [
      r`\bdecision\s+(?:needed|required|time|request)\b`,
      r`\b(?:need|needs|needed)\s+(?:a\s+)?(?:decision|call)\b`,
      r`\b(?:need|have|got)\s+to\s+(?:decide|pick|choose|make\s+a\s+call|settle\s+on|agree\s+on)\b`,
      r`\b(?:can|could|would|please)\s+(?:you\s+|we\s+|someone\s+|y'?all\s+)?(?:decide|make\s+(?:the|a)\s+call|choose|pick\s+one)\b`,
      r`\bplease\s+vote\b`,
      r`\b(?:vote|decide)\s+(?:by|before|in\s+the\s+thread|on)\b`,
      r`(?:^|\n)\s*proposal\s*:`,
      r`\bpick\s+one\b`,
      r`\b(?:two|three|2|3|a\s+few|couple\s+of)\s+(?:options|alternatives|approaches|choices|candidates|paths|proposals|designs|vendors|ways\s+to)\b`,
      r`\b(?:any\s+)?objections\b`,
      r`{SENT_START}options?\s*:`,
      r`\b(?:shout|speak\s+up|object)\s+if\s+(?:you|anyone|someone)\s+(?:disagrees?|objects?)\b`,
    ],
  },
  decisionAsk: {
    match: [r`(?:^|\n)\s*decision\b`, r`\bdecision\s+(?:for|on|about)\b`],
  },
  review: {
    match: [
      r`\b(?:ready|up)\s+for\s+(?:a\s+)?review\b`,
      r`\bneeds?\s+(?:a\s+)?review\b`,
      r`\breview\s+request\b`,
      r`\bptal\b`,
      r`\bcode\s+review\b`,
      r`\b(?:review|approve|look\s+over)\s+(?:my|the|this|a|our)?\s*(?:pr|mr|pull\s+request|diff|patch|changes?|changeset|rfc|doc|design\s+doc|proposal)\b`,
      r`\b(?:can|could|would)\s+(?:you|someone|anyone|somebody|@[\w.-]+)\s+(?:please\s+)?review\b`,
      r`\breviewers?\b`,
      r`\bcycles\s+to\s+review\b`,
      r`\bready\s+for\s+(?:another|a|your|one\s+more)?\s*(?:look|review|pass)\b`,
      r`\b(?:review|approve|proofread|look\s+over)\s+(?:and\s+(?:approve|merge|sign\s+off(?:\s+on)?)\s+)?(?:my|the|this|our)\s+(?:[\w.-]+\s+)?(?:release\s+notes|notes|draft|spec|document|copy|wording|deck|plan|runbook|rfc|proposal|pr|mr|changes?)\b`,
      r`\b(?:take\s+a\s+look|have\s+a\s+look|look|eyes)\s+(?:at|over|on)\s+(?:my|the|this|our|a)\s+(?:pr|mr|pull\s+request|diff|patch|change|changes|branch|rfc)\b`,
      r`\bnew\s+(?:pr|mr|pull\s+request)\b`,
      r`\b(?:one\s+more\s+|another\s+|a\s+second\s+|second\s+)?(?:approval|review|lgtm|stamp)\s+(?:on|for)\s+(?:#\d+|(?:my|the|this|our)\s+(?:pr|mr|pull\s+request|diff))`,
      r`\b(?:pr|mr|pull\s+request|diff|patch)\b[^.?!\n]{0,80}?\b(?:take\s+a\s+look|have\s+a\s+look|look\s+at|look\s+over|eyes\s+on|approve)\b`,
    ],
  },
  reviewLink: {
    match: [r`\/pulls?\/\d+`, r`\/merge_requests\/\d+`, r`\/-\/merge_requests\b`, r`\/pull-requests\/\d+`, r`\/reviews?\/\d+`],
  },
  status: {
    match: [
      r`(?:^|\n)\s*(?:[\w.-]+\s+){0,3}?(?:status|update|progress)\s*(?:on\b[^:\n]{0,60})?:`,
      r`\b(?:status|progress)\s+(?:update|report)\b`,
      r`\b(?:weekly|daily|quick|project|sprint|infra|eod)\s+update\b`,
      r`\b(?:status|update)\s+on\b`,
      r`\bmaking\s+progress\b`,
      r`(?:^|\n)\s*(?:[-•*]\s*)?(?:done|in\s+progress|next|blockers?)\s*:`,
      r`\beta\b`,
    ],
  },
};

const THANKS = r`(?:thanks?|thank\s+you|thx|ty|tysm|tyvm|cheers|much\s+appreciated|appreciate\s+it|many\s+thanks)`;
/** One short social reply, in order of preference (the first alternative that matches wins). */
const UNIT_REPLIES: readonly string[] = [
  THANKS, r`lol`, r`lmao`, r`rofl`, r`ha(?:ha)+`, r`hah`, r`he(?:he)+`, r`heh`, r`ok(?:ay)?`, r`k`, r`kk`,
  r`cool`, r`nice`, r`great`, r`awesome`, r`perfect`, r`sweet`, r`excellent`, r`amazing`, r`brilliant`,
  r`lovely`, r`neat`, r`wonderful`, r`fantastic`, r`(?:sounds|looks)\s+(?:good|great|fine|perfect|reasonable)`,
  r`will\s+do`, r`got\s+it`, r`on\s+it`, r`noted`, r`ack`, r`acked`, r`roger(?:\s+that)?`, r`understood`,
  r`makes\s+sense`, r`agreed`, r`same`, r`yep`, r`yup`, r`yes`, r`yeah`, r`ya`, r`sure`, r`of\s+course`,
  r`no\s+problem`, r`np`, r`no\s+worries`, r`nw`, r`all\s+good`, r`lgtm`, r`\+1`, r`word`, r`true`,
  r`fair(?:\s+enough)?`, r`exactly`, r`indeed`, r`for\s+sure`, r`totally`, r`definitely`,
  r`good\s+(?:point|call)`, r`nice\s+one`, r`happy\s+to\s+help`, r`anytime`, r`done`,
  r`(?:after|before)\s+(?:lunch|the\s+meeting|standup|this|that)`, r`later`, r`shortly`, r`in\s+a\s+bit`,
  r`i'?ll\s+(?:take|do|handle|grab)\s+(?:it|this|that)`, r`you'?re\s+welcome`, r`love\s+it`, r`love\s+this`,
  r`so\s+much`, r`very\s+much`, r`a\s+lot`, r`again`, r`all`, r`everyone`, r`team`, r`folks`, r`guys`, r`man`,
  r`mate`, r`both`, r`then`, r`to\s+me`, r`for\s+me`, r`from\s+me`,
  r`glad\s+(?:it|that|this)\s+(?:worked|helped|works|did\s+the\s+trick)`,
  r`glad\s+(?:to\s+help|i\s+could\s+help|to\s+hear\s+(?:it|that))`, r`works\s+for\s+me`,
  r`that'?s\s+(?:great|funny|amazing|awesome|fair)`, r`bye`, r`see\s+you`, r`see\s+ya`,
  r`good\s+(?:morning|night|evening)`,
];
const UNIT = `(?:${UNIT_REPLIES.join('|')})`;

export const social: SocialRules = {
  messages: [
    r`${UNIT}(?:\s+${UNIT}){0,7}`,
    r`(?:${UNIT}\s+){0,3}(?:${THANKS}|congrats|congratulations|kudos|well\s+done|(?:great|nice|awesome|amazing)\s+(?:job|work|one)|happy\s+(?:birthday|friday|holidays|new\s+year|anniversary)|welcome(?:\s+(?:aboard|to\s+the\s+team|back))?|have\s+a\s+(?:good|great|nice)\s+(?:weekend|day|evening|one))(?:\s+(?:so\s+much|a\s+lot|again|all|everyone|team|folks|guys|\w+))?(?:\s+(?:for|on|to)\s+[^?]{1,80})?`,
  ],
  nakedGreeting: [
    r`(?:(?:h+e+y+|hi+|hello+|hiya|heya|yo+|howdy|hola|hallo|hej|salut|ciao|bonjour|ping|good\s+(?:morning|afternoon)|morning)(?:\s+(?:there|man|mate|dude|buddy|all|team|folks|guys|everyone|you|[a-z]+))?)?(?:\s*(?:got\s+a\s+(?:sec|second|min|minute|moment)|(?:do\s+you\s+)?have\s+a\s+(?:sec|second|min|minute|moment)|you\s+(?:there|around|free|busy)|are\s+you\s+(?:there|around|free|busy|online)|quick\s+(?:question|q)|(?:i\s+have|got)\s+a\s+(?:quick\s+)?question(?:\s+for\s+you)?|can\s+i\s+ask\s+(?:you\s+)?(?:something|a\s+(?:quick\s+)?question)|question\s+for\s+you|(?:can|could)\s+you\s+help\s+me|r\s+u\s+there|u\s+there|one\s+sec|a\s+quick\s+one))*`,
  ],
};

export const warnings: WarningRules = {
  asDiscussed: {
    match: [
      r`\bas\s+(?:we\s+)?discussed\b`,
      r`\b(?:as\s+)?per\s+(?:our|my|the|your)\s+(?:conversation|discussion|chat|call|meeting|convo|last\s+message|earlier\s+message|dm)\b`,
      r`\bas\s+(?:we\s+)?(?:talked\s+about|agreed|mentioned)(?:\s+(?:earlier|before|yesterday|in\s+the\s+meeting))?\b`,
      r`\blike\s+we\s+(?:talked\s+about|discussed|agreed)\b`,
      r`\bfollowing\s+up\s+on\s+(?:our|the|my)\s+(?:chat|call|conversation|discussion|meeting)\b`,
      r`\bfrom\s+(?:our|the)\s+(?:call|meeting|chat|conversation)\s+(?:earlier|yesterday|today|this\s+morning)\b`,
    ],
  },
};
