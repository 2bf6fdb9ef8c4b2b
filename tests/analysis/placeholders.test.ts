// Placeholders are not content (lib/analysis/README.md): our own unfilled blanks never make a part present, raise
// one warning spanning the first, and stop counting against the draft once filled.
import { describe, expect, it } from 'vitest';
import { analyzeMessage, en } from '../../lib/analysis';
import { findPlaceholders, placeholderCatalogue } from '../../lib/analysis/placeholders';

const catalogue = placeholderCatalogue(en);
const present = (text: string, id: string) => analyzeMessage(text).checks.find((c) => c.id === id)!.present;

describe('placeholders', () => {
  it('knows every blank the suggestions insert, and only those', () => {
    expect(catalogue.blanks.has('[why this matters — what it unblocks, or the goal]')).toBe(true);
    expect(catalogue.blanks.has('[option]')).toBe(true);
    expect(findPlaceholders('Status: [WIP] see [the docs](https://x.io)', catalogue).spans).toEqual([]);
  });

  it('blanks a line that is only a suggestion frame, and only the blank in a line the writer filled in part', () => {
    const frame = 'Context: [why this matters — what it unblocks, or the goal].';
    expect(findPlaceholders(`Deploy is stuck.\n${frame}`, catalogue).text.trim()).toBe('Deploy is stuck.');
    const partly = 'I recommend Postgres because [reason].';
    const out = findPlaceholders(partly, catalogue);
    expect(out.text).toHaveLength(partly.length);
    expect(out.text).toContain('I recommend Postgres because');
    expect(out.text).not.toContain('[reason]');
  });

  it('an inserted suggestion line does not make its part present until filled', () => {
    const base = 'The nightly export fails on staging with ERR_TIMEOUT (https://ci.acme.io/runs/81).';
    for (const [id, line] of [
      ['recommendation', 'I recommend [option] because [reason].'],
      ['options', 'Options: A) [option] — [tradeoff]; B) [option] — [tradeoff].'],
      ['evidence', 'Evidence: [link, ticket number, or the exact error message].'],
    ] as const) {
      const text = id === 'evidence' ? `The nightly export is failing.\n${line}` : `${base}\n${line}`;
      expect(present(text, id), `${id}: ${text}`).toBe(false);
      const warning = analyzeMessage(text).warnings.find((w) => w.id === 'unfilled-placeholder')!;
      expect(text.slice(...warning.span!)).toMatch(/^\[.*\]$/);
    }
  });

  it('scores an unfilled draft below the same draft with the blank filled', () => {
    const open = 'Could you approve the Q3 vendor renewal by Friday 17:00 CET, @maria? Context: [what forces the decision now].';
    const filled = open.replace('[what forces the decision now]', 'the current contract lapses on Monday and prices go up 12%');
    expect(analyzeMessage(filled).score).toBeGreaterThan(analyzeMessage(open).score);
    expect(analyzeMessage(filled).warnings.map((w) => w.id)).not.toContain('unfilled-placeholder');
  });
});
