// Features for the model (see README): lemmas and their bigrams, word classes and their co-occurrence
// within a sentence (failure × matter × now/scope: the composition that makes an incident), the
// message's shape, the conversation, and what the rules found. Sparse: name → value.
import type { Conversation, MessageKind, PartId, UrgencyLabel } from '../types';
import { classIndex } from './lexicon';
import { lemma, lemmas, normalizeForModel } from './words';

/** What the rule engine found, given to the model as features. */
export interface RuleFacts {
  parts: Readonly<Record<PartId, boolean>>;
  kind: MessageKind;
  label: UrgencyLabel;
  social: boolean;
  /** Named rule signals ("incident", "resolved", "inflation", "vague", "naked", "relaxed", "same-day", …). */
  signals: readonly string[];
}

export type Features = Map<string, number>;

let classes: Map<string, string[]> | undefined;
const classesOf = (l: string) => (classes ??= classIndex(lemma)).get(l);

// Feature names are built once per lemma, class and lemma pair rather than once per word: on 100,000
// characters of prose that was ~50,000 new strings per analysis, each hashed for the map. Same names, set in
// the same order (the linear model sums in that order), so the features are exactly what they were.
const NAMES_MAX = 8192;
const wordNames = new Map<string, string>();
const classNames = new Map<string, string>();

/** `prefix + key`, from `names` when it was built before (bounded: emptied when full). */
function nameOf(names: Map<string, string>, prefix: string, key: string): string {
  let name = names.get(key);
  if (name === undefined) {
    if (names.size >= NAMES_MAX) names.clear();
    name = prefix + key;
    names.set(key, name);
  }
  return name;
}

/** The bigram feature name of `a` then `b`, memoised per call in `pairs`. */
function bigramName(pairs: Map<string, Map<string, string>>, a: string, b: string): string {
  let after = pairs.get(a);
  if (after === undefined) pairs.set(a, (after = new Map()));
  let name = after.get(b);
  if (name === undefined) after.set(b, (name = `b:${a}_${b}`));
  return name;
}

const CROSS = new Set(['failure', 'matter', 'scope', 'now', 'resolved', 'nonprod', 'change', 'urgency', 'blocker', 'ask', 'deadline', 'review', 'handoff', 'proposal', 'options', 'fyi', 'status']);

function bucket(n: number, edges: readonly number[]): number {
  let i = 0;
  while (i < edges.length && n > edges[i]!) i++;
  return i;
}

const SENTENCE_END = /[.!?\n]+/;

/** Features of one piece of text (a whole message, or one sentence for choosing spans). */
export function textFeatures(text: string, out: Features = new Map()): Features {
  const norm = normalizeForModel(text);
  const sentences = norm.split(SENTENCE_END);
  const all: string[] = [];
  const pairs = new Map<string, Map<string, string>>();
  for (const s of sentences) {
    const ls = lemmas(s);
    if (ls.length === 0) continue;
    const seen = new Set<string>();
    for (let i = 0; i < ls.length; i++) {
      const l = ls[i]!;
      all.push(l);
      out.set(nameOf(wordNames, 'w:', l), 1);
      if (i > 0) out.set(bigramName(pairs, ls[i - 1]!, l), 1);
      const cs = classesOf(l);
      if (cs === undefined) continue;
      for (const c of cs) {
        seen.add(c);
        const name = nameOf(classNames, 'c:', c);
        out.set(name, (out.get(name) ?? 0) + 1);
      }
    }
    const crossing = [...seen].filter((c) => CROSS.has(c)).sort();
    for (let a = 0; a < crossing.length; a++) for (let b = a + 1; b < crossing.length; b++) out.set(`x:${crossing[a]}*${crossing[b]}`, 1);
    // The composition that makes an incident: something failing × something that matters × now or at scale.
    if (seen.has('failure') && seen.has('matter')) {
      if (seen.has('now')) out.set('x3:failure*matter*now', 1);
      if (seen.has('scope')) out.set('x3:failure*matter*scope', 1);
      if (seen.has('nonprod')) out.set('x3:failure*matter*nonprod', 1);
      if (seen.has('resolved')) out.set('x3:failure*matter*resolved', 1);
    }
  }
  for (const [k, v] of out) if (k.startsWith('c:') && v > 1) out.set(k, 1 + Math.log(v));
  if (all.length > 0) out.set(`f:${all[0]}`, 1);
  if (all.length > 1) out.set(`f:${all[0]}_${all[1]}`, 1);
  out.set(`len:${bucket(all.length, [3, 8, 20, 50, 120])}`, 1);
  if (text.includes('?')) out.set('s:question', 1);
  if (text.trimEnd().endsWith('?')) out.set('s:ends-question', 1);
  if (text.includes('!')) out.set('s:exclaim', 1);
  if (/\n[^\S\n]*(?:[-*•]|\d+[.)])\s/.test(text)) out.set('s:list', 1);
  if (text.includes('\n')) out.set('s:lines', 1);
  if (/\b[A-Z]{4,}\b/.test(text)) out.set('s:caps', 1);
  return out;
}

/** The message's features: its text, the conversation and the rules' facts. */
export function messageFeatures(text: string, facts: RuleFacts | null, conversation?: Conversation): Features {
  const out = textFeatures(text);
  out.set(`conv:${conversation ?? 'unknown'}`, 1);
  if (!facts) return out;
  for (const [id, present] of Object.entries(facts.parts)) if (present) out.set(`r:part:${id}`, 1);
  out.set(`r:kind:${facts.kind}`, 1);
  out.set(`r:urgency:${facts.label}`, 1);
  if (facts.social) out.set('r:social', 1);
  for (const s of facts.signals) out.set(`r:${s}`, 1);
  return out;
}
