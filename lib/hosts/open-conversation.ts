// Switching a page to another of its conversations the way a person would: a click on the host's own
// sidebar (Slack) or chat-list (Teams) entry, verified by reading the conversation back. Never a reload:
// the draft the user has open elsewhere stays with the host.
import { press, waitFor } from './dom';
import type { OpenResult } from './types';

/** How long the host may take to show the conversation after the click. */
const OPEN_TIMEOUT_MS = 3000;

/**
 * Already there: ok. Else clicks `entry` and waits until `reached()` (the conversation read back has
 * the wanted key and a composer is shown).
 */
export async function openVia(
  doc: Document,
  entry: HTMLElement | null,
  reached: () => boolean,
  where: string,
  signal?: AbortSignal,
): Promise<OpenResult> {
  if (reached()) return { ok: true, via: 'here' };
  if (!entry) return { ok: false, reason: `it has no entry in ${where} on this page` };
  try {
    press(entry);
  } catch {
    return { ok: false, reason: `its entry in ${where} could not be clicked` };
  }
  const ok = await waitFor(doc, () => (reached() ? true : null), {
    timeoutMs: OPEN_TIMEOUT_MS,
    ...(signal ? { signal } : {}),
  });
  return ok ? { ok: true, via: 'entry' } : { ok: false, reason: `its entry in ${where} did not open it` };
}

/** Whitespace-normalised text, for comparing a title with what an entry shows. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
