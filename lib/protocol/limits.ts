// Size limits shared by the protocol's schemas and the surfaces that check before sending. Pure, no imports.

/** The largest file the popup sends (well under the browsers' message limits). */
export const MAX_FILE_CHARS = 20_000_000;
