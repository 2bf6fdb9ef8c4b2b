// The conversation is an engine input (lib/analysis/README.md): the background maps what the host shows onto the
// engine's options, and the engine — not a rescoring afterwards — drops the no-owner warning in a DM
// and the zone warning when everyone shares the sender's offset.
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../lib/analysis';
import { contextOptions, sameOffsetEverywhere } from '../../lib/protocol/analysis-context';
import { runAnalysis } from '../../lib/background/analysis';

const now = Date.UTC(2026, 11, 3, 9, 0);
const opts = { now, senderTimeZone: 'Europe/Berlin' };
const ids = (text: string, o = {}) => analyzeMessage(text, { ...opts, ...o }).warnings.map((w) => w.id);

describe('contextOptions', () => {
  it('maps the host conversation kind onto the engine conversation', () => {
    expect(contextOptions({ conversationKind: 'dm', recipientZones: [] }, opts)).toEqual({ conversation: 'direct' });
    expect(contextOptions({ conversationKind: 'group', recipientZones: [] }, opts)).toEqual({ conversation: 'group' });
    expect(contextOptions({ conversationKind: 'channel', recipientZones: [] }, opts)).toEqual({ conversation: 'channel' });
    expect(contextOptions({ conversationKind: 'unknown', recipientZones: [] }, opts)).toEqual({});
    expect(contextOptions(undefined, opts)).toEqual({});
  });
  it('says the zone is shared only when every recipient has the sender offset now', () => {
    expect(contextOptions({ conversationKind: 'channel', recipientZones: ['Europe/Paris', 'Europe/Oslo'] }, opts)).toEqual({ conversation: 'channel', zoneShared: true });
    expect(contextOptions({ conversationKind: 'channel', recipientZones: ['Europe/Paris', 'Europe/London'] }, opts)).toEqual({ conversation: 'channel' });
    expect(sameOffsetEverywhere([], 'Europe/Berlin', now)).toBe(false);
    expect(sameOffsetEverywhere(['Not/AZone'], 'Europe/Berlin', now)).toBe(false);
  });
});

describe('conversation in the engine', () => {
  const ask = 'Could you review the retry change in https://github.com/acme/api/pull/881 by EOD? It fixes the duplicate charges.';
  it('a request with no named owner warns in a channel but not in a DM', () => {
    expect(ids(ask, { conversation: 'channel' })).toContain('no-owner');
    expect(ids(ask, { conversation: 'direct' })).not.toContain('no-owner');
    const dm = analyzeMessage(ask, { ...opts, conversation: 'direct' });
    expect(dm.checks.find((c) => c.id === 'owner')!.required).toBe(false);
    expect(dm.score).toBeGreaterThan(analyzeMessage(ask, { ...opts, conversation: 'channel' }).score);
  });
  it('"by EOD" warns about the zone unless everyone shares it', () => {
    expect(ids(ask, { conversation: 'direct' })).toContain('deadline-no-zone');
    expect(ids(ask, { conversation: 'direct', zoneShared: true })).not.toContain('deadline-no-zone');
  });
  it('runAnalysis passes the context through to the engine', () => {
    const dm = runAnalysis(ask, opts, null, { conversationKind: 'dm', recipientZones: ['Europe/Paris'] }).analysis;
    expect(dm.warnings.map((w) => w.id)).not.toContain('no-owner');
    expect(dm.warnings.map((w) => w.id)).not.toContain('deadline-no-zone');
    const channel = runAnalysis(ask, opts, null, { conversationKind: 'channel', recipientZones: ['America/New_York'] }).analysis;
    expect(channel.warnings.map((w) => w.id)).toEqual(expect.arrayContaining(['no-owner', 'deadline-no-zone']));
  });
});
