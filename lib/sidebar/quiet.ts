// When Composure has something to say about a draft. Until then it stays a badge with an empty
// ring: an empty or one-word draft never gets a score ("h" is not a message scoring 0), and a
// draft being typed is left alone until it has a first sentence, QUIET_CHARS characters, or the
// writer pauses. Pure.

/** A draft this long (trimmed) is worth reading even without a full stop. */
export const QUIET_CHARS = 40;
/** A pause this long after typing counts as "done for now". */
export const PAUSE_MS = 1500;

/** Words with a letter or digit in them ("#42" counts, "—" does not). */
export function wordCount(text: string): number {
  let n = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) n++;
  return n;
}

/** A sentence ends somewhere in it: ., !, ? or … before a space or the end, or a line break between words. */
export function hasSentence(text: string): boolean {
  return /[.!?…](?:\s|$)/u.test(text) || /\S[ \t]*\n\s*\S/u.test(text);
}

/** True while the draft is too short to judge; `paused`: the writer stopped typing a while ago. */
export function isQuiet(draft: string, paused: boolean): boolean {
  const text = draft.trim();
  if (wordCount(text) < 2) return true;
  return !(paused || text.length >= QUIET_CHARS || hasSentence(text));
}
