// English text: insertable suggestion lines, warning messages and fixes, expectation lines.
// {placeholders} are filled by the engine; [brackets] are left for the writer to fill in.
import type { Texts } from '../../language';

export const texts: Texts = {
  suggestions: {
    context: {
      default: 'Context: [why this matters — what it unblocks, or the goal].',
      incident: 'Impact: [who is affected and how badly].',
      review: 'Why: [what this change does and what it fixes].',
      decision: 'Context: [what forces the decision now].',
      fyi: 'Why: [what this means for readers].',
    },
    state: {
      default: "Where it stands: [what you've tried or found so far].",
      incident: 'Current state: [what is broken, for whom, since when].',
      status: 'Status: done [..]; in progress [..]; blocked on [..].',
      handoff: 'State: done [..]; still open [..].',
      review: 'State: the PR is up and [tests pass / what is left].',
    },
    options: {
      default: 'Options: A) [option] — [tradeoff]; B) [option] — [tradeoff].',
    },
    recommendation: {
      default: 'I recommend [option] because [reason].',
    },
    ask: {
      default: '{owner}, could you [specific action or answer]?',
      question: '{owner}, do you know [the specific question]?',
      review: '{owner}, could you review [link], focusing on [the tricky part]?',
      decision: '{owner}, can you approve [option] or say what you would change?',
      incident: '{owner}, please [the action you need: roll back / join the bridge / confirm].',
      status: '{owner}, could you [the next step you need], if anything?',
      handoff: '{owner}, please confirm you have it.',
    },
    deadline: {
      default: 'Deadline: please reply by {when}{why}.',
      'same-day': 'Deadline: I need an answer by {sameDay}{why}.',
      incident: 'Deadline: please respond within minutes — I am also paging on-call.',
      fyi: 'FYI only, no reply needed.',
      status: 'No reply needed; next update {nextDay}.',
      handoff: 'Nothing needed from anyone today; ping me only if something breaks.',
    },
    owner: {
      default: '{owner}, could you take this?',
      handoff: '{owner} picks this up from here.',
      incident: '{owner}, please take point — paging you as well.',
      fyi: '{owner} is the contact for questions.',
    },
    evidence: {
      default: 'Evidence: [link, ticket number, or the exact error message].',
      review: 'PR: [link]',
      incident: 'Evidence: [dashboard or log link / exact error], started at [HH:MM] {zone}.',
      status: 'Details: [link or ticket], [metric: x of y done].',
      handoff: 'Notes: [ticket or doc link].',
    },
  },
  warnings: {
    'unfilled-placeholder': {
      message: 'Fill in or delete the bracketed blank: "{word}" still waits for your words.',
    },
    'naked-greeting': {
      message: 'A greeting alone makes them wait for the real question.',
      fix: 'Say it all in one message: "Hi {owner}, could you [specific ask] by {when}? Context: [why]."',
    },
    'vague-ask': {
      message: 'This ask has no specific answer to give.',
      fix: 'Ask for something concrete, e.g. "Can you approve option A, or tell me what blocks it, by {when}?"',
    },
    'urgency-inflation': {
      message: '"{word}" without an incident trains people to ignore it.',
      fix: 'Drop "{word}" and say what it blocks and by when, e.g. "This blocks [the release]; I need an answer by {sameDay}."',
    },
    'no-owner': {
      message: 'No one is named, so no one owns the reply.',
      fix: 'Name who should act: "{owner}, could you …?"',
    },
    'broadcast-no-owner': {
      message: '{word} notifies everyone but assigns no one.',
      fix: 'Name who should act: "{owner}, could you …?"',
    },
    'deadline-no-zone': {
      message: '"{word}" is ambiguous across time zones.',
      fix: 'Add the zone: "{zonedExample}".',
    },
    'wall-of-text': {
      message: 'One long block is hard to scan in chat.',
      fix: 'Lead with the ask, then put context, state and options on separate lines or bullets.',
    },
    'buried-ask': {
      message: 'The ask only comes at the very end.',
      fix: 'Move the ask to the first line: "{ask}", then the details.',
    },
    'as-discussed': {
      message: '"{word}" without a link leaves out everyone who was not there.',
      fix: 'Link it: "As discussed in [link to thread or doc], …"',
    },
  },
  expectation: {
    urgent: "Urgent: production is affected — I'm also paging on-call; please respond within minutes.",
    'same-day': 'Blocking: need an answer by {sameDay}.',
    'same-day-untimed': 'Blocking: need an answer by end of your working day today.',
    normal: 'Normal priority: a reply within one business day is fine.',
    fyi: 'FYI only, no reply needed.',
  },
  expectationPrefix: { urgent: 'Urgent', 'same-day': 'Blocking', normal: 'Normal priority', fyi: 'FYI only' },
  norms: {
    urgent: 'Interrupt now: respond within minutes, and page or call as well.',
    'same-day': 'A direct blocker: respond the same working day, within a few hours.',
    normal: 'The default: respond within one business day.',
    fyi: 'Information only: no response needed.',
  },
  reasons: {
    incident: 'incident signal: "{word}"',
    resolved: 'resolved or minor: "{word}"',
    blocker: 'blocker: "{word}"',
    sameDayDeadline: 'same-day deadline: "{word}"',
    noReply: 'no reply needed: "{word}"',
    fyiCue: 'information only: "{word}"',
    statusNoAsk: 'a status update with no ask',
    inflation: '"{word}" alone does not make it urgent (no incident signal)',
    default: 'no incident, blocker or same-day deadline: normal priority',
    social: 'an acknowledgement: no response expected',
    empty: 'nothing written yet',
    language: 'written in a language Composure does not read yet (English only for now)',
  },
  endOfDay: 'end of your working day today',
  defaultDeadlineTime: '17:00',
  weekdays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  unknownOwner: '@[name]',
  unknownDay: '[day]',
  deadlineReason: ' so I can [continue / ship]',
};
