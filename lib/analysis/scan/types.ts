// The shapes shared by trigger registration (trigger-index.ts), per-message preparation (prepare.ts)
// and the scan loop (scan.ts). Kept apart so those modules depend on these types, not on each other.
import type { TriggerIndex } from './trigger-index';

/** An alternative without triggers: scanned over every line, unless its filter rules it out. */
export interface Fallback {
  source: string;
  /** Compiled the first time the fallback runs. */
  re: RegExp | null;
  priority: number;
  /** Index into ScanState.fallbackOk. */
  id: number;
}

/** One alternation (a table's `match` or `unless` list) prepared for trigger scanning. */
export interface Scanner {
  id: number;
  index: TriggerIndex;
  fallbacks: Fallback[];
}

/** Per-message state: the lines of the text and, per scanner, the (alternative, position) pairs to try. */
export interface ScanState {
  text: string;
  lineStarts: number[];
  lines: string[];
  /** Flat [alternative, position] pairs per scanner id, positions non-decreasing (at one position, any priority order). */
  pending: number[][];
  /** Per fallback id: 1 when its filter lets it run on this text. */
  fallbackOk: Uint8Array;
}
