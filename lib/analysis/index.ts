// Public entry point of the analysis core (lib/analysis/README.md). Pure: no DOM, no browser APIs, no clock reads.
import { analyzeSteps, analyzeWith } from './engine/analyze';
import { en } from './rules/en';
import type { Analysis, AnalyzeOptions } from './types';

export { expectationLine, RESPONSE_NORMS } from './expectation';
export { en } from './rules/en';
export * from './types';

/**
 * Analyses a chat message draft: which of the eight parts it has, its kind, urgency, warnings and score.
 * Deterministic: the same text and options always give the same result. `now` (epoch ms) and
 * `senderTimeZone` (IANA) only shape suggestion and expectation wording; without `now` those are
 * phrased without a date.
 */
export function analyzeMessage(text: string, options?: AnalyzeOptions): Analysis {
  return analyzeWith(en, text, options);
}

/**
 * `analyzeMessage` in stages: the generator pauses (yields) between its stages and returns the same
 * Analysis. The background runs a long draft through it so other requests are answered in between.
 */
export function analyzeMessageSteps(text: string, options?: AnalyzeOptions): Generator<void, Analysis, void> {
  return analyzeSteps(en, text, options);
}
