// analyzeMessage on 10 000 generated drafts: realistic fragments, hostile unicode, the odd huge paste.
// It must never throw and must always honour the contract's shape (lib/analysis/README.md).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeMessage, PART_IDS, URGENCY_LABELS, type Analysis, type Span } from '../../lib/analysis';
import { FUZZ, messageText, nowArb, ZONES } from './arbitraries';

const KINDS = ['question', 'request', 'decision', 'status', 'fyi', 'incident', 'review', 'handoff', 'social'];

// A boundary between the halves of a surrogate pair would highlight half an emoji.
const splitsPair = (text: string, i: number) =>
  i > 0 && i < text.length && /[\uD800-\uDBFF]/.test(text[i - 1]!) && /[\uDC00-\uDFFF]/.test(text[i]!);

function spanProblem(span: Span, text: string): string | undefined {
  const [s, e] = span;
  if (!Number.isInteger(s) || !Number.isInteger(e)) return `non-integer span ${s},${e}`;
  if (s < 0 || e > text.length || s > e) return `span ${s},${e} outside [0, ${text.length}]`;
  if (splitsPair(text, s) || splitsPair(text, e)) return `span ${s},${e} splits a surrogate pair`;
  return undefined;
}

/** Every contract invariant that holds for any input; returns the first violation. */
function contractProblem(text: string, a: Analysis): string | undefined {
  if (!Number.isInteger(a.score) || a.score < 0 || a.score > 100) return `score ${a.score}`;
  if (!KINDS.includes(a.kind)) return `kind ${a.kind}`;
  if (typeof a.applicable !== 'boolean') return 'applicable not boolean';
  if (a.checks.map((c) => c.id).join() !== PART_IDS.join()) return `checks ${a.checks.map((c) => c.id).join()}`;
  for (const c of a.checks) {
    if (typeof c.present !== 'boolean' || typeof c.required !== 'boolean') return `check ${c.id} flags`;
    for (const s of c.spans) {
      const p = spanProblem(s, text);
      if (p) return `check ${c.id}: ${p}`;
    }
    if (c.suggestion !== undefined && typeof c.suggestion !== 'string') return `check ${c.id} suggestion`;
  }
  if (!URGENCY_LABELS.includes(a.urgency.label)) return `urgency ${a.urgency.label}`;
  if (typeof a.urgency.expectation !== 'string' || !a.urgency.reasons.every((r) => typeof r === 'string')) return 'urgency text';
  for (const w of a.warnings) {
    if (typeof w.id !== 'string' || typeof w.message !== 'string' || !w.message) return `warning ${w.id}`;
    const p = w.span && spanProblem(w.span, text);
    if (p) return `warning ${w.id}: ${p}`;
  }
  return undefined;
}

const options = fc.option(
  fc.record({ now: fc.option(nowArb, { nil: undefined }), senderTimeZone: fc.option(fc.constantFrom(...ZONES), { nil: undefined }) }, { requiredKeys: [] }),
  { nil: undefined },
);

describe('analyzeMessage fuzz', () => {
  it('never throws and always returns a contract-shaped analysis', () => {
    fc.assert(
      fc.property(messageText, options, (text, opts) => {
        const a = analyzeMessage(text, opts);
        expect(contractProblem(text, a)).toBeUndefined();
      }),
      FUZZ,
    );
  }, 240_000);

  it('is deterministic: the same draft and options give the same analysis', () => {
    fc.assert(
      fc.property(messageText.filter((t) => t.length < 5_000), options, (text, opts) => {
        expect(analyzeMessage(text, opts)).toEqual(analyzeMessage(text, opts));
      }),
      { ...FUZZ, numRuns: 1_000 },
    );
  }, 240_000);
});
