// How much of a draft one analysis reads: the background cuts there and the sidebar says so. Pure, no imports.

/**
 * The most of a draft one analysis reads. Chat hosts cap a message near here or above (Slack 40,000,
 * Teams about 28,000), and the parts that matter to a reader are at the start; reading a bounded
 * prefix keeps one page's draft from holding up the background for every other tab and the popup.
 */
export const MAX_ANALYZED_CHARS = 20_000;

/** The part of `text` an analysis reads: at most MAX_ANALYZED_CHARS, never ending inside a surrogate pair. */
export function analyzedPart(text: string): string {
  if (text.length <= MAX_ANALYZED_CHARS) return text;
  const code = text.charCodeAt(MAX_ANALYZED_CHARS - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? MAX_ANALYZED_CHARS - 1 : MAX_ANALYZED_CHARS);
}
