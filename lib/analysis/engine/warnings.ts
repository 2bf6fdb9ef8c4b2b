// Anti-pattern warnings. Each carries a penalty for the score; warnings caused by a part being present
// in a weak form (an ask with no owner, a deadline with no zone) name that part so scoring can cap them.

import type { PartId, Span, UrgencyLabel, Warning } from '../types';
import type { AskResult } from './ask';
import type { Compiled } from './compiled';
import type { DeadlineResult } from './deadline';
import { fill, type Vars } from './fill';
import type { OwnerResult } from './owner';
import type { Prepared } from './prepare';
import { quote, spansIn } from './spans';

export interface ScoredWarning extends Warning {
  penalty: number;
  /** The part whose (weak) presence triggered it, if any. */
  part?: PartId;
}

/** Score penalty per warning id (language-independent policy). */
export const WARNING_PENALTIES: Readonly<Record<string, number>> = {
  'naked-greeting': 12,
  'vague-ask': 10,
  'urgency-inflation': 8,
  'wall-of-text': 8,
  'as-discussed': 5,
  'no-owner': 5,
  'buried-ask': 5,
  'deadline-no-zone': 3,
  'unfilled-placeholder': 4,
};

/** A single paragraph this long is hard to scan in a chat client. */
const WALL_CHARS = 650;
const WALL_CHARS_ONE_SENTENCE = 400;
const WALL_WORDS_ONE_SENTENCE = 60;
/** A long message whose first ask starts in its last quarter has buried it. */
const BURIED_MIN_CHARS = 400;
const BURIED_MIN_CHARS_STRUCTURED = 900;
const BURIED_FROM = 0.75;

export interface WarningInput {
  c: Compiled;
  p: Prepared;
  ask: AskResult;
  owners: OwnerResult;
  deadlines: DeadlineResult;
  hasLink: boolean;
  nakedGreeting: boolean;
  label: UrgencyLabel;
  inflation: readonly Span[];
  vars: Vars;
}

function words(text: string, [a, b]: Span): number {
  let n = 0;
  let inWord = false;
  for (let i = a; i < b; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

export function detectWarnings(w: WarningInput): ScoredWarning[] {
  const { c, p, ask, vars } = w;
  const texts = c.lang.texts.warnings;
  const out: ScoredWarning[] = [];
  const add = (id: string, span: Span | undefined, extra: Vars = {}, part?: PartId) => {
    const t = texts[id]!;
    const v = { ...vars, ...extra };
    out.push({ id, message: fill(t.message, v), span, fix: t.fix ? fill(t.fix, v) : undefined, penalty: WARNING_PENALTIES[id] ?? 5, part });
  };
  const lead = p.text.length - p.text.trimStart().length;
  const trimmedEnd = p.text.trimEnd().length;
  const whole: Span = [lead, Math.max(lead, trimmedEnd)];
  const length = whole[1] - whole[0];
  const hasBreaks = p.masked.slice(whole[0], whole[1]).includes('\n');

  if (w.nakedGreeting) add('naked-greeting', whole);
  if (ask.asks.length === 0 && ask.vague.length > 0) add('vague-ask', ask.vague[0]);
  if (w.label !== 'urgent' && w.inflation.length > 0) add('urgency-inflation', w.inflation[0], { word: quote(p.text, w.inflation[0]!, 20) });
  if (ask.asks.length > 0 && w.owners.spans.length === 0) {
    const b = w.owners.broadcast;
    if (b) add('no-owner', ask.asks[0], { word: quote(p.text, b, 20) }, 'ask');
    else add('no-owner', ask.asks[0], {}, 'ask');
    if (b) out[out.length - 1]!.message = fill(texts['broadcast-no-owner']!.message, { ...vars, word: quote(p.text, b, 20) });
  }
  const noZone = w.deadlines.missingZone;
  if (noZone) {
    const said = quote(p.text, noZone, 40);
    add('deadline-no-zone', noZone, { word: said, zonedExample: `${said} ${vars.zone}` }, 'deadline');
  }
  if (!hasBreaks && length >= WALL_CHARS_ONE_SENTENCE) {
    const longest = p.sentences.reduce((m, s) => Math.max(m, words(p.text, [s.start, s.end])), 0);
    if (length >= WALL_CHARS || longest >= WALL_WORDS_ONE_SENTENCE) add('wall-of-text', whole);
  }
  if (ask.asks.length > 0) {
    const first = ask.asks[0]!;
    const long = length >= (hasBreaks ? BURIED_MIN_CHARS_STRUCTURED : BURIED_MIN_CHARS);
    if (long && first[0] - whole[0] >= BURIED_FROM * length) {
      add('buried-ask', first, { ask: quote(p.text, [Math.max(first[0], first[1] - 80), first[1]], 80) }, 'ask');
    }
  }
  if (!w.hasLink) {
    const said = spansIn(c.asDiscussed, p)[0];
    if (said) add('as-discussed', said, { word: quote(p.text, said, 30) });
  }
  return out;
}
