// buildSendTimeView: directory matches + draft + the deadlines the background found in it → the
// send-time card's words and minutes.
import { describe, expect, it } from 'vitest';
import { MAX_DEADLINES_SHOWN, buildSendTimeView } from '../../../lib/sidebar/send-time-view';
import { suggestionLabel } from '../../../lib/sidebar/suggestion-label';
import { draftDeadlines } from '../../../lib/background/analysis';
import type { FoundDeadline } from '../../../lib/schedule';
import { LA, MON_0700_UTC, MON_0900_UTC, ana, colleague, priya } from './people';

const base = { unknown: [], senderTimeZone: LA, urgency: 'normal' as const, draft: '', deadlines: [] as FoundDeadline[] };

/** What analysis/run answers for `draft` (no settings: the sender's zone alone). */
const found = (draft: string, now: number, senderTimeZone: string) => draftDeadlines(draft, { now, senderTimeZone }, null);

describe('buildSendTimeView', () => {
  it('waits for Berlin to start and says so on both clocks', () => {
    const view = buildSendTimeView({ ...base, people: [ana, priya], now: MON_0700_UTC });
    // Berlin 09:00 CET = 08:00 UTC = 00:00 PST; Bengaluru (09:00-17:00 IST = 03:30-11:30 UTC) is already in.
    expect(view.suggestion.at).toBe(Date.UTC(2026, 0, 12, 8));
    expect(view.label).toBe('Schedule for Mon 12 Jan, 09:00 Berlin = 00:00 your time (in 1 hour)');
    expect(view.suggestion.inHours.sort()).toEqual(['ana', 'priya']);
    expect(view.recipients.map((r) => r.status)).toEqual([
      '08:00 Mon · off until Mon 09:00',
      '12:30 Mon · working',
    ]);
  });

  it('sends now when everyone is already in hours', () => {
    const view = buildSendTimeView({ ...base, people: [ana, priya], now: MON_0900_UTC });
    expect(view.suggestion.at).toBe('now');
    expect(view.label).toBe('Send now');
  });

  it('urgent goes now even when nobody is in', () => {
    const view = buildSendTimeView({ ...base, people: [ana], now: MON_0700_UTC, urgency: 'urgent' });
    expect(view.label).toBe('Send now');
    expect(view.suggestion.reasons[0]).toMatch(/Urgent/);
  });

  it('names only the sender clock when the recipient shares it', () => {
    const view = buildSendTimeView({ ...base, people: [ana], now: MON_0700_UTC, senderTimeZone: 'Europe/Paris' });
    expect(view.label).toBe('Schedule for 09:00 your time today (in 1 hour)');
  });

  it('adds the weekday on the sender side when the days differ', () => {
    // Fri 2026-01-16 18:00 UTC: Sydney (AEDT, +11) is Sat 05:00; next start Mon 09:00 AEDT = Sun 22:00 UTC = Sun 14:00 PST.
    const sam = colleague('sam', 'Sam', 'Australia/Sydney');
    const view = buildSendTimeView({ ...base, people: [sam], now: Date.UTC(2026, 0, 16, 18) });
    expect(view.label).toBe('Schedule for Mon 19 Jan, 09:00 Sydney = Sun 18 Jan, 14:00 your time (in 2 days)');
  });

  it('pictures the sender day that holds the slot, with the overlap in words', () => {
    const view = buildSendTimeView({ ...base, people: [ana, priya], now: MON_0700_UTC, senderTimeZone: 'UTC' });
    expect(view.windows?.day).toBe('2026-01-12');
    expect(view.windows?.everyone).toEqual([[480, 690]]);
    expect(view.caption).toBe('Both overlap 08:00–11:30 your time');
    expect(view.ticks.map((t) => t.label)).toEqual(['00', '06', '12', '18', '24']);
  });

  it('keeps unknown participants and unusable entries as rows without breaking the suggestion', () => {
    const broken = { ...colleague('bo', 'Bo', 'Mars/Olympus'), handle: 'bo' };
    const view = buildSendTimeView({
      ...base,
      people: [ana, broken],
      unknown: [{ name: 'Kim Lee', handle: 'kim' }],
      now: MON_0900_UTC,
    });
    expect(view.recipients.map((r) => [r.id, r.known])).toEqual([['ana', true], ['bo', true], ['unknown:kim', false]]);
    expect(view.recipients[1]!.problem).toMatch(/timeZone/);
    expect(view.label).toBe('Send now');
  });

  it("shows the background's deadlines on each recipient's clock, flagging ones outside hours", () => {
    const draft = 'Can you approve the rollout plan by Tuesday 10:00?';
    const deadlines = found(draft, MON_0900_UTC, 'Europe/Berlin');
    const view = buildSendTimeView({ ...base, people: [ana, priya], now: MON_0900_UTC, senderTimeZone: 'Europe/Berlin', draft, deadlines });
    expect(view.deadlines).toHaveLength(1);
    const [d] = view.deadlines;
    expect(d).toMatchObject({ phrase: 'by Tuesday 10:00', span: [33, 49], at: Date.UTC(2026, 0, 13, 9), sender: 'Tue 10:00 CET' });
    expect(d!.summary).toBe('by 10:00 Tue CET = 14:30 Tue IST');
    expect(d!.perRecipient.map((r) => [r.id, r.local, r.outsideHours])).toEqual([['ana', 'Tue 10:00 CET', false], ['priya', 'Tue 14:30 IST', false]]);
    // With no analysis yet, that deadline is the one the suggestion respects.
    expect(view.deadline).toBe(Date.UTC(2026, 0, 13, 9));
  });

  it('reads no deadline from the draft itself: only what it is handed', () => {
    const draft = 'Can you approve the rollout plan by Tuesday 10:00?';
    const view = buildSendTimeView({ ...base, people: [ana, priya], now: MON_0900_UTC, senderTimeZone: 'Europe/Berlin', draft });
    expect(view.deadlines).toEqual([]);
    expect(view.deadline).toBeUndefined();
  });

  it('renders a bounded list, the first deadlines it is handed, whatever their number', () => {
    const people = Array.from({ length: 10 }, (_, i) => ({ ...priya, id: `p${i}`, name: `P${i}` }));
    const handed: FoundDeadline[] = Array.from({ length: 50 }, (_, i) => ({ phrase: `by friday ${i}`, span: [i * 12, i * 12 + 9], at: MON_0900_UTC + (50 - i) * 3_600_000 }));
    const view = buildSendTimeView({ ...base, people, now: MON_0900_UTC, senderTimeZone: 'Europe/Berlin', deadlines: handed });
    expect(view.deadlines.map((d) => d.phrase)).toEqual(['by friday 0', 'by friday 1', 'by friday 2']);
    expect(view.deadlines).toHaveLength(MAX_DEADLINES_SHOWN);
    expect(view.deadlines.every((d) => d.perRecipient.length === 10)).toBe(true);
    // The deadline the plan respects is the earliest of those shown, not of the 47 left out.
    expect(view.deadline).toBe(MON_0900_UTC + 48 * 3_600_000);
  });

  it('keeps the card when a deadline cannot be shown on a clock', () => {
    const bad: FoundDeadline[] = [{ phrase: 'by then', span: [0, 7], at: Number.NaN }];
    const view = buildSendTimeView({ ...base, people: [ana], now: MON_0900_UTC, deadlines: bad });
    expect(view.label).toBe('Send now');
    expect(view.deadlines).toEqual([]);
    expect(view.deadline).toBeUndefined();
    expect(view.recipients).toHaveLength(1);
  });

  it('has no picture and sends now with nobody known', () => {
    const view = buildSendTimeView({ ...base, people: [], unknown: [{ name: 'Kim' }], now: MON_0700_UTC });
    expect(view.windows).toBeNull();
    expect(view.label).toBe('Send now');
  });

  it('adds the sender row when their hours are given', () => {
    const me = { workingHours: { mon: [{ start: '08:00', end: '16:00' }] } };
    const view = buildSendTimeView({ ...base, people: [ana], now: MON_0700_UTC, senderTimeZone: 'UTC', me });
    expect(view.myWindows).toEqual([[480, 960]]);
  });
});

describe('suggestionLabel', () => {
  it('falls back to the sender clock with no recipients', () => {
    const plan = { suggestion: { at: Date.UTC(2026, 0, 12, 8), inHours: [], reasons: [] }, why: 'later' as const, targets: [], targeted: false };
    expect(suggestionLabel(plan, [], 'UTC', Date.UTC(2026, 0, 5, 8))).toBe('Schedule for Mon 12 Jan, 08:00 your time (in 7 days)');
  });
});
