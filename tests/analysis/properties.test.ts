// Invariants that must hold for any string: no throw, well-formed result, determinism, monotonic score.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeMessage, PART_IDS, type Analysis } from '../../lib/analysis';
import { readSet } from './metrics';
import { WORST_CASES } from './worst-cases';

const dev = readSet('contract-dev');
const extra = readSet('engineers-extra');
const corpus = [...dev.messages, ...extra.messages].map((m) => m.text);

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
/** Chat-like fragments that exercise the detectors (mentions, links, code, times, keywords). */
const fragment = fc.constantFrom(
  'hey', '@sam', '@here', 'can you', 'please', 'by Friday', 'by 5pm', 'EOD', 'UTC', 'because', 'either', 'or', 'I suggest',
  'prod is down', 'URGENT', 'ASAP', '!!!', '?', '.', '\n', '- ', '`code`', '```\nlog\n```', '```', '`', 'https://x.io/a?b=c',
  'PAY-123', '#42', '38%', '14:05', 'since', 'thanks', '👍', '🚀', 'שלום', 'مرحبا', '\u200f', '\ud800', '\udfff', 'as discussed',
  'no rush', 'FYI', 'handing off to', 'Sarah,', 'the deploy failed', '  ', '\t', 'a@b.com', '@acme/ui',
);
const chatText = fc.array(fragment, { maxLength: 40 }).map((xs) => xs.join(' '));
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: codeUnit, maxLength: 300 }),
  chatText,
);

function checkShape(text: string, a: Analysis): void {
  expect(a.checks.map((c) => c.id)).toEqual([...PART_IDS]);
  expect(Number.isInteger(a.score)).toBe(true);
  expect(a.score).toBeGreaterThanOrEqual(0);
  expect(a.score).toBeLessThanOrEqual(100);
  for (const c of a.checks) {
    expect(c.present).toBe(c.spans.length > 0);
    let last = -1;
    for (const [start, end] of c.spans) {
      expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
      expect(start).toBeGreaterThanOrEqual(0);
      expect(end).toBeLessThanOrEqual(text.length);
      expect(start).toBeLessThan(end);
      expect(start).toBeGreaterThanOrEqual(last);
      last = end;
    }
  }
  for (const w of a.warnings) {
    expect(w.id.length).toBeGreaterThan(0);
    expect(w.message.length).toBeGreaterThan(0);
    if (w.span) {
      expect(w.span[0]).toBeGreaterThanOrEqual(0);
      expect(w.span[1]).toBeLessThanOrEqual(text.length);
    }
  }
  expect(['urgent', 'same-day', 'normal', 'fyi']).toContain(a.urgency.label);
  expect(a.urgency.expectation.length).toBeGreaterThan(0);
  if (!a.applicable) expect(a.score).toBe(0);
}

describe('properties', () => {
  it('never throws and always returns a well-formed analysis', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkShape(text, analyzeMessage(text));
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    ['empty', ''],
    ['whitespace only', ' \n\t \u00a0 \n'],
    ['lone surrogates', '\ud800 can you \udc00 by 5pm? \ud83d'],
    ['emoji', '🚀🔥👍🏽👨‍👩‍👧 prod is down 🚨 @sam 🙏'],
    ['right-to-left', 'שלום @dana, אפשר לבדוק את https://example.com/x? \u202eby 5pm\u202c'],
    ['unclosed code fence', '```\nTraceback (most recent call last):\n  File "x.py"\ncan you look by 5pm?'],
    ['code containing detector words', '`can you please review by Friday because URGENT prod is down` ok'],
    ['only punctuation', '?!?!...???'],
  ])('handles %s', (_name, text) => {
    checkShape(text, analyzeMessage(text));
  });

  // Adversarial shapes for regex engines; how time grows with length is measured in bench/analysis.bench.ts.
  it.each(Object.entries(WORST_CASES))('handles 100 000 characters of %s', (_name, make) => {
    const text = make(100_000);
    checkShape(text, analyzeMessage(text));
  });

  it('accepts odd options without throwing', () => {
    const odd = [{ now: Number.NaN }, { now: 1e20 }, { now: -1 }, { senderTimeZone: 'Not/AZone' }, { senderTimeZone: '' }, {}];
    for (const opts of odd) checkShape('@sam can you review #12 by 5pm?', analyzeMessage('@sam can you review #12 by 5pm?', opts));
  });

  it('comes out the same for the same input and options', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 0, max: 2_000_000_000_000 }), (text, now) => {
        const opts = { now, senderTimeZone: 'Europe/Berlin' };
        expect(analyzeMessage(text, opts)).toEqual(analyzeMessage(text, opts));
      }),
      { numRuns: 150 },
    );
  });

  const additions = [
    ['a deadline', '\nDeadline: Friday 17:00 UTC.'],
    ['a link', '\nEvidence: https://ci.example.com/runs/4821'],
    ['an owner', '\nOwner: @sam-lee'],
  ] as const;

  // The model decides kind and parts, so a new line can change what the message is; the score's promise
  // (lib/analysis/README.md) is about parts: with the kind and the parts already there kept, adding one never lowers it.
  // How often the kind or a part changes is bounded too, so the test cannot pass by skipping everything.
  const sameFrame = (a: Analysis, b: Analysis) =>
    a.kind === b.kind && a.urgency.label === b.urgency.label && a.applicable === b.applicable && a.checks.every((c, i) => !c.present || b.checks[i]!.present);

  it.each(additions)('adding %s to a labelled message never lowers its score', (_name, line) => {
    let judged = 0;
    for (const text of corpus) {
      const before = analyzeMessage(text);
      const after = analyzeMessage(text + line);
      if (!sameFrame(before, after)) continue;
      judged++;
      expect(after.score, text).toBeGreaterThanOrEqual(before.score);
    }
    expect(judged).toBeGreaterThan(corpus.length * 0.7);
  }, 60_000);

  it.each(additions)('adding %s to any chat-like text never lowers its score', (_name, line) => {
    fc.assert(
      fc.property(chatText, (text) => {
        const before = analyzeMessage(text);
        const after = analyzeMessage(text + line);
        if (sameFrame(before, after)) expect(after.score).toBeGreaterThanOrEqual(before.score);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
