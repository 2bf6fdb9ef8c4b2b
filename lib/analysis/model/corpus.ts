// The labelled corpus (tests/analysis/corpus, see its README) and its one split by annotator:
// the model trains on `train`, thresholds are chosen on `dev`, and `test` is frozen — read only by
// quality.test.ts to assert the floors, never to tune anything.
import type { Conversation, MessageKind, PartId, UrgencyLabel } from '../types';

export interface LabelledMessage {
  id: string;
  text: string;
  conversation?: Conversation;
  applicable: boolean;
  notApplicable?: 'social' | 'language';
  kind: MessageKind;
  urgency: UrgencyLabel;
  present: PartId[];
  note?: string;
}

export interface Pair {
  worse: string;
  better: string;
  note?: string;
}

export interface CorpusSet {
  provenance: { annotator: string; persona?: string; written?: string; method: string };
  messages: LabelledMessage[];
  pairs: Pair[];
}

/** File names (without .json) under tests/analysis/corpus, by split. Annotators never cross splits. */
export const SPLITS = {
  train: ['contract-dev', 'blind-a', 'blind-b', 'blind-c', 'blind-d', 'engineers-extra', 'annotator-A', 'annotator-C', 'annotator-D', 'annotator-F', 'annotator-K', 'annotator-L', 'annotator-M', 'annotator-N', 'annotator-O', 'annotator-P', 'annotator-Q', 'annotator-R', 'annotator-S', 'annotator-T', 'annotator-U', 'annotator-V', 'annotator-W', 'annotator-X', 'annotator-Y', 'annotator-Z', 'annotator-AA', 'annotator-AB', 'annotator-AF', 'annotator-AG', 'annotator-AH', 'annotator-AI', 'annotator-AJ', 'annotator-AK', 'annotator-AL', 'annotator-AM', 'annotator-AN', 'annotator-AO', 'annotator-AP', 'annotator-AQ', 'annotator-AR', 'annotator-AS', 'annotator-AT', 'annotator-AU', 'annotator-AV', 'annotator-AW', 'annotator-AX', 'annotator-AY', 'annotator-AZ', 'annotator-BA', 'annotator-BB', 'annotator-BC'],
  dev: ['annotator-E'],
  test: ['annotator-G', 'annotator-J'],
  /**
   * Held out: written after the shipped model was trained (three more blind annotators), used nowhere else;
   * its figures are printed and asserted beside the frozen test's. (A trial that trained on them moved the dev
   * figures the wrong way, kind 0.92 → 0.91, so they stayed out of train and measure writing never seen.)
   */
  heldout: ['annotator-AC', 'annotator-AD', 'annotator-AE'],
  /**
   * Held out too: eight more blind annotators written for training (2026-12-05), whose addition a rule written before
   * their data existed rejected (grouped CV +0.0015, under its +0.005 bar). Never trained on; printed and asserted
   * beside the others, it measures the shipped model on 2,080 messages of writing it has never seen.
   */
  heldout2: ['annotator-BD', 'annotator-BE', 'annotator-BF', 'annotator-BG', 'annotator-BH', 'annotator-BI', 'annotator-BJ', 'annotator-BK'],
} as const;

export type Split = keyof typeof SPLITS;

/** The sets the rules were written against (the engine's tables were tuned on them in v1). */
export const RULE_TUNED = ['contract-dev', 'blind-a', 'blind-b', 'blind-c', 'blind-d', 'engineers-extra'] as const;

/** Whether the label says the engine should read it (English); language-only messages are the detector's. */
export const isEnglish = (m: LabelledMessage) => !(m.applicable === false && m.notApplicable === 'language');

/** The messages of a split, read through `read` (name → parsed JSON). */
export function splitMessages(split: Split, read: (name: string) => CorpusSet): LabelledMessage[] {
  return SPLITS[split].flatMap((name) => read(name).messages);
}

/** The sets of a split, each with its name. */
export function splitSets(split: Split, read: (name: string) => CorpusSet): Array<{ set: string; messages: LabelledMessage[] }> {
  return SPLITS[split].map((name) => ({ set: name, messages: read(name).messages }));
}
