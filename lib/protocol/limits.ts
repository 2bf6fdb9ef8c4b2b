// Size limits shared by the protocol's schemas and the surfaces that check before sending. Pure, no imports.
// (How much of a draft one analysis reads is the engine's own limit: lib/analysis/limits.ts.)

/** The largest file the popup sends (well under the browsers' message limits). */
export const MAX_FILE_CHARS = 20_000_000;
