// Diagnostic entries are selector failures by default; this prefix marks a scheduled send the host did
// not take, its rest naming the path tried ('scheduleSend:custom-dialog:calendar'). Shared by the
// content script that reports it and the popup that words it.

/** Feature-name prefix of a scheduled send that fell back to the outbox. */
export const SCHEDULE_FALLBACK = 'scheduleSend:';
