// The card's v2 inputs: who is asked (owner part, DM partner) and by when (deadline part), and what
// it says when the deadline rules the answer. Uses the real analysis, as the controller does.
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analysis';
import { deadlineOf, ownersOf } from '../../../lib/sidebar/ask-targets';
import { buildSendTimeView } from '../../../lib/sidebar/send-time-view';
import { resolveDeadline } from '../../../lib/schedule';
import { runAnalysis } from '../../../lib/background/analysis';
import { ana, colleague } from './people';

const BERLIN = 'Europe/Berlin';
const monica = colleague('monica', 'Monica Reyes', 'Australia/Sydney', 'monica');
const dana = colleague('dana', 'Dana Scully', 'America/New_York', 'dana');
const priya = colleague('priya', 'Priya Nair', 'Asia/Kolkata', 'priya');
// Fri 2026-12-04 09:00 UTC: Berlin 10:00 (working), Sydney 20:00 (off until Mon 09:00), New York 04:00.
const FRI = Date.UTC(2026, 11, 4, 9);

function view(draft: string, people = [ana, monica], opts: { direct?: boolean; now?: number } = {}) {
  const now = opts.now ?? FRI;
  // What analysis/run answers (no settings stored: the sender's zone alone), as the controller gets it.
  const { analysis, deadlines } = runAnalysis(draft, { now, senderTimeZone: BERLIN }, null);
  return buildSendTimeView({
    people, unknown: [], now, senderTimeZone: BERLIN, urgency: analysis.urgency.label, draft, analysis, deadlines, direct: opts.direct ?? false,
  });
}

describe('who is asked', () => {
  it('matches the owner part to recipients by @handle, first name or full name', () => {
    const people = [ana, monica, dana];
    const of = (draft: string) => ownersOf(draft, analyzeMessage(draft, { now: FRI, senderTimeZone: BERLIN }), people, false);
    expect(of('@monica can you send me the Q3 numbers by Tuesday? Finance needs them.')).toEqual(['monica']);
    expect(of('Dana, could you review the migration plan by Friday 17:00? It blocks the release.')).toEqual(['dana']);
    expect(of('Hey @dana and @monica, can you pick A or B by Thursday? I recommend A because it is cheaper.')).toEqual(['monica', 'dana']);
    expect(of('Can you all send your slides by Thursday? The deck goes out Friday.')).toEqual([]);
  });

  it('in a DM the partner is the one asked, whatever the draft says', () => {
    expect(ownersOf('can you send the numbers?', null, [monica], true)).toEqual(['monica']);
  });
});

describe('by when', () => {
  it('takes the deadline part the analysis found, resolved on the sender clock', () => {
    const draft = '@monica can you send the Q3 numbers by end of day today? Finance needs them.';
    const analysis = analyzeMessage(draft, { now: FRI, senderTimeZone: BERLIN });
    const resolved = resolveDeadline(draft, FRI, { timeZone: BERLIN }, []);
    expect(deadlineOf(resolved, analysis)).toBe(Date.UTC(2026, 11, 4, 16)); // 17:00 CET
  });

  it('has no deadline when the analysis finds no deadline part', () => {
    const draft = 'FYI the office is closed on Monday.';
    const analysis = analyzeMessage(draft, { now: FRI, senderTimeZone: BERLIN });
    expect(deadlineOf(resolveDeadline(draft, FRI, { timeZone: BERLIN }, []), analysis)).toBeUndefined();
  });
});

describe('the card under rule v2', () => {
  it('"@monica … by end of day today" is never suggested for Monday: it says she starts after the deadline', () => {
    const v = view('@monica can you send the Q3 numbers by end of day today? Finance needs them for the board deck.');
    expect(v.suggestion.at).toBe('now');
    expect(v.why).toBe('nobody-before-deadline');
    expect(v.targets).toEqual(['monica']);
    expect(v.label).toBe('Monica Reyes starts after your deadline: send now so it is waiting for them');
  });

  it('the same ask by Tuesday waits for Monica, naming the day, date and how far', () => {
    const v = view('@monica can you send the Q3 numbers by Tuesday 17:00? Finance needs them for the board deck.');
    // Mon 7 Dec 09:00 AEDT = Sun 6 Dec 22:00 UTC = 23:00 CET.
    expect(v.suggestion.at).toBe(Date.UTC(2026, 11, 6, 22));
    expect(v.label).toBe('Schedule for Mon 7 Dec, 09:00 Sydney = Sun 6 Dec, 23:00 your time (in 2 days)');
    expect(v.deadline).toBe(Date.UTC(2026, 11, 8, 16));
  });

  it('an owner out of office past the deadline is named as such', () => {
    const away = { ...monica, outOfOffice: [{ start: '2026-12-01', end: '2026-12-11' }] };
    const v = view('@monica can you send the Q3 numbers by Tuesday 17:00? Finance needs them for the board deck.', [ana, away]);
    expect(v.label).toBe('Monica Reyes is out of office until after your deadline: send now so it is waiting for them');
    expect(v.suggestion.reasons.join(' ')).toMatch(/out of office through Fri 11 Dec, back Mon 14 Dec/);
  });

  it('a deadline already past says so', () => {
    const v = view('Priya, can you send the numbers by 09:00 today? Finance needs them.', [ana, priya]);
    expect(v.why).toBe('deadline-passed');
    expect(v.label).toBe('Send now: your deadline has already passed');
  });

  it('a DM partner in another zone is waited for, not the sender-side crowd', () => {
    const v = view('can you review the rollout plan by Wednesday? It blocks the release.', [monica], { direct: true });
    expect(v.targets).toEqual(['monica']);
    expect(v.suggestion.at).toBe(Date.UTC(2026, 11, 6, 22));
  });
});
