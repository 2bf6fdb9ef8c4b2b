// The off switch as data: which pages the user turned Composure off on, and whether one is covered
// now. Pure: the background stores the rules, content scripts and the popup read them.
import { formatLocalTime, wallClock } from '../schedule/format-label';
import { HOST_NAMES, type HostId } from '../hosts/types';

/** How much a rule turns off: a whole host, a workspace or tenant, one conversation, or everything for a while. */
export type OffScope = 'host' | 'workspace' | 'conversation' | 'pause';

/** One thing the user turned off. */
export interface OffRule {
  /** `${scope}:${key}`: turning the same thing off twice keeps one rule. */
  id: string;
  scope: OffScope;
  /** The host it belongs to; null for a pause, which covers every host. */
  host: HostId | null;
  /** 'slack' (host), 'slack:T0123' (workspace), a conversation key, or '*' (pause). */
  key: string;
  /** What the host showed when it was turned off ("#general", "Ana Weber"), for the popup's list. */
  label: string;
  createdAt: number;
  /** A pause's end (epoch ms); null: until turned back on. */
  until: number | null;
}

/** Where a page is, as far as the switch cares; null parts are not known (or not shown) on this page. */
export interface Place {
  host: HostId;
  workspace: { key: string; label: string } | null;
  conversation: { key: string; label: string } | null;
}

/** The rule id for turning `scope` off with `key`. */
export const ruleId = (scope: OffScope, key: string): string => `${scope}:${key}`;

/** Rules still in force at `now` (a pause that ended is gone). */
export function activeRules(rules: readonly OffRule[], now: number): OffRule[] {
  return rules.filter((r) => r.until === null || r.until > now);
}

/** Most to least sweeping, so the popup and the page name the broadest reason first. */
const ORDER: readonly OffScope[] = ['pause', 'host', 'workspace', 'conversation'];

/** The rule that turns Composure off at `place` now, or null when it is on. */
export function offRuleFor(
  rules: readonly OffRule[],
  place: { host: HostId; workspace?: string | null; conversation?: string | null },
  now: number,
): OffRule | null {
  const covers = (r: OffRule): boolean => {
    if (r.until !== null && r.until <= now) return false;
    if (r.scope === 'pause') return true;
    if (r.host !== place.host) return false;
    if (r.scope === 'host') return true;
    if (r.scope === 'workspace') return r.key === place.workspace;
    return r.key === place.conversation;
  };
  const found = rules.filter(covers);
  found.sort((a, b) => ORDER.indexOf(a.scope) - ORDER.indexOf(b.scope));
  return found[0] ?? null;
}

/** The earliest moment a covering rule could stop covering (a pause's end), for a timer; null: never by itself. */
export function nextExpiry(rules: readonly OffRule[], now: number): number | null {
  const ends = rules.map((r) => r.until).filter((u): u is number => u !== null && u > now);
  return ends.length ? Math.min(...ends) : null;
}

/** "Paused until 14:05", "Paused until 09:00 Mon" (the user's clock). */
export function pauseText(until: number, now: number, zone: string): string {
  const sameDay = wallClock(until, zone).day === wallClock(now, zone).day;
  const time = formatLocalTime(until, zone);
  return `Paused until ${sameDay ? time.slice(0, 5) : time}`;
}

/** One line for the popup's list: what is off, in the host's own words. */
export function describeRule(rule: OffRule, now: number, zone: string): string {
  if (rule.scope === 'pause') return `${rule.until === null ? 'Paused' : pauseText(rule.until, now, zone)}, everywhere`;
  const host = rule.host ? HOST_NAMES[rule.host] : '';
  if (rule.scope === 'host') return `Off on ${host}`;
  if (rule.scope === 'workspace') return `Off in ${host} workspace ${rule.label}`;
  return `Off in ${rule.label} (${host})`;
}
