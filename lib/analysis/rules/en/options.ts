// Options (two or more alternatives, or a stated tradeoff) and recommendation (the writer's own pick).
import type { PatternSet } from '../../language';

const r = String.raw;

export const options: PatternSet = {
  match: [
    // A fallback or alternative with its cost: "if not I'll switch to X, which looks worse", "PITR would be exact but takes ~2h".
    r`\b(?:if\s+not|otherwise),?\s+(?:i'?ll|we'?ll|i\s+will|we\s+will|we\s+(?:can|could))\s+(?:switch|fall\s+back|go\s+with|use|move)\b`,
    r`\b(?:would|will|could)\s+be\s+(?:more\s+)?\w+\s+but\s+(?:takes|costs|needs|requires|is|loses|breaks)\b`,
    r`\beither\b(?:[^.?!\n]|\.(?=\S)){1,200}?\bor\b`,
    r`\bwhether\b(?:[^.?!\n]|\.(?=\S)){1,200}?\bor\b`,
    r`\b(?:we|you|i)\s+(?:could|can)\s+[a-z]+\b(?:[^.?!\n]|\.(?=\S)){1,120}?\bor\b`,
    r`\b(?:keeping|dropping|doing|using|adding|removing|switching|staying|moving|waiting|shipping|holding|going\s+with|building|buying|rewriting|migrating)\s+(?:it|them|this|that|[\w-]+)\b[^.?!\n]{1,100}?[;,]\s*(?:but\s+|while\s+|whereas\s+)?(?:keeping|dropping|doing|using|adding|removing|switching|staying|moving|waiting|shipping|holding|going\s+with|building|buying|rewriting|migrating)\b`,
    r`\b(?=v)(?<!\d[%km]?\s?)(?:vs\.?|versus)(?=\s)(?!\s*[~$€£]*\d)`,
    r`\boption\s+(?:a|b|c|1|2|3|one|two)\b`,
    r`{SENT_START}options?\s*(?:i\s+see|we\s+have)?\s*:`,
    r`\b(?:the\s+)?options?\s+(?:i\s+see|we\s+have|are)\b`,
    r`\b(?:two|three|2|3|a\s+few|couple\s+of)\s+(?:options|alternatives|approaches|choices|ways\s+to|candidates|paths|proposals|designs|vendors)\b`,
    r`\b(?:has|is|are|have)\s+(?:more|less|stronger|weaker|better|worse|faster|slower|cheaper|pricier|simpler)\b[^.?!\n]{0,60}?[;,]\s*[^.?!\n]{0,40}?\b(?:has|is|are|have)\s+(?:more|less|stronger|weaker|better|worse|faster|slower|cheaper|pricier|simpler)\b`,
    r`\balternatives?\b`,
    r`\balternatively\b`,
    r`\b(?:the\s+)?(?:downside|upside|tradeoff|trade-off|catch|risk|con|pro|drawback)s?\s+(?:is|are|being|of\s+(?:this|that|doing))\b`,
    r`\btrade-?offs?\b`,
    r`\bpros\s+and\s+cons\b`,
    r`\bon\s+the\s+other\s+hand\b`,
    // "instead of" only offers a choice next to a proposal; "it opens a pool per job instead of sharing one" describes.
    r`\b(?:should|could|would|'d|let'?s|suggest|propose|prefer|recommend|better|option|plan|can|use|go\s+with|switch)\b[^.?!\n]{0,100}?\b(?:rather\s+than|instead\s+of)\b`,
    r`{SENT_START}(?:rather\s+than|instead\s+of)\b`,
    r`\b(?:faster|slower|cheaper|pricier|simpler|safer|riskier|easier|harder|quicker|cleaner|lighter|heavier|smaller|bigger|less\s+risky|more\s+(?:expensive|reliable|work|complex|robust|flexible))\b[^.?!\n]{0,30}?\bthan\b`,
    r`\b(?:we|you|i)\s+could\s+(?:also|either|instead|fall\s+back|go\s+with|use|switch|try|just|keep|move|roll\s+back|revert|wait|buy|pin|cap|hash)\b`,
    r`\bfall(?:ing)?\s+back\s+to\b`,
    r`\bor\s+(?:we|i)\s+(?:could|can)\b`,
    r`\bor\s+just\b`,
    r`\bor\b[^.?!\n]{0,60}?\b(?:both|either)\s+(?:work|works|are\s+fine|are\s+ok|would\s+work)\b`,
    r`\b(?:react|vote)\b[^.?!\n]{0,60}?\bor\b`,
    r`\b(?:one|the\s+other)\s+(?:is|gives|costs|means)\b[^.?!\n]{0,60}?\b(?:the\s+other|while|whereas)\b`,
    r`\bwhereas\b`,
    r`\b(?:stay|keep|go|move|use|switch|pick|choose|migrate|buy|build|ship|hold|wait|drop)\b[^.?!\n]{1,120}?\bor\s+(?:move|use|switch|go|keep|stay|migrate|buy|build|pick|choose|ship|hold|wait|drop)\b`,
    r`\)\s*,?\s+or\s+[\w-]+`,
    r`\b(?:choose|decide|pick|select)\s+between\b`,
    r`\b(?:plan\s+a|plan\s+b)\b`,
  ],
};

/** Inside a question: "A or B?" names alternatives, except in these fixed phrases. */
export const optionsInQuestion: PatternSet = {
  match: [r`\bor\b`],
  unless: [
    r`@[\w.-]+\s+or\s+@[\w.-]+`,
    r`\b(?:you|someone|anyone|me)\s+or\s+(?:@|you|someone|anyone|me)`,
    r`\bor\s+(?:not|so|anything|something|whatever|similar|else|later|more|less|two|three|otherwise|equivalent|elsewhere|anyone|someone|are\s+we\s+done)\b`,
    r`\b(?:one|two|three)\s+or\s+(?:two|three|four|five|more|so)\b`,
    r`\b(?:a\s+day|an\s+hour|a\s+week)\s+or\b`,
    r`\bquestions?\s+or\s+(?:concerns?|comments?|objections?)\b`,
    r`\b(?:comments|concerns|thoughts|feedback)\s+or\b`,
  ],
};

export const recommendation: PatternSet = {
  match: [
    r`\bi(?:'d|\s+would)?\s+(?:strongly\s+)?(?:suggest|recommend|propose|advise|vote\s+for|lean(?:\s+(?:towards?|to))?)\b`,
    r`\bi'?d\s+(?!like\b|love\b|appreciate\b|be\b|need\b|have\b|want\b|been\b|rather\s+not\b|guess\b|think\b|imagine\b|hope\b|expect\b|prefer\s+not\b|better\b|also\b)(?:just\s+|probably\s+|personally\s+|definitely\s+|still\s+|rather\s+)?[a-z]{2,}`,
    r`\b(?:i'?m|i\s+am)\s+(?:leaning|inclined)\s+(?:towards?|to)\b`,
    r`\bi\s+(?:(?:still|strongly|personally|slightly)\s+)?prefer\b`,
    r`\bmy\s+(?:vote|preference|recommendation|suggestion|proposal|pick|take|plan)\s*(?:is|would\s+be|:|goes\s+to)`,
    r`{SENT_START}(?:recommendation|proposal|suggestion|proposed|preferred|my\s+vote)\s*:`,
    // "Let's go with B"; a bare "lets" only where a clause starts ("our form now lets people pick" is not a proposal).
    r`\blet's\s+{LETS_NOT}[a-z]`,
    r`{SENT_START}lets\s+{LETS_NOT}[a-z]`,
    r`\b(?:so|and|ok|okay)\s+lets\s+{LETS_NOT}[a-z]`,
    r`[,;:—–]\s*lets\s+{LETS_NOT}[a-z]`,
    r`\bi(?:'d|\s+would)\s+(?:just\s+|probably\s+|personally\s+|definitely\s+|still\s+|rather\s+)?(?:go|pick|choose|do|use|roll|revert|take|prefer|rather|keep|start|bump|pin|skip|drop|ship|wait|merge|try|switch|move|assume|opt|stick|add|remove|disable|enable|deactivate|quarantine|upgrade|hold|split|re-?enable|turn|leave|avoid|hash|delete|deploy|postpone|delay|push|cap|buy|rebuild|rewrite|rotate|restart|block|accept|reject|approve|fix\s+forward)\b`,
    r`\bi'?d\s+like\s+to\s+(?:pair|walk\s+through|upgrade|switch|move|use|go|drop|roll|revert|migrate|replace|remove|deprecate|merge|split|keep|change|try|adopt|introduce|disable|enable|bump|pin|rewrite|consolidate)\b`,
    r`\bi\s+think\b[^.?!\n]{0,30}?\b(?:fix\s+is|should|best|right\s+call|way\s+to\s+go|simplest|better\s+to|we\s+can\s+just|is\s+to)\b`,
    r`\bwe\s+should\b`,
    r`\b(?:the\s+)?(?:best|simplest|safest|cleanest|right|easiest|cheapest)\s+(?:option|fix|approach|path|way|call|bet)\s+(?:is|would\s+be|here\s+is)\b`,
    r`\b(?:i'?m|i\s+am)\s+(?:going|planning|about)\s+to\b[^.?!\n]{0,80}?\bunless\b`,
    r`\bunless\s+(?:someone|anyone|you|there'?s|anybody|somebody)\s+(?:objects?|disagrees?|knows|has|shouts|sees|says|finds)\b`,
    r`\bif\s+(?:no\s+one|nobody)\s+(?:objects?|disagrees?|shouts)\b`,
    r`\bmy\s+(?:suggestion|recommendation)\b`,
    r`\b(?:i'?m|i\s+am)\s+in\s+favou?r\s+of\b`,
    // A plan announced with an objection window is a proposal: "I'm going to start X. Shout if you disagree."
    r`\b(?:shout|speak\s+up|object|let\s+me\s+know|lmk|ping\s+me|say\s+so)\s+if\s+(?:you|anyone|someone|anybody|somebody)\s+(?:disagrees?|objects?|(?:has|have)\s+(?:any\s+)?(?:concerns|objections|a\s+problem\s+with\s+(?:it|this|that)))\b`,
    r`\b(?:i|we)(?:'ve|\s+have)?\s+(?:wrote|written|drafted|put\s+together|put\s+up|prepared)\s+(?:up\s+)?(?:a|an|my|our)\s+(?:[\w-]+\s+)?(?:proposal|rfc|design\s+doc)\b`,
  ],
  unless: [r`\bshould\s+we\b`],
};
