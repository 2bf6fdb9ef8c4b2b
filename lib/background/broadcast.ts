// Sending background → content-script messages to the Slack/Teams tabs that run our content script.
import { HOST_MATCHES, PROXY_MATCHES } from '../hosts/matches';
import type { ContentMessage } from '../protocol/content-messages';
import type { BackgroundContext } from './context';
import type { TabInfo } from '../platform/background-ports';

// Proxied hosts too: a tab there runs our script only once granted; the others do not answer.
const HOST_RES = [...HOST_MATCHES, ...PROXY_MATCHES].map(
  (p) => new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`),
);

/** True when a tab URL is one where our content script runs. */
export function isHostUrl(url: string | undefined): boolean {
  return !!url && HOST_RES.some((re) => re.test(url));
}

/** Sends a message to every host tab; tabs without a live content script are skipped silently. */
export async function broadcastToHosts(ctx: BackgroundContext, message: ContentMessage): Promise<number> {
  const tabs = (await ctx.port.queryTabs()).filter((t) => isHostUrl(t.url));
  const results = await Promise.allSettled(tabs.map((t) => ctx.port.sendToTab(t.id, message)));
  return results.filter((r) => r.status === 'fulfilled').length;
}

/**
 * Sends to one tab and returns the first answer `accept` takes, retrying while a freshly opened page
 * has not loaded its content script (or not attached to its composer) yet; null when none came.
 */
export async function requestWithRetry<T>(
  ctx: BackgroundContext,
  tab: TabInfo,
  message: ContentMessage,
  accept: (response: unknown) => T | null,
  attempts = 15,
  delayMs = 1000,
): Promise<T | null> {
  for (let i = 0; i < attempts; i++) {
    try {
      const answer = accept(await ctx.port.sendToTab(tab.id, message));
      if (answer !== null) return answer;
    } catch {
      // No content script there yet.
    }
    if (i < attempts - 1) await ctx.sleep(delayMs);
  }
  return null;
}
