// The conversation-aware adjustment over the engine's real output: a DM's reader owns the ask, and a
// zone-less relative deadline is not ambiguous when every recipient shares the sender's offset.
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../lib/analysis';
import { scoreMessage } from '../../lib/analysis/engine/score';
import { WARNING_PENALTIES } from '../../lib/analysis/engine/warnings';
import type { Analysis, PartId } from '../../lib/analysis/types';
import { analysisInContext, DEADLINE_NO_ZONE, NO_OWNER, sameOffsetEverywhere, type AnalysisContext } from '../../lib/background/analysis-context';

const NOW = Date.UTC(2025, 0, 6, 9); // a Monday in winter
const OPTS = { now: NOW, senderTimeZone: 'Europe/Berlin' };
const REVIEW = 'can you review this PR? https://github.com/a/b/pull/1';
const EOD = 'Can you send me the numbers by EOD?';
const analyse = (text: string) => analyzeMessage(text, OPTS);
const ids = (a: Analysis) => a.warnings.map((w) => w.id);
const check = (a: Analysis, id: PartId) => a.checks.find((c) => c.id === id)!;
const ctx = (conversationKind: AnalysisContext['conversationKind'], recipientZones: string[] = []): AnalysisContext => ({ conversationKind, recipientZones });

describe('analysisInContext', () => {
  it('the engine raises the warnings this step is about', () => {
    expect(ids(analyse(REVIEW))).toEqual([NO_OWNER]);
    expect(ids(analyse(EOD))).toEqual([NO_OWNER, DEADLINE_NO_ZONE]);
  });

  it('in a DM the reader owns the ask: no no-owner warning, owner present with no spans, a higher score', () => {
    const raw = analyse(REVIEW);
    const dm = analysisInContext(raw, ctx('dm'), OPTS);
    expect(ids(dm)).toEqual([]);
    expect(check(dm, 'owner')).toEqual({ id: 'owner', present: true, required: true, spans: [] });
    expect(dm.score).toBeGreaterThan(raw.score);
    // The same as the engine's score for the draft that names its owner.
    const named = analyse('@ana can you review this PR? https://github.com/a/b/pull/1');
    expect(named.kind).toBe(raw.kind);
    expect(ids(named)).toEqual([]);
    expect(dm.score).toBe(named.score);
    // Everything else is the engine's.
    expect({ ...dm, score: 0, checks: [], warnings: [] }).toEqual({ ...raw, score: 0, checks: [], warnings: [] });
    expect(dm.checks.filter((c) => c.id !== 'owner')).toEqual(raw.checks.filter((c) => c.id !== 'owner'));
  });

  it('outside a DM, or without an ask, nothing changes (the same object)', () => {
    const raw = analyse(REVIEW);
    for (const kind of ['channel', 'group', 'unknown'] as const) expect(analysisInContext(raw, ctx(kind), OPTS)).toBe(raw);
    expect(analysisInContext(raw, undefined, OPTS)).toBe(raw);
    const fyi = analyse('FYI: the deploy finished, all green. https://ci.example.com/runs/1');
    expect(analysisInContext(fyi, ctx('dm'), OPTS)).toBe(fyi);
    const social = analyse('thanks!');
    expect(analysisInContext(social, ctx('dm', ['Europe/Berlin']), OPTS)).toBe(social);
  });

  it('drops the zone warning only when every recipient has the sender\'s offset now', () => {
    const raw = analyse(EOD);
    const shared = analysisInContext(raw, ctx('channel', ['Europe/Paris', 'Europe/Berlin', 'Europe/Rome']), OPTS);
    expect(ids(shared)).toEqual([NO_OWNER]);
    expect(shared.score).toBe(raw.score + WARNING_PENALTIES[DEADLINE_NO_ZONE]!);
    expect(shared.checks).toEqual(raw.checks);
    for (const zones of [[], ['America/New_York'], ['Europe/Paris', 'Europe/London'], ['Mars/Base']]) {
      expect(analysisInContext(raw, ctx('channel', zones), OPTS)).toBe(raw);
    }
  });

  it('both at once in a DM with a same-zone reader', () => {
    const raw = analyse(EOD);
    const both = analysisInContext(raw, ctx('dm', ['Europe/Paris']), OPTS);
    expect(ids(both)).toEqual([]);
    expect(check(both, 'owner').present).toBe(true);
    expect(both.score).toBeGreaterThan(analysisInContext(raw, ctx('dm'), OPTS).score);
  });

  it('never adds warnings, never lowers the score, never throws', () => {
    const drafts = [REVIEW, EOD, '', 'hi', 'URGENT: can someone look at this?', 'Could you review the PR by EOD? https://github.com/a/b/pull/1'];
    for (const text of drafts) {
      const raw = analyse(text);
      for (const c of [ctx('dm', ['Europe/Paris']), ctx('channel', ['Asia/Tokyo']), ctx('group', ['Europe/Berlin'])]) {
        const out = analysisInContext(raw, c, OPTS);
        expect(out.warnings.every((w) => raw.warnings.includes(w))).toBe(true);
        expect(out.score).toBeGreaterThanOrEqual(raw.score);
        expect(out.score).toBeLessThanOrEqual(100);
      }
    }
    const broken = { ...analyse(REVIEW), checks: null } as unknown as Analysis;
    expect(analysisInContext(broken, ctx('dm'), OPTS)).toBe(broken);
  });

  it('rescoring rebuilds the engine\'s own score (guards against the engine changing under it)', () => {
    const parts: Record<string, PartId> = { [NO_OWNER]: 'ask', 'buried-ask': 'ask', [DEADLINE_NO_ZONE]: 'deadline' };
    for (const text of [REVIEW, EOD, 'Could you review the PR by EOD? https://github.com/a/b/pull/1', 'hey']) {
      const a = analyse(text);
      if (!a.applicable) continue;
      const present = Object.fromEntries(a.checks.map((c) => [c.id, c.present])) as Record<PartId, boolean>;
      const warnings = a.warnings.map((w) => ({ ...w, penalty: WARNING_PENALTIES[w.id] ?? 5, ...(parts[w.id] ? { part: parts[w.id] } : {}) }));
      expect(scoreMessage(a.kind, present, warnings)).toBe(a.score);
    }
  });
});

describe('sameOffsetEverywhere', () => {
  it('compares UTC offsets at the given instant', () => {
    expect(sameOffsetEverywhere(['Europe/Paris'], 'Europe/Berlin', NOW)).toBe(true);
    expect(sameOffsetEverywhere(['Europe/London'], 'Europe/Berlin', NOW)).toBe(false);
    // Lisbon and London share an offset all year; New York and Berlin never do.
    expect(sameOffsetEverywhere(['Europe/Lisbon'], 'Europe/London', Date.UTC(2025, 6, 1))).toBe(true);
    expect(sameOffsetEverywhere([], 'Europe/Berlin', NOW)).toBe(false);
    expect(sameOffsetEverywhere(['Nowhere/Zone'], 'Europe/Berlin', NOW)).toBe(false);
  });
});
