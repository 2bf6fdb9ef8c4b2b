// Ask: a specific action or answer requested. Vague asks are listed separately so they warn instead.
import type { AskRules } from '../../language';

const r = String.raw;

const SUBJECT = r`(?:you|u|y'?all|someone|somebody|anyone|anybody|one\s+of\s+you|we|i|@[\w.-]+|the\s+[\w-]+\s+(?:team|squad|on-?call))`;

export const ask: AskRules = {
  request: {
    match: [
      r`\b(?:can|could|would|will|may|might)\s+${SUBJECT}\s+(?:please\s+|pls\s+|kindly\s+|also\s+|maybe\s+|quickly\s+)?[a-z]`,
      r`\b(?:please|pls|plz|kindly)\b`,
      r`\b(?:i|we)\s+(?:really\s+)?(?:need|want|would\s+like|'d\s+like)\s+(?:you|someone|somebody|it|this|them|your|an?\s+(?:review|approval|decision|answer|reviewer|second\s+reviewer|sign-?off|hand|maintainer|volunteer|go-ahead)|(?:a\s+)?(?:review|approval|decision|answer|sign-?off|go-ahead))\b`,
      r`{SENT_START}(?:i\s+)?need\s+(?!to\b|help\b)[a-z]`,
      r`\b(?:let\s+me\s+know|lmk)\b`,
      r`\bneed\s+(?:some\s+)?help\b`,
      r`\blooking\s+for\s+(?:some\s+)?(?:feedback|input|reviewers?|thoughts|eyes|help|volunteers?|opinions)\b`,
      r`\bneed\s+(?:someone|somebody|you|a\s+volunteer|an?\s+owner)\s+to\b`,
      // "I need the NDA back" asks someone; "we need this for the launch" only states a need.
      r`\bi(?:'ll|\s+will|\s+really)?\s+need\s+(?!to\b)(?:the|a|an|your|this|that|these|those|it|them|someone|somebody|you)\b`,
      r`\bok(?:ay)?\s+(?:if|to)\s+(?:i|we)\b`,
      r`\b(?:mind|any\s+chance)\s+(?:you\s+|someone\s+)?[a-z]+ing\b`,
      r`\bany\s+chance\b`,
      r`\b(?:i'?d|i\s+would|would)\s+(?:appreciate|love)\s+(?:a|an|your|it\s+if|some|if)\b`,
      r`\b(?:is|are)\s+waiting\s+(?:on|for)\s+your\b`,
      r`\bneed\s+your\b`,
      r`\b(?:who|which\s+team)\s+(?:can|could|owns|knows|should|would|has|is)\b`,
      r`\b(?:does|do)\s+(?:anyone|someone|anybody|somebody|you)\s+(?:know|remember|have)\b`,
      r`\bshout\s+if\b`,
      r`\b(?:react|vote|reply|respond|comment)\s+(?:with|in|on|below|here|by)\b`,
      r`\bcomments?\s+(?:by|before|welcome\s+by)\b`,
      r`\b(?:review|approval|sign-?off|input|decision)\s+(?:needed|requested|request)\b`,
      r`{SENT_START}(?:ask|request|action|action\s+needed)\s*:`,
      r`\bptal\b`,
      r`\breminder\s+to\s+(?!self\b)[a-z]+\s+(?:your|the|all|any|our)\b`,
      r`\bready\s+for\s+(?:another|a|your|one\s+more)\s+(?:look|review|pass)\b`,
      r`{SENT_START}(?:update|check|reset|change|rotate|reinstall|restart|pull|rebase|clear|remove|set|fill\s+in|fill\s+out|submit|upload)\s+(?:your|all|any)\b`,
      // A direct how-to question typed without a question mark: "where do i find the staging creds".
      r`{SENT_START_AT}(?:@[\w.-]+[\s,:]+)*(?:where|how|who|which\s+\w+)\s+(?:do|can|should|would)\s+(?:i|we)\s+(?:find|get|request|ask|go|look|see|access|set|configure|reach|change|put)\b`,
      // Imperatives at the start of a sentence (after an optional mention).
      r`{SENT_START_AT}(?:@[\w.-]+[\s,:]+)*(?:please\s+)?(?:review(?!\s+(?:window|meeting|process|cycle|request\s+is))|approve|merge|send|share|add|confirm|reply|respond|vote|react|deploy|restart|roll\s+back|revert|disable|enable|join|ping|page|grab|pick\s+up|sign\s+off|tell\s+me|have\s+a\s+look\s+at|flush|rotate|revoke|comment\s+on|leave\s+comments|check\s+(?:the|that|whether|if|why)|look\s+(?:into|at)\s+(?!this\b|it\b|that\b))\b`,
    ],
    unless: [
      r`\bno\s+need\s+to\b[^.?!\n]*`,
      r`\bnothing\s+(?:needed|required)\b[^.?!\n]*`,
      r`\bno\s+(?:action|reply|response|asks?)\b[^.?!\n]*`,
      r`\b(?:let\s+me\s+know|lmk|ping\s+me|shout|reach\s+out)\s+if\s+(?:you\s+have\s+(?:any\s+)?questions|anything|you\s+need|there'?s\s+anything|something|prod\s+breaks)[^.?!\n]*`,
      r`\bfeel\s+free\s+to\b[^.?!\n]*`,
      r`\b(?:ping|contact|reach\s+out\s+to|ask)\s+@?[\w.-]+\s+(?:for\s+anything|if\s+(?:you\s+need|anything|there'?s))\b[^.?!\n]*`,
      r`\bhappy\s+to\s+(?:help|answer|chat)\b[^.?!\n]*`,
      r`\bthanks?\s+(?:you\s+)?in\s+advance\b`,
      r`\bcould\s+(?:be|have|also\s+be)\b`,
      r`\b(?:it|this|that|which)\s+(?:can|could|would|will|might|may)\b`,
      r`\b(?:we|i|you)\s+(?:could|might|may)\s+(?:also|either|instead|fall\s+back|go\s+with|just)\b`,
      r`\bif\s+(?:it'?s|it\s+is|that'?s)\s+not\b[^.?!\n]*`,
      r`\bi\s+(?:can|could|will|might|may)\b`,
      r`\b(?:you|they|we|he|she|it|this|that|which|people|users|customers|one)\s+(?:can|could|would|will|may|might)\b`,
      r`\bplease\s+(?:note|be\s+aware|ignore|disregard|excuse|see\s+below)\b`,
    ],
  },
  notAsk: {
    match: [
      r`^\s*(?:no\s+need\s+to|nothing\s+(?:needed|required)|no\s+(?:action|reply|response)|let\s+me\s+know\s+if\s+you\s+have\s+(?:any\s+)?questions)`,
    ],
  },
  vague: [
    r`(?:any\s+)?(?:thoughts|feedback|ideas|opinions|input|comments|suggestions|takers|views)(?:\s+(?:on|about|re|regarding|for)\s+[^?]{1,60})?`,
    r`(?:can|could|would)\s+(?:someone|somebody|anyone|anybody|you|u|one\s+of\s+you)\s+(?:please\s+)?(?:take\s+a\s+look|look|have\s+a\s+look|check|help|give\s+(?:me\s+)?a\s+hand|look\s+into\s+(?:this|it|that))(?:\s+(?:me|us))?(?:\s+out)?(?:\s+(?:at|into|with|on)\s+(?:this|that|it|(?:the|my|our)\s+(?:issue|problem|thing|bug|error|stuff|build|pr|code|change)))?(?:\s+please)?`,
    r`(?:anyone|anybody|someone|help|halp|any\s+help|any\s+updates?|updates?|any\s+news|news|status|eta|bump|wdyt|ideas|thoughts|anyone\s+around|is\s+anyone\s+around|anyone\s+free|anyone\s+there)`,
    r`what\s+do\s+(?:you|y'?all|we|people|folks|you\s+all|you\s+guys)\s+think(?:\s+(?:about|of)\s+[^?]{1,60})?`,
    r`(?:how\s+does\s+(?:this|that|it)\s+look|does\s+(?:this|that)\s+make\s+sense|make\s+sense|(?:let\s+me\s+know|lmk)(?:\s+what\s+you\s+think)?|please\s+advise|any\s+objections)`,
    r`(?:does\s+)?(?:anyone|anybody)\s+know\s+(?:anything\s+)?about\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:thing|stuff|issue|problem)`,
    r`(?:i\s+|we\s+)?need\s+(?:some\s+)?help(?:\s+(?:with|on)\s+[^?.]{1,60})?`,
    r`(?:(?:i'?m\s+)?looking\s+for|(?:i'?d|i\s+would|would)\s+(?:love|appreciate)|need)\s+(?:your\s+|some\s+|any\s+)?(?:feedback|input|thoughts|eyes|opinions)(?:\s+(?:on|about)\s+[^?]{1,60})?`,
    r`(?:is\s+)?(?:anyone|anybody)\s+(?:around|free|online|here)(?:\s+who\s+knows\s+[^?]{1,40})?`,
  ],
  confirm: [
    r`(?:ok|okay|ok\s+with\s+(?:that|this|you)|agree|agreed|you\s+agree|sound\s+good|sounds\s+good|good\s+to\s+go|go\s+ahead|ok\s+to\s+(?:proceed|go|ship|merge)|(?:any\s+)?objections|yes\s+or\s+no|approve|approved|fine\s+by\s+you|works\s+for\s+you|ok\s+for\s+you)`,
  ],
    vagueStrip: r`^(?:(?:h+e+y+|hi+|hello+|yo+|so|ok|okay|also|btw|um+|hmm+|guys|team|folks|all|everyone|please|pls|quick\s+(?:question|q)|urgent|asap|@[\w.-]+)\b[\s,:!.—-]*)+`,
  conditional: {
    match: [r`{SENT_START_AT}(?:@[\w.-]+[\s,:]+)*(?:if|in\s+case|should\s+you|whoever|anyone\s+who|for\s+anyone\s+who)\b`],
  },
    questionForm: {
    match: [
      r`{SENT_START_AT}(?:@[\w.-]+[\s,:]+)*(?:(?:hey|hi|hello|so|also|quick\s+one)[\s,:]+)*(?:who|what|which|where|when|why|how|is|are|was|were|do|does|did|should|shall|has|have|had|am|any\s+(?:idea|reason)|anyone\s+know|is\s+it|would\s+it|will\s+it|whose)\b`,
      r`\b(?:does|do)\s+(?:anyone|someone|anybody|somebody|you)\s+(?:know|remember)\b`,
      r`\b(?:can|could)\s+(?:you|someone|anyone|somebody|anybody)\s+(?:tell|explain|clarify|confirm|remind)\b`,
    ],
  },
};
