// The parts found by phrase tables alone: context, state, options, recommendation.

import type { Span } from '../types';
import type { Compiled } from './compiled';
import type { Prepared } from './prepare';
import { bySentence, spansIn } from './spans';

export interface PhraseParts {
  context: Span[];
  state: Span[];
  options: Span[];
  recommendation: Span[];
}

/** Only an "or" near the end of a question offers alternatives ("…: data-prod or shared-services?"). */
const OR_WINDOW = 150;
const WORD = /[\p{L}\p{N}]/u;

function optionsInQuestions(c: Compiled, p: Prepared): Span[] {
  const hits = bySentence(spansIn(c.optionsInQuestion, p), p.sentences);
  const out: Span[] = [];
  p.sentences.forEach((s, i) => {
    if (!s.question) return;
    // A word on each side of the "or" (looking a short way only, so one huge sentence stays linear).
    const wordBefore = (at: number) => WORD.test(p.text.slice(Math.max(s.start, at - 40), at));
    const wordAfter = (at: number) => WORD.test(p.text.slice(at, Math.min(s.end, at + 40)));
    const or = hits[i]!.find(([a, b]) => s.end - a <= OR_WINDOW && wordBefore(a) && wordAfter(b));
    if (or) out.push([s.start, s.end]);
  });
  return out;
}

export function detectPhraseParts(c: Compiled, p: Prepared): PhraseParts {
  const { masked } = p;
  return {
    context: spansIn(c.context, p),
    state: spansIn(c.state, p),
    options: [...spansIn(c.options, p), ...optionsInQuestions(c, p)],
    recommendation: spansIn(c.recommendation, p),
  };
}
