// Suggestions are insertable lines filled from what the analysis knows: the sender's zone, the next
// business day, a named owner. expectationLine renders the response norm for any label.
import { describe, expect, it } from 'vitest';
import { analyzeMessage, en, expectationLine, RESPONSE_NORMS, URGENCY_LABELS, type PartId } from '../../lib/analysis';
import { templateVars } from '../../lib/analysis/engine/fill';
import { suggestion } from '../../lib/analysis/engine/suggest';

const suggestionFor = (text: string, part: PartId, options = {}) =>
  analyzeMessage(text, options).checks.find((c) => c.id === part)!.suggestion;

// Thursday 16 January 2025, 10:00 in Berlin (09:00 UTC).
const THU_WINTER = Date.UTC(2025, 0, 16, 9);
// Friday 18 July 2025, 10:00 in Berlin (08:00 UTC).
const FRI_SUMMER = Date.UTC(2025, 6, 18, 8);
const REQUEST = '@omar can you update the API docs for the new filter params?';

describe('suggestions', () => {
  it('only missing parts carry a suggestion', () => {
    for (const check of analyzeMessage(REQUEST).checks) {
      if (check.present) expect(check.suggestion).toBeUndefined();
      else expect(check.suggestion && check.suggestion.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['Europe/Berlin', THU_WINTER, 'CET', 'Fri'],
    ['Europe/Berlin', FRI_SUMMER, 'CEST', 'Mon'],
    // Thu 05:00 UTC is still Wednesday evening in Los Angeles, so its next business day is Thursday.
    ['America/Los_Angeles', Date.UTC(2025, 0, 16, 5), 'PST', 'Thu'],
    ['Asia/Kolkata', THU_WINTER, 'IST', 'Fri'],
    ['UTC', THU_WINTER, 'UTC', 'Fri'],
  ])('deadline in %s names the zone and the next business day', (zone, now, abbr, day) => {
    const line = suggestionFor(REQUEST, 'deadline', { senderTimeZone: zone, now });
    expect(line).toContain(`${day} 17:00 ${abbr}`);
  });

  it('without now, the deadline has no date and both seasonal zone names', () => {
    const line = suggestionFor(REQUEST, 'deadline', { senderTimeZone: 'Europe/Berlin' });
    expect(line).toContain('[day] 17:00 CET/CEST');
  });

  it('defaults to UTC and survives an invalid zone', () => {
    expect(suggestionFor(REQUEST, 'deadline')).toContain('17:00 UTC');
    expect(suggestionFor(REQUEST, 'deadline', { senderTimeZone: 'Mars/Olympus_Mons' })).toContain('17:00 UTC');
  });

  it('a same-day message gets a time a few hours ahead in the sender zone', () => {
    // The label is the model's call; the wording for a same-day label is the template's, tested directly.
    const vars = templateVars(en, { senderTimeZone: 'Europe/Berlin', now: THU_WINTER }, '@it-identity', true);
    expect(suggestion(en, 'deadline', 'request', 'same-day', true, vars)).toContain('13:00 CET today');
    expect(suggestion(en, 'deadline', 'request', 'normal', true, vars)).not.toContain('today');
  });

  it('an FYI gets a no-reply line instead of a deadline', () => {
    expect(suggestionFor('FYI: the new design tokens are live in Storybook.', 'deadline')).toMatch(/no reply needed/i);
  });

  it('uses the named owner in the ask line', () => {
    expect(suggestionFor('@lena the onboarding Figma file is locked for editing.', 'ask')).toContain('@lena');
    expect(suggestionFor('the onboarding Figma file is locked for editing.', 'ask')).toContain('@[name]');
  });

  it('drops the reason placeholder from the deadline when the message already gives context', () => {
    expect(suggestionFor(REQUEST, 'deadline')).toContain('so I can');
    expect(suggestionFor(`${REQUEST} Support keeps getting questions about them because the docs are wrong.`, 'deadline')).not.toContain('so I can');
  });

  it('is deterministic for the same input and options', () => {
    const opts = { senderTimeZone: 'Europe/Berlin', now: THU_WINTER };
    expect(analyzeMessage(REQUEST, opts)).toEqual(analyzeMessage(REQUEST, opts));
  });
});

describe('expectationLine', () => {
  it('has a fixed line for urgent, normal and fyi', () => {
    expect(expectationLine('urgent')).toBe("Urgent: production is affected — I'm also paging on-call; please respond within minutes.");
    expect(expectationLine('normal')).toBe('Normal priority: a reply within one business day is fine.');
    expect(expectationLine('fyi')).toBe('FYI only, no reply needed.');
  });

  it('computes a same-day time a few hours ahead in the sender zone', () => {
    expect(expectationLine('same-day', { now: THU_WINTER, senderTimeZone: 'Europe/Berlin' })).toBe('Blocking: need an answer by 13:00 CET today.');
    expect(expectationLine('same-day', { now: Date.UTC(2025, 0, 16, 13, 20), senderTimeZone: 'Europe/Berlin' })).toBe(
      'Blocking: need an answer by 18:00 CET today.',
    );
  });

  it('falls back to end of working day without now or outside working hours', () => {
    expect(expectationLine('same-day')).toBe('Blocking: need an answer by end of your working day today.');
    expect(expectationLine('same-day', { now: Date.UTC(2025, 0, 16, 21), senderTimeZone: 'Europe/Berlin' })).toContain('end of your working day');
  });

  it('accepts a custom norm, with {time} filled for same-day', () => {
    expect(expectationLine('normal', { norm: 'a reply by tomorrow noon is fine' })).toBe('Normal priority: a reply by tomorrow noon is fine.');
    expect(expectationLine('same-day', { norm: 'please answer by {time}', now: THU_WINTER, senderTimeZone: 'Europe/Berlin' })).toBe(
      'Blocking: please answer by 13:00 CET today.',
    );
  });

  it('is what analyzeMessage puts in urgency.expectation', () => {
    const a = analyzeMessage('FYI: staging is down Saturday 09:00–11:00 UTC for the DB upgrade. No action needed.');
    expect(a.urgency.label).toBe('fyi');
    expect(a.urgency.expectation).toBe(expectationLine('fyi'));
  });

  it('exports a default norm for every label', () => {
    for (const label of URGENCY_LABELS) expect(RESPONSE_NORMS[label].length).toBeGreaterThan(10);
  });
});
