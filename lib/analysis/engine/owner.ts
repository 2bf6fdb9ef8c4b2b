// Finds owners: @mentions that are addressed (not merely mentioned, not broadcasts) and named people or groups.
import type { Span } from '../types';
import type { Compiled } from './compiled';
import type { Prepared } from './prepare';
import { sentenceAt } from './prepare';

export interface OwnerResult {
  spans: Span[];
  /** Display names of owners in order of appearance ("@sam", "Priya"). */
  names: string[];
  /** The first @here/@channel-style broadcast, if any. */
  broadcast: Span | null;
}

const LEADING_JUNK = /^[^\p{L}@]+/u;
/** Emoji between greeting words and a mention ("pls 🙏 @frontend") read as spaces. */
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0f]/gu;
const ONLY_TRAILING = /^(?:[\s,.;:!?)\]'"…]|@[\w.-]+|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f)*$/u;
const LOOKBACK = 48;
/** A vocative is near its sentence start and a trailing mention near the end; longer spans are not checked. */
const NEAR = 80;

function stickyTest(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

function mentionOwners(c: Compiled, p: Prepared, askSentences: ReadonlySet<number>, firstAsk: number, out: OwnerResult) {
  const { masked, sentences } = p;
  for (const m of p.mentions) {
    if (c.broadcast.has(m.handle)) {
      out.broadcast ??= m.span;
      continue;
    }
    const [start, end] = m.span;
    const si = sentenceAt(sentences, start);
    const sStart = si >= 0 ? sentences[si]!.start : 0;
    const sEnd = si >= 0 ? sentences[si]!.end : masked.length;
    const near = masked.slice(Math.max(sStart, start - LOOKBACK), start);
    const askedBefore = c.ownerBefore.test(near);
    if (!askedBefore && (c.ownerMentionedBefore.test(near) || stickyTest(c.ownerMentionedAfter, masked, end))) continue;
    // A vocative may open a clause too ("URGENT: @mike I need …").
    const before = start - sStart <= NEAR ? masked.slice(sStart, start) : '';
    const clause = Math.max(before.lastIndexOf(':'), before.lastIndexOf('—'), before.lastIndexOf('–'));
    const lead = before.slice(clause + 1).replace(EMOJI, ' ').replace(LEADING_JUNK, '');
    const vocative = before !== '' || start === sStart ? c.ownerVocative.test(lead) : false;
    const addressed = vocative || askedBefore || stickyTest(c.ownerAfter, masked, end);
    // "…edit access to the Figma file? @lena": a mention trailing an ask addresses its reader.
    const trailing = (from: number, to: number) => to - from <= NEAR && ONLY_TRAILING.test(masked.slice(from, to));
    const trailsAsk =
      firstAsk >= 0 &&
      firstAsk < start &&
      (trailing(end, sEnd) || trailing(end, masked.length)) &&
      (askSentences.has(si) || trailing(sStart, start));
    if (addressed || trailsAsk) {
      out.spans.push(m.span);
      out.names.push(p.text.slice(start, end));
    }
  }
}

function namedOwners(c: Compiled, p: Prepared, out: OwnerResult) {
  const re = c.ownerNamed.re;
  if (!re) return;
  for (const m of p.masked.matchAll(re)) {
    if (m[0].length === 0) continue;
    let name: string | undefined;
    for (let g = 1; g < m.length && name === undefined; g++) name = m[g];
    if (name !== undefined) {
      if (c.notNames.has(name) || c.notNames.has(name.split(/\s/)[0]!)) continue;
      const at = m.index + m[0].indexOf(name);
      out.spans.push([at, at + name.length]);
      out.names.push(name);
    } else {
      const lead = /^[\s.!?:\n]*/.exec(m[0])![0].length;
      const trail = /[\s,:]*$/.exec(m[0])![0].length;
      out.spans.push([m.index + lead, m.index + m[0].length - trail]);
      out.names.push(m[0].slice(lead, m[0].length - trail));
    }
  }
}

export function detectOwners(c: Compiled, p: Prepared, askSentences: ReadonlySet<number>, asks: readonly Span[]): OwnerResult {
  const out: OwnerResult = { spans: [], names: [], broadcast: null };
  const firstAsk = asks.length > 0 ? asks[0]![0] : -1;
  mentionOwners(c, p, askSentences, firstAsk, out);
  namedOwners(c, p, out);
  return out;
}
