// The off switch's rules as data: what covers a page, what a pause leaves, how the popup words them,
// and "until tomorrow morning" on the user's own hours.
import { describe, expect, it } from 'vitest';
import { nextWorkdayStart } from '../../lib/schedule/next-workday';
import { workspaceOf } from '../../lib/switch/place';
import { activeRules, describeRule, nextExpiry, offRuleFor, ruleId, type OffRule } from '../../lib/switch/rules';

const NOW = Date.UTC(2026, 11, 4, 15, 0); // Fri 4 Dec 2026, 16:00 in Berlin
const rule = (scope: OffRule['scope'], key: string, extra: Partial<OffRule> = {}): OffRule => ({
  id: ruleId(scope, key),
  scope,
  host: scope === 'pause' ? null : (key.split(':')[0] as 'slack' | 'teams'),
  key,
  label: key,
  createdAt: NOW,
  until: null,
  ...extra,
});
const SLACK_GENERAL = { host: 'slack' as const, workspace: 'slack:T0123', conversation: 'slack:T0123/C0456' };

describe('offRuleFor', () => {
  it('on when nothing is off', () => {
    expect(offRuleFor([], SLACK_GENERAL, NOW)).toBeNull();
  });

  it('a conversation rule covers that conversation only', () => {
    const rules = [rule('conversation', 'slack:T0123/C0456')];
    expect(offRuleFor(rules, SLACK_GENERAL, NOW)?.scope).toBe('conversation');
    expect(offRuleFor(rules, { ...SLACK_GENERAL, conversation: 'slack:T0123/D0789' }, NOW)).toBeNull();
    expect(offRuleFor(rules, { ...SLACK_GENERAL, conversation: null }, NOW)).toBeNull();
  });

  it('a workspace rule covers every conversation in it, not another workspace', () => {
    const rules = [rule('workspace', 'slack:T0123')];
    expect(offRuleFor(rules, { ...SLACK_GENERAL, conversation: 'slack:T0123/D1' }, NOW)?.scope).toBe('workspace');
    expect(offRuleFor(rules, { host: 'slack', workspace: 'slack:T9999', conversation: 'slack:T9999/C1' }, NOW)).toBeNull();
  });

  it('a host rule covers that host only; the broadest reason is named first', () => {
    const rules = [rule('conversation', 'slack:T0123/C0456'), rule('host', 'slack')];
    expect(offRuleFor(rules, SLACK_GENERAL, NOW)?.scope).toBe('host');
    expect(offRuleFor(rules, { host: 'teams', workspace: null, conversation: 'teams:19:abc' }, NOW)).toBeNull();
  });

  it('a pause covers every host until it ends, and then is gone', () => {
    const pause = rule('pause', '*', { until: NOW + 3_600_000 });
    expect(offRuleFor([pause], { host: 'teams', workspace: null, conversation: null }, NOW)?.scope).toBe('pause');
    expect(offRuleFor([pause], SLACK_GENERAL, NOW + 3_600_000)).toBeNull();
    expect(activeRules([pause, rule('host', 'teams')], NOW + 3_600_000).map((r) => r.id)).toEqual(['host:teams']);
    expect(nextExpiry([pause, rule('host', 'teams')], NOW)).toBe(NOW + 3_600_000);
    expect(nextExpiry([rule('host', 'teams')], NOW)).toBeNull();
  });
});

describe('describeRule', () => {
  it('says what is off in the host\'s words, and a pause\'s end on the user\'s clock', () => {
    expect(describeRule(rule('host', 'slack'), NOW, 'Europe/Berlin')).toBe('Off on Slack');
    expect(describeRule(rule('conversation', 'slack:T0123/C0456', { label: '#general' }), NOW, 'Europe/Berlin')).toBe('Off in #general (Slack)');
    expect(describeRule(rule('workspace', 'slack:T0123', { label: 'T0123' }), NOW, 'Europe/Berlin')).toBe('Off in Slack workspace T0123');
    expect(describeRule(rule('pause', '*', { until: NOW + 3_600_000 }), NOW, 'Europe/Berlin')).toBe('Paused until 17:00, everywhere');
    expect(describeRule(rule('pause', '*', { until: Date.UTC(2026, 11, 7, 8, 0) }), NOW, 'Europe/Berlin')).toBe('Paused until 09:00 Mon, everywhere');
  });
});

describe('nextWorkdayStart ("until tomorrow morning")', () => {
  const me = { id: 'me', name: 'Me', timeZone: 'Europe/Berlin', workingHours: { mon: [{ start: '09:00', end: '17:00' }], tue: [{ start: '08:30', end: '17:00' }], fri: [{ start: '09:00', end: '17:00' }] } };

  it('is the next working day\'s first hour in the user\'s zone (Monday after a Friday)', () => {
    expect(nextWorkdayStart(me, NOW)).toBe(Date.UTC(2026, 11, 7, 8, 0));
    expect(nextWorkdayStart(me, Date.UTC(2026, 11, 7, 10, 0))).toBe(Date.UTC(2026, 11, 8, 7, 30));
  });

  it('skips time off, and before the day starts it is still the next day, not today', () => {
    expect(nextWorkdayStart({ ...me, outOfOffice: [{ start: '2026-12-07', end: '2026-12-07' }] }, NOW)).toBe(Date.UTC(2026, 11, 8, 7, 30));
    expect(nextWorkdayStart(me, Date.UTC(2026, 11, 7, 5, 0))).toBe(Date.UTC(2026, 11, 8, 7, 30));
  });

  it('is null when no working day comes within two weeks', () => {
    expect(nextWorkdayStart({ ...me, outOfOffice: [{ start: '2026-12-01', end: '2027-01-31' }] }, NOW)).toBeNull();
  });
});

describe('workspaceOf', () => {
  it('reads Slack\'s team id and a Teams tenant id from the URL, and nothing else', () => {
    expect(workspaceOf('slack', { pathname: '/client/T0123/C0456', search: '' })).toEqual({ key: 'slack:T0123', label: 'T0123' });
    expect(workspaceOf('slack', { pathname: '/client/E0ENT/C1', search: '' })?.key).toBe('slack:E0ENT');
    expect(workspaceOf('slack', { pathname: '/later', search: '' })).toBeNull();
    const tenant = '72F988BF-86F1-41AF-91AB-2D7CD011DB47';
    expect(workspaceOf('teams', { pathname: '/v2/', search: `?tenantId=${tenant}` })?.key).toBe(`teams:${tenant.toLowerCase()}`);
    expect(workspaceOf('teams', { pathname: '/v2/', search: '?tenantId=not-a-guid' })).toBeNull();
    expect(workspaceOf('teams', { pathname: '/v2/', search: '' })).toBeNull();
  });
});
