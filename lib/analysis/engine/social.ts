// Recognises acknowledgements ("thanks!", "👍", "sounds good") and naked greetings ("hey", "got a sec?").
import type { Compiled } from './compiled';

const MENTION = /@[\w.-]+/g;
const NON_WORD = /[^\p{L}\p{N}\s'+]+/gu;
const MAX_SOCIAL_CHARS = 160;
const MAX_GREETING_CHARS = 80;

/** Lower-cased text without mentions, links (already blanked), punctuation or emoji. */
export function normalizeShort(masked: string): string {
  return masked.replace(MENTION, ' ').replace(NON_WORD, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** True for an acknowledgement or reaction; the caller also checks there is no ask or evidence. */
export function isSocial(c: Compiled, masked: string): boolean {
  const trimmed = masked.trim();
  if (trimmed.length > MAX_SOCIAL_CHARS) return false;
  const core = normalizeShort(trimmed);
  // Only emoji or punctuation ("👍", "🎉🎉") is a reaction; an empty draft is not a message at all.
  if (core.length === 0) return true;
  return c.socialMessage.test(core);
}

export function isNakedGreeting(c: Compiled, masked: string): boolean {
  const trimmed = masked.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_GREETING_CHARS) return false;
  const core = normalizeShort(trimmed);
  return core.length > 0 && c.nakedGreeting.test(core);
}
