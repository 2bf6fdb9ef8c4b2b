// The display policy: a short draft shows at most two parts (the missing ones that matter most), a
// long one all eight, whatever the required flags are.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PART_IDS, type Check, type PartId } from '../../../lib/analysis/types';
import { BRIEF_PARTS, partsView, SHORT_DRAFT_CHARS } from '../../../lib/sidebar/proportion';
import { hasSentence, isQuiet, wordCount } from '../../../lib/sidebar/quiet';

const checks = (present: PartId[], required: PartId[]): Check[] =>
  PART_IDS.map((id) => ({ id, present: present.includes(id), required: required.includes(id), spans: [] }));

describe('partsView', () => {
  it('a one-line review request with a link and an owner shows only what it lacks', () => {
    const v = partsView({ checks: checks(['ask', 'owner', 'evidence'], ['context', 'ask', 'deadline', 'owner', 'evidence']) }, '@dana could you review https://github.com/acme/x/pull/42?');
    expect(v).toEqual({ shown: ['context', 'deadline'], hidden: ['state', 'options', 'recommendation', 'ask', 'owner', 'evidence'], brief: true });
  });

  it('names the most important missing parts first when more are missing', () => {
    const v = partsView({ checks: checks([], ['context', 'state', 'ask', 'deadline', 'owner']) }, 'can you do the thing');
    expect(v.shown).toEqual(['ask', 'owner']);
  });

  it('a complete short message shows no parts; a long one shows all eight', () => {
    expect(partsView({ checks: checks(['ask', 'context'], ['ask', 'context']) }, 'Why: the release. Can you approve?').shown).toEqual([]);
    const long = 'x'.repeat(SHORT_DRAFT_CHARS + 1);
    expect(partsView({ checks: checks([], ['ask']) }, long)).toMatchObject({ shown: PART_IDS, hidden: [], brief: false });
  });

  it('holds for any required flags: at most two shown, every part reachable once', () => {
    const ids = fc.subarray([...PART_IDS]);
    fc.assert(fc.property(ids, ids, fc.string({ maxLength: 300 }), (present, required, draft) => {
      const v = partsView({ checks: checks(present, required) }, draft);
      expect([...v.shown, ...v.hidden].sort()).toEqual([...PART_IDS].sort());
      if (draft.trim().length <= SHORT_DRAFT_CHARS) expect(v.shown.length).toBeLessThanOrEqual(BRIEF_PARTS);
      for (const id of v.shown) expect(required.includes(id) && !present.includes(id) || !v.brief).toBe(true);
    }));
  });
});

describe('quiet', () => {
  it.each([
    ['', false, true],
    ['h', true, true],
    ['hey', true, true],
    ['hey there', false, true],
    ['hey there', true, false],
    ['Can you review this?', false, false],
    ['could you take a look at the failing deploy job', false, false],
    ['hey team\nthe build', false, false],
  ])('%j (paused %s) is quiet: %s', (draft, paused, quiet) => {
    expect(isQuiet(draft, paused)).toBe(quiet);
  });
  it('counts words and sentences', () => {
    expect(wordCount(' PR #42 — ok ')).toBe(3);
    expect(hasSentence('v2.4 is out')).toBe(false);
    expect(hasSentence('It is out.')).toBe(true);
  });
});
