import { describe, expect, it } from 'vitest';
import type { FocusState } from '../../lib/protocol/responses';
import { focusBannerText, focusExpectationLine } from '../../lib/focus';

const BERLIN = 'Europe/Berlin';
const berlin = (day: number, hh: number, mm = 0) => Date.UTC(2026, 2, day, hh - 1, mm);
const WINDOWS = ['09:00', '13:00', '16:30'];

function focusing(start: number, end: number): FocusState {
  return { active: true, session: { id: 's', start, end, kind: 'manual' }, endsAt: end, minutesLeft: Math.ceil((end - start) / 60_000) };
}
const idle: FocusState = { active: false, session: null, endsAt: null, minutesLeft: null };

describe('focusBannerText', () => {
  it('names the focus end and the next check on the user clock', () => {
    const now = berlin(2, 10, 40);
    expect(focusBannerText(focusing(now, berlin(2, 11, 30)), WINDOWS, now, BERLIN)).toBe('Focus until 11:30 · next check 13:00');
  });

  it('says tomorrow when the end or the check is on the next day', () => {
    const now = berlin(2, 22);
    expect(focusBannerText(focusing(now, berlin(3, 0, 30)), WINDOWS, now, BERLIN)).toBe(
      'Focus until 00:30 tomorrow · next check 09:00 tomorrow',
    );
  });

  it('omits the check without windows, and is null when not focusing', () => {
    const now = berlin(2, 10);
    expect(focusBannerText(focusing(now, berlin(2, 10, 50)), [], now, BERLIN)).toBe('Focus until 10:50');
    expect(focusBannerText(idle, WINDOWS, now, BERLIN)).toBeNull();
  });
});

describe('focusExpectationLine', () => {
  it('promises the first check once focus is over', () => {
    const now = berlin(2, 10);
    expect(focusExpectationLine(focusing(now, berlin(2, 11, 30)), WINDOWS, now, BERLIN)).toBe(
      "I'm in focus time until 11:30; I'll reply at my 13:00 check.",
    );
    // A check that falls inside the session is skipped: the 13:00 check happens during focus.
    expect(focusExpectationLine(focusing(now, berlin(2, 14)), WINDOWS, now, BERLIN)).toBe(
      "I'm in focus time until 14:00; I'll reply at my 16:30 check.",
    );
  });

  it('says tomorrow when focus runs past the last check', () => {
    const now = berlin(2, 16);
    expect(focusExpectationLine(focusing(now, berlin(2, 17)), WINDOWS, now, BERLIN)).toBe(
      "I'm in focus time until 17:00; I'll reply at my 09:00 check tomorrow.",
    );
  });

  it('names the weekday when the check is two or more days away', () => {
    const now = berlin(2, 16);
    expect(focusExpectationLine(focusing(now, berlin(3, 20)), WINDOWS, now, BERLIN)).toBe(
      "I'm in focus time until 20:00 tomorrow; I'll reply at my 09:00 check on Wed.",
    );
  });

  it('falls back to "after that" without windows, null when not focusing', () => {
    const now = berlin(2, 10);
    expect(focusExpectationLine(focusing(now, berlin(2, 11)), [], now, BERLIN)).toBe("I'm in focus time until 11:00; I'll reply after that.");
    expect(focusExpectationLine(idle, WINDOWS, now, BERLIN)).toBeNull();
  });
});
