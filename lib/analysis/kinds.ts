// Which parts each kind of message needs to be complete, and how much each weighs.
// Language-independent policy; the reasoning is in KINDS.md next to this file.
import type { MessageKind, PartId } from './types';

/** One requirement: satisfied when any of `parts` is present (most have one part; a few accept either). */
export interface Requirement {
  parts: readonly PartId[];
  weight: number;
}

export const KIND_REQUIREMENTS: Readonly<Record<MessageKind, readonly Requirement[]>> = {
  question: [
    { parts: ['ask'], weight: 3 },
    { parts: ['context'], weight: 2 },
    { parts: ['state'], weight: 2 },
  ],
  request: [
    { parts: ['ask'], weight: 3 },
    { parts: ['owner'], weight: 2 },
    { parts: ['context'], weight: 2 },
    { parts: ['deadline'], weight: 2 },
  ],
  decision: [
    { parts: ['options'], weight: 3 },
    { parts: ['recommendation'], weight: 3 },
    { parts: ['ask'], weight: 2 },
    { parts: ['context'], weight: 2 },
    { parts: ['deadline'], weight: 2 },
  ],
  status: [
    { parts: ['state'], weight: 3 },
    { parts: ['evidence'], weight: 1 },
    // A next step for the reader, or an explicit "no reply needed" (which the deadline part covers).
    { parts: ['ask', 'deadline'], weight: 2 },
  ],
  fyi: [
    { parts: ['state', 'context'], weight: 3 },
    { parts: ['deadline'], weight: 1 },
  ],
  incident: [
    { parts: ['state'], weight: 3 },
    { parts: ['evidence'], weight: 2 },
    { parts: ['owner'], weight: 2 },
    { parts: ['context'], weight: 1 },
  ],
  review: [
    { parts: ['ask'], weight: 3 },
    { parts: ['evidence'], weight: 3 },
    { parts: ['owner'], weight: 2 },
    { parts: ['context'], weight: 2 },
    { parts: ['deadline'], weight: 1 },
  ],
  handoff: [
    { parts: ['state'], weight: 3 },
    { parts: ['owner'], weight: 3 },
    { parts: ['evidence'], weight: 2 },
  ],
  social: [],
};
