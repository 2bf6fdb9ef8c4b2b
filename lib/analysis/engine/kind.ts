// Classifies the message kind from explicit cues first, then from the shape of its ask.
import { findSpans } from '../compile';
import type { MessageKind } from '../types';
import type { AskResult } from './ask';
import type { Compiled } from './compiled';
import type { Prepared } from './prepare';
import { sentenceAt } from './prepare';
import { spansIn } from './spans';

export interface KindInput {
  ask: AskResult;
  urgent: boolean;
  nakedGreeting: boolean;
  hasState: boolean;
  relaxed: boolean;
  fyiCue: boolean;
  inflation: boolean;
}

/** True when a cue matches outside question sentences (a handoff is announced, not asked about). */
function statedCue(c: Compiled, p: Prepared, key: 'handoff' | 'status', questions: ReadonlySet<number>): boolean {
  return spansIn(c.kinds[key], p).some((s) => {
    const i = sentenceAt(p.sentences, s[0]);
    return i < 0 || !questions.has(i);
  });
}

export function classifyKind(c: Compiled, p: Prepared, input: KindInput): MessageKind {
  const { ask } = input;
  const hasAsk = ask.asks.length > 0;
  const questions = new Set<number>();
  p.sentences.forEach((s, i) => {
    if (s.question) questions.add(i);
  });
  if (statedCue(c, p, 'handoff', questions)) return 'handoff';
  if (input.urgent) return 'incident';
  // "Decision: we're going with X" announces; with an ask it requests one.
  const asks = hasAsk || ask.vague.length > 0;
  if (spansIn(c.kinds.decision, p).length > 0 || (asks && spansIn(c.kinds.decisionAsk, p).length > 0)) return 'decision';
  const prLink = hasAsk && p.links.some(([a, b]) => findSpans(c.kinds.reviewLink, p.text.slice(a, b)).length > 0);
  if (prLink || spansIn(c.kinds.review, p).length > 0) return 'review';
  if (statedCue(c, p, 'status', questions)) return 'status';
  if (!hasAsk && ask.vague.length === 0 && (input.fyiCue || input.relaxed)) return 'fyi';
  if (hasAsk) return ask.firstIsQuestion ? 'question' : 'request';
  if (ask.vague.length > 0) return ask.anyQuestionForm ? 'question' : 'request';
  if (input.nakedGreeting) return 'question';
  if (input.hasState) return 'status';
  if (input.inflation) return 'request';
  return 'fyi';
}
