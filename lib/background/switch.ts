// switch/* requests: the off switch's rules, kept here and announced to every host tab, which turns
// itself off or back on without a reload (entrypoints/composer.content/lifecycle.ts).
import { getSettings } from '../db/settings-repo';
import { deleteOffRule, getOffRules, putOffRule } from '../db/switch-repo';
import { nextWorkdayStart } from '../schedule/next-workday';
import { ProtocolError } from '../protocol/responses';
import { ruleId, type OffRule, type Place } from '../switch/rules';
import { broadcastToHosts, isHostUrl } from './broadcast';
import { requireOwnHost } from './access';
import type { BackgroundContext, Handlers } from './context';

const HOUR = 3_600_000;

async function announce(ctx: BackgroundContext, rules: OffRule[]): Promise<OffRule[]> {
  await broadcastToHosts(ctx, { type: 'switch/changed', rules }).catch((e: unknown) => console.warn('[composure] switch broadcast failed', e));
  return rules;
}

/** The user's next working morning; a day from now when their hours hold none in two weeks (all time off). */
async function nextMorning(ctx: BackgroundContext, now: number): Promise<number> {
  const { me } = await getSettings(ctx.db);
  try {
    return nextWorkdayStart({ ...me, id: 'me', name: me.name || 'me' }, now) ?? now + 24 * HOUR;
  } catch (error) {
    console.warn('[composure] own hours unreadable; pausing for a day', error);
    return now + 24 * HOUR;
  }
}

function isPlace(x: unknown): x is Place {
  const p = x as Place | null;
  return typeof p === 'object' && p !== null && (p.host === 'slack' || p.host === 'teams') && 'workspace' in p && 'conversation' in p;
}

type SwitchTypes = 'switch/list' | 'switch/off' | 'switch/pause' | 'switch/on' | 'switch/here';

/** switch/list, switch/off, switch/pause, switch/on, switch/here. */
export const switchHandlers: Handlers<SwitchTypes> = {
  // A page learns nothing about other hosts' rules (their labels name conversations).
  'switch/list': async (_req, ctx, caller) =>
    (await getOffRules(ctx.db, ctx.now())).filter((r) => caller.kind === 'extension' || r.host === null || r.host === caller.host),

  async 'switch/off'(req, ctx, caller) {
    requireOwnHost(caller, req.host, 'turn Composure off');
    const fits = req.scope === 'host' ? req.key === req.host : req.key.startsWith(`${req.host}:`);
    if (!fits) throw new ProtocolError('invalid-request', `Invalid 'switch/off' request: key '${req.key}' does not belong to ${req.scope} of ${req.host}`);
    const rule: OffRule = { id: ruleId(req.scope, req.key), scope: req.scope, host: req.host, key: req.key, label: req.label || req.key, createdAt: ctx.now(), until: null };
    return announce(ctx, await putOffRule(ctx.db, rule, ctx.now()));
  },

  async 'switch/pause'(req, ctx) {
    const now = ctx.now();
    const until = req.for === 'hour' ? now + HOUR : await nextMorning(ctx, now);
    const rule: OffRule = { id: ruleId('pause', '*'), scope: 'pause', host: null, key: '*', label: req.for, createdAt: now, until };
    return announce(ctx, await putOffRule(ctx.db, rule, now));
  },

  async 'switch/on'(req, ctx) {
    return announce(ctx, await deleteOffRule(ctx.db, req.id, ctx.now()));
  },

  async 'switch/here'(_req, ctx) {
    const tab = await ctx.port.activeTab().catch(() => null);
    if (!tab || !isHostUrl(tab.url)) return null;
    try {
      const reply = await ctx.port.sendToTab(tab.id, { type: 'switch/where' });
      return isPlace(reply) ? reply : null;
    } catch {
      return null;
    }
  },
};
