// The engine's output on every corpus message, pinned by digest: work on how the engine is built or
// loaded (trigger index, model format, lazy compilation) must leave every analysis exactly as it was.
// A change meant to alter judgments updates the digests on purpose: COMPOSURE_GOLDEN=write npx vitest run tests/analysis/golden.test.ts
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../lib/analysis';
import type { CorpusSet } from '../../lib/analysis/model/corpus';

const CORPUS = new URL('./corpus/', import.meta.url);
const GOLDEN = new URL('./golden.json', import.meta.url);
/** Fixed clock and zone, so suggestion and expectation wording is pinned too. */
const NOW = Date.UTC(2026, 11, 3, 14, 30);

function digestOf(set: CorpusSet): string {
  const hash = createHash('sha256');
  for (const m of set.messages) {
    const options = {
      now: NOW,
      senderTimeZone: 'Europe/Berlin',
      ...(m.conversation ? { conversation: m.conversation } : {}),
    };
    hash.update(`${JSON.stringify(analyzeMessage(m.text, options))}\n`);
  }
  return hash.digest('hex');
}

describe('analysis output on the whole corpus', () => {
  it('is what it was (digest per corpus file)', { timeout: 240_000 }, () => {
    const names = readdirSync(CORPUS)
      .filter((f) => f.endsWith('.json'))
      .sort();
    const actual = Object.fromEntries(
      names.map((f) => [f, digestOf(JSON.parse(readFileSync(new URL(f, CORPUS), 'utf8')) as CorpusSet)]),
    );
    if (process.env.COMPOSURE_GOLDEN === 'write') writeFileSync(GOLDEN, `${JSON.stringify(actual, null, 2)}\n`);
    const expected = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, string>;
    expect(Object.keys(actual).length).toBeGreaterThan(15);
    expect(actual).toEqual(expected);
  });
});
