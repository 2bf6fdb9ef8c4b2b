// A Language compiled to RegExps, built once per language object (the first analysis pays for it).
import { compileAnchored, compileSet, expand, type CompiledSet } from '../compile';
import type { Language } from '../language';
import { TriggerIndex } from '../scan';

export interface Compiled {
  lang: Language;
  /** Trigger tokens of every case-insensitive table, for scanning whole messages (scan/). */
  index: TriggerIndex;
  context: CompiledSet;
  state: CompiledSet;
  options: CompiledSet;
  optionsInQuestion: CompiledSet;
  recommendation: CompiledSet;
  askRequest: CompiledSet;
  askNotAsk: CompiledSet;
  askQuestionForm: CompiledSet;
  askConditional: CompiledSet;
  askVague: RegExp;
  askConfirm: RegExp;
  vagueStrip: RegExp;
  ownerAfter: RegExp;
  ownerBefore: RegExp;
  ownerMentionedBefore: RegExp;
  ownerMentionedAfter: RegExp;
  ownerVocative: RegExp;
  ownerNamed: CompiledSet;
  broadcast: ReadonlySet<string>;
  notNames: ReadonlySet<string>;
  deadline: Record<keyof Language['deadline'], CompiledSet>;
  evidence: CompiledSet;
  identifiers: CompiledSet;
  codeCue: RegExp;
  codeErrorWords: RegExp;
  clock: RegExp;
  pastCue: CompiledSet;
  futureCue: CompiledSet;
  urgency: Record<keyof Language['urgency'], CompiledSet>;
  kinds: Record<keyof Language['kinds'], CompiledSet>;
  socialMessage: RegExp;
  nakedGreeting: RegExp;
  asDiscussed: CompiledSet;
}

/** Tables only ever matched against short slices (never a whole message) are not registered for trigger scanning. */
const SLICE_ONLY = new Set(['otherDay', 'laterDay', 'sameDay', 'softSameDay', 'nextMorning', 'clockOrEod', 'zone', 'reviewLink']);

function mapSets<K extends string>(sets: Record<K, Parameters<typeof compileSet>[0]>, macros: Record<string, string>, index: TriggerIndex) {
  const out = {} as Record<K, CompiledSet>;
  for (const key of Object.keys(sets) as K[]) out[key] = compileSet(sets[key], macros, SLICE_ONLY.has(key) ? undefined : index);
  return out;
}

function build(lang: Language): Compiled {
  const m = lang.macros;
  const index = new TriggerIndex(lang.triggerIndex);
  const whole = (sources: readonly string[]) => compileAnchored(sources.map((s) => `(?:${s})`).join('|'), m, 'whole');
  return {
    lang,
    index,
    context: compileSet(lang.parts.context, m, index),
    state: compileSet(lang.parts.state, m, index),
    options: compileSet(lang.parts.options, m, index),
    optionsInQuestion: compileSet(lang.parts.optionsInQuestion, m, index),
    recommendation: compileSet(lang.parts.recommendation, m, index),
    askRequest: compileSet(lang.ask.request, m, index),
    askNotAsk: compileSet(lang.ask.notAsk, m),
    askQuestionForm: compileSet(lang.ask.questionForm, m, index),
    askConditional: compileSet(lang.ask.conditional, m, index),
    askVague: whole(lang.ask.vague),
    askConfirm: whole(lang.ask.confirm),
    vagueStrip: new RegExp(expand(lang.ask.vagueStrip, m), 'i'),
    ownerAfter: compileAnchored(lang.owner.addressedAfter, m, 'after'),
    ownerBefore: compileAnchored(lang.owner.addressedBefore, m, 'before'),
    ownerMentionedBefore: compileAnchored(lang.owner.mentionedBefore, m, 'before'),
    ownerMentionedAfter: compileAnchored(lang.owner.mentionedAfter, m, 'after'),
    ownerVocative: compileAnchored(`${lang.owner.greetingLead}(?:@[\\w.-]+[\\s,:;&]*(?:and\\s+)?)*`, m, 'whole'),
    ownerNamed: compileSet(lang.owner.named, m, index),
    broadcast: new Set(lang.owner.broadcast),
    notNames: new Set(lang.owner.notNames),
    deadline: mapSets(lang.deadline, m, index),
    evidence: compileSet(lang.evidence.match, m, index),
    identifiers: compileSet(lang.evidence.identifiers, m, index),
    codeCue: compileAnchored(lang.evidence.codeCue, m, 'before'),
    codeErrorWords: new RegExp(expand(lang.evidence.codeErrorWords, m), 'i'),
    clock: new RegExp(expand(lang.evidence.clock, m), 'gi'),
    pastCue: compileSet(lang.evidence.pastCue, m, index),
    futureCue: compileSet(lang.evidence.futureCue, m, index),
    urgency: mapSets(lang.urgency, m, index),
    kinds: mapSets(lang.kinds, m, index),
    socialMessage: whole(lang.social.messages),
    nakedGreeting: whole(lang.social.nakedGreeting),
    asDiscussed: compileSet(lang.warnings.asDiscussed, m, index),
  };
}

const cache = new WeakMap<Language, Compiled>();

/** The compiled form of `lang`, memoised. */
export function compiled(lang: Language): Compiled {
  let c = cache.get(lang);
  if (!c) {
    c = build(lang);
    cache.set(lang, c);
  }
  return c;
}
