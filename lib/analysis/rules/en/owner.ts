// Owner: the named person or group the ask is directed at, or who takes over. Broadcasts and people
// merely mentioned are not owners, so a mention needs an addressing cue on one side.
import type { OwnerRules } from '../../language';

const r = String.raw;

/** A capitalised given name (optionally with a surname); matched case-sensitively. */
const NAME = r`[A-Z][a-z]+(?:\s[A-Z][a-z]+)?`;
const TAKES = r`(?:is\s+covering|will\s+cover|covers|is\s+taking\s+over|takes\s+over|will\s+take\s+over|takes\s+it|will\s+take\s+it|picks\s+(?:it\s+|this\s+)?up|will\s+pick\s+(?:it\s+|this\s+)?up|is\s+picking\s+(?:it\s+|this\s+)?up|has\s+it\s+from\s+here|owns\s+(?:it|this)|is\s+on\s+it|will\s+handle|is\s+handling|is\s+the\s+owner|is\s+on\s+call)`;

export const owner: OwnerRules = {
  broadcast: ['here', 'channel', 'everyone', 'all', 'room', 'everybody', 'group'],
  addressedAfter: r`\s*(?:[,:—–-]\s*)?(?:(?:@[\w.-]+|and|&)[\s,]*){0,8}(?:please|pls|can|could|would|will\s+you|do\s+you|did\s+you|are\s+you|have\s+you|you|your|if\s+you|when\s+you|shout|let\s+me\s+know|lmk|ok\s+if|mind|any\s+chance|which|what|who|how|is\s+it|are\s+we|before|the\s+\S+\s+(?:is|are)\s+waiting\s+on\s+your|to\s+(?:review|take|look|check|handle|fix|own|approve|confirm|decide|do|pick|help|sign)|${TAKES}|(?:takes|picks|owns|covers|handles))\b`,
  addressedBefore: r`(?:\b(?:need|needs|needed|waiting\s+(?:on|for))\s+[^.?!\n]{0,40}?\bfrom\s*|\b(?:can|could|would|will|ask|asking|ping|pinging|need|assign(?:ed|ing)?(?:\s+(?:it|this))?\s+to|over\s+to|handing\s+(?:\S+\s+){0,5}?to|hand(?:ing)?\s+(?:off|over)\s+(?:\S+\s+){0,5}?to|hand(?:ing)?\s+(?:it\s+|this\s+)?(?:off\s+|over\s+)?to|passing\s+(?:\S+\s+){0,4}?to|owners?\s*:|dri\s*:|assignee\s*:|(?:someone|somebody|anyone|one\s+of\s+you)\s+(?:on|from|in))\s*)`,
  mentionedBefore: r`(?:\b(?:cc|fyi|thanks|thank\s+you|thx|ty|kudos\s+to|shout-?out\s+to|with|from|by|per|like|as|talked\s+to|spoke\s+(?:to|with)|told|tell|inform|notify|contact|email|dm|loop\s+in|talk\s+to|reach\s+out\s+to|escalate\s+to)\s*:?\s*)`,
  mentionedAfter: r`\s*(?:said|says|mentioned|thinks|thought|wrote|found|fixed|reported|suggested|told|was|were|'s\s+(?:out|away|off)|is\s+(?:out|away|off|ooo|on\s+(?:leave|vacation|pto))|will\s+be\s+(?:out|away|off)|did|merged|shipped|built|wrote)\b`,
  greetingLead: r`(?:(?:hey|hi|hello|hiya|yo|morning|good\s+morning|ok|okay|thanks|so|quick\s+one|quick\s+question|quick\s+q|sorry(?:\s+to\s+(?:bug|bother|ping|chase|disturb|nag)\s+(?:you|y'?all|again))?|btw|also|urgent|asap|fyi|pls|please)[\s,!]+)*`,
  named: {
    caseSensitive: true,
    match: [
      // Vocative at sentence start: "Sarah, could you", "hi Tom, quick one", "Finance, please".
      r`{SENT_START_CAP}(?:(?:[Hh]ey|[Hh]i|[Hh]ello|[Tt]hanks)\s+)?(${NAME})\s*[,—–]\s*(?=(?:can|could|would|will|please|do|did|are|is|when|any|quick|you|I|we|let|FYI|fyi|over)\b)`,
      r`{SENT_START_CAP}(?:[Hh]ey|[Hh]i|[Hh]ello)\s+(${NAME})\b`,
      // Teams renders mentions as plain full names: "Maria Lopez could you …".
      r`{SENT_START_CAP}(${NAME})\s+(?=(?:can|could|would|will)\s+you\b|please\b)`,
      r`\b(?:[Oo]ver|[Bb]ack)\s+to\s+you,?\s+(${NAME})\b`,
      r`\b(${NAME})\s+${TAKES}\b`,
      r`\b(?:passing|handing|hand|assigning|assigned|giving)\b[^.?!\n]{0,60}?\bto\s+(${NAME})\b`,
      r`\b(?:[Cc]an|[Cc]ould|[Ww]ould|[Ww]ill)\s+(${NAME})\s+(?:please\s+)?(?:take|look|review|check|handle|own|pick|fix|help|confirm|approve|do|update|send|share|add|run|decide|sign)\b`,
      r`\b(?:[Aa]sk(?:ing)?|[Pp]ing(?:ing)?|[Nn]eed)\s+(${NAME})\s+to\b`,
      r`\b(?:[Oo]wner|DRI|[Aa]ssignee|[Aa]ssigned\s+to)\s*:?\s*(${NAME})`,
      // Groups: "someone from the data team", "can the platform team", "the SRE on-call, please".
      r`\b(?:[Ss]omeone|[Ss]omebody|[Aa]nyone|[Oo]ne\s+of\s+you|[Ff]olks|[Pp]eople)\s+(?:from|on|in|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:team|squad|group|org|crew|rotation|on-?call)\b`,
      r`\b(?:[Ss]omeone|[Ss]omebody|[Aa]nyone)\s+(?:from|in|on)\s+(?:the\s+)?(?!here\b|there\b|this\b|that\b|the\s+(?:call|thread|channel|office|meeting)\b|my\b|our\b|your\b|prod\b|staging\b)[A-Za-z][\w-]+\b(?!\s+(?:access|rights|permissions?))`,
      r`\b(?:[Cc]an|[Cc]ould|[Ww]ould|[Ww]ill)\s+(?:the\s+)?[\w-]+\s+(?:team|squad|on-?call|folks)\b`,
      r`{SENT_START}(?:[Tt]he\s+)?[\w-]{1,40}\s+(?:team|squad|on-?call)\s*[,:]\s*(?=(?:can|could|would|please|will)\b)`,
    ],
  },
  notNames: [
    'So', 'Also', 'Ok', 'Okay', 'Hey', 'Hi', 'Hello', 'Thanks', 'Thank', 'Well', 'Yes', 'No', 'Sorry', 'Folks', 'Team',
    'All', 'Guys', 'Everyone', 'Anyone', 'Someone', 'Somebody', 'Update', 'Status', 'Quick', 'Btw', 'Question', 'Note',
    'Context', 'Background', 'Options', 'Option', 'Ask', 'Deadline', 'Urgent', 'Security', 'Heads', 'Today', 'Tomorrow',
    'Yesterday', 'Tonight', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Done',
    'Next', 'Blocker', 'Blocked', 'Recommendation', 'Proposal', 'Decision', 'Impact', 'Resolved', 'Reminder',
    'Announcement', 'Please', 'Plus', 'Then', 'Now', 'Again', 'First', 'Second', 'Finally', 'Meanwhile', 'Otherwise',
    'However', 'Honestly', 'Basically', 'Prod', 'Production', 'Staging', 'Ugh', 'Oh', 'Hmm', 'Sure', 'Great', 'Cool',
    'Nice', 'Perfect', 'Oops', 'Sadly', 'Unfortunately', 'Good', 'Morning', 'Evening', 'Afternoon', 'Important',
    'Summary', 'Problem', 'Issue', 'Bug', 'Fix', 'Result', 'Results', 'Evidence', 'Logs', 'Error', 'Errors', 'Why',
    'What', 'When', 'Where', 'Who', 'How', 'Which', 'This', 'That', 'These', 'Those', 'Here', 'There', 'It', 'We',
    'You', 'They', 'Changelog', 'Highlights', 'Tldr', 'Edit', 'Correction', 'Psa', 'Fyi', 'Release', 'Sprint', 'Risk',
    'Goal', 'Plan', 'Owner', 'Action', 'Actions', 'Agenda', 'Notes', 'Dashboard', 'Ticket', 'Incident', 'Outage',
    'Later', 'Soon', 'Anyway', 'Actually', 'Apparently', 'Currently', 'Just', 'Only', 'Anybody', 'Nobody',
  ],
};
