// Trigger scanning (lib/analysis/scan/) must find exactly what a plain global scan of each table finds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSpans, scannerOf, type CompiledSet } from '../../lib/analysis/compile';
import { compiled } from '../../lib/analysis/engine/compiled';
import { prepare } from '../../lib/analysis/engine/prepare';
import { spansIn } from '../../lib/analysis/engine/spans';
import { en } from '../../lib/analysis/rules/en';
import { filtersOf, triggersOf } from '../../lib/analysis/scan/triggers';
import { readSet } from './metrics';

const c = compiled(en);

/** Every compiled table of the language, by name. */
function tables(): Array<[string, CompiledSet]> {
  const out: Array<[string, CompiledSet]> = [];
  for (const [key, value] of Object.entries(c)) {
    if (value && typeof value === 'object' && 're' in value) out.push([key, value as CompiledSet]);
    else if (value && typeof value === 'object' && !(value instanceof Set) && !(value instanceof RegExp)) {
      for (const [k2, v2] of Object.entries(value)) if (v2 && typeof v2 === 'object' && 're' in v2) out.push([`${key}.${k2}`, v2 as CompiledSet]);
    }
  }
  return out;
}

const ALL = tables();

function sameAsPlainScan(text: string): void {
  const p = prepare(text);
  for (const [name, set] of ALL) {
    const plain = findSpans(set, set.caseSensitive ? p.masked : p.lower, true);
    expect(spansIn(set, p), `${name} on ${JSON.stringify(text.slice(0, 80))}`).toEqual(plain);
  }
}

describe('trigger scanning', () => {
  it('registers most tables', () => {
    expect(c.index.loaded).toBe(true);
    expect(ALL.filter(([, s]) => scannerOf(s)).length).toBeGreaterThan(25);
  });

  it('matches the plain scan on every labelled message', { timeout: 60_000 }, () => {
    for (const name of ['contract-dev', 'engineers-extra', 'blind-a']) {
      for (const m of readSet(name).messages) sameAsPlainScan(m.text);
    }
  });

  it('matches the plain scan on generated chat text', () => {
    const words = [
      'the', 'is', 'down', 'prod', 'customers', "can't", 'log', 'in', 'since', '10:02', 'by', 'Friday', 'today', '@sam', 'please',
      'review', 'because', 'so', 'that', 'I', "I'd", 'go', 'with', 'option', 'or', 'either', 'blocked', 'on', 'no', 'rush', '#123',
      '5xx', '503ing', 'FYI', 'resolved', '—', ',', '.', '?', '\n', '- done:', "it's", 'next', 'week', 'is', 'fine', '$4k', '~2k',
    ];
    const text = fc.array(fc.constantFrom(...words), { maxLength: 40 }).map((w) => w.join(' '));
    fc.assert(fc.property(text, (t) => sameAsPlainScan(t)), { numRuns: 300 });
  });

  // The scan skips positions inside a match already taken (issue 15 §4): runs one rule matches whole, and
  // runs broken by other text, must still give the plain scan's spans.
  it('matches the plain scan on runs of symbols, hyphen chains and hex dumps', () => {
    const units = ['!', '!!!?', '@a ', 'a-', '-1', '00-1a-', '00 1a ff ', '#1 ', '~~', '$$', 'ERR_', '!! urgent ', 'a-b-c prod is down!!! '];
    for (const u of units) for (const n of [1, 2, 3, 7, 40, 400]) sameAsPlainScan(u.repeat(n));
    const mixed = fc.array(fc.constantFrom(...units, ' ', '\n', 'blocked', 'by 5pm'), { maxLength: 30 }).map((w) => w.join(''));
    fc.assert(fc.property(mixed, (t) => sameAsPlainScan(t)), { numRuns: 200, seed: 15 });
  });
});

describe('trigger analysis', () => {
  it('lists the words a rule starts with', () => {
    expect(triggersOf('\\b(?:because|so\\s+that)\\b')).toEqual({ exact: ['because', 'so'], prefix: [] });
    expect(triggersOf("\\bi'?d\\s+go")?.exact.sort()).toEqual(['i', 'id']);
    // "outage" may go on ("outages"): a prefix; "the" is followed by a space: a whole word.
    expect(triggersOf('\\b(?:the\\s+)?outage')).toEqual({ exact: ['the'], prefix: ['outage'] });
  });

  it('gives up on rules that can start anywhere', () => {
    expect(triggersOf('[a-z]+\\s+starts')).toBeNull();
    expect(triggersOf('\\b\\w+ing')).toBeNull();
  });

  it('finds later words every match contains', () => {
    const filters = filtersOf('\\b(?:(?:the\\s+)?(?:site|app)\\s+(?:is|are)\\s+down)\\b');
    expect(filters[0]!.exact).toContain('down');
  });
});
