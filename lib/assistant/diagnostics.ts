// Selector failures, said once per distinct set: to the console (for people reading it) and to the
// background (for the diagnostics page), and as a calm line in the sidebar when a feature is affected.
import type { Diagnosis } from '../hosts/types';
import type { Client } from '../protocol/client';
import { SCHEDULE_FALLBACK } from '../protocol/diagnostics';
import { HOST_NAMES } from '../hosts/types';
import type { Timers } from './types';

/** What each failing selector costs the user, in their words. */
const EFFECTS: Record<string, string> = {
  sendButton: 'sent messages are not counted',
  scheduleButton: 'scheduling goes to the Composure outbox',
  header: 'the conversation name may be missing',
  headerTitle: 'the conversation name may be missing',
  chatTitle: 'the conversation name may be missing',
};

/** The sidebar's degraded-state line for a diagnosis, or null when nothing the user relies on broke. */
export function problemOf(d: Diagnosis): string | null {
  const effects = [...new Set(d.failed.flatMap((name) => (EFFECTS[name] ? [EFFECTS[name]] : [])))];
  if (effects.length === 0) return null;
  return `Some ${HOST_NAMES[d.host]} controls were not recognised, so ${effects.join('; ')}.`;
}

/** A host still loading fails every selector for a moment: only a set that lasts this long is stored. */
export const REPORT_AFTER_MS = 2000;

/** Returns a reporter: each new set of failures goes to the console at once and, if it lasts, to the background once per page. */
export function createDiagnosticsReporter(client: Client, timers: Timers, signal: () => AbortSignal): (d: Diagnosis) => void {
  const stored = new Set<string>(['']);
  let last = '';
  return (d) => {
    const key = d.failed.join(',');
    if (key === last) return;
    last = key;
    if (!key) return;
    // Console first, in the format people (and the e2e tests) grep for.
    console.debug('[composure] selectors failed:', key, d);
    timers.after(REPORT_AFTER_MS, () => {
      if (last !== key || stored.has(key)) return;
      stored.add(key);
      const failures = d.failed.slice(0, 50).map((feature) => ({ feature, message: `no fallback for '${feature}' matched` }));
      client.request({ type: 'diagnostics/report', host: d.host, failures }).catch((error: unknown) => {
        console.debug('[composure] diagnostics report failed', error);
      });
    }, signal());
  };
}

/**
 * A scheduled send the host did not take: which path was tried ('custom-dialog:calendar', 'menu', …) and
 * why, stored for the popup's Diagnostics so a changed or localised menu shows up there, not only in
 * the status line the user may have missed. Never throws.
 */
export function reportScheduleFallback(client: Client, host: Diagnosis['host'], result: { path?: string; reason?: string }): void {
  const feature = `${SCHEDULE_FALLBACK}${result.path ?? 'none'}`.slice(0, 100);
  const message = (result.reason ?? '').slice(0, 500);
  client.request({ type: 'diagnostics/report', host, failures: [{ feature, message }] }).catch((error: unknown) => {
    console.debug('[composure] diagnostics report failed', error);
  });
}
