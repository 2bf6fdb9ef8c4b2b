// The English rules' trigger index is built ahead of time (npm run triggers) and loaded by the engine
// instead of parsing every rule's regex when a worker wakes. It must be exactly what a build from the
// current tables gives (like the model's committed-equals-trained test), and a stale one must never
// change a result: the engine then matches every table by its plain alternation.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../lib/analysis';
import { analyzeWith } from '../../lib/analysis/engine/analyze';
import { compiled } from '../../lib/analysis/engine/compiled';
import type { Language } from '../../lib/analysis/language';
import { en } from '../../lib/analysis/rules/en';
import { buildEnglishIndex } from '../../lib/analysis/scan/build-cli';
import { readSet } from './metrics';

describe('prebuilt trigger index', () => {
  it('is byte for byte what npm run triggers builds from the current tables', () => {
    const committed = readFileSync(new URL('../../lib/analysis/rules/en/trigger-index.json', import.meta.url), 'utf8');
    expect(buildEnglishIndex() === committed, 'rules/en/trigger-index.json is stale: run npm run triggers').toBe(true);
  });

  it('is what the engine loads', () => {
    expect(compiled(en).index.loaded).toBe(true);
  });

  it('when stale (a rule changed since it was built), is not used, and no result changes', () => {
    const stale: Language = { ...en, triggerIndex: { ...en.triggerIndex!, sources: 'not-these-rules' } };
    expect(compiled(stale).index.loaded).toBe(false);
    const missing: Language = { ...en, triggerIndex: undefined };
    expect(compiled(missing).index.loaded).toBe(false);
    const now = Date.UTC(2026, 11, 3, 9);
    for (const m of readSet('annotator-E').messages) {
      const options = { now, senderTimeZone: 'UTC', ...(m.conversation ? { conversation: m.conversation } : {}) };
      expect(analyzeWith(stale, m.text, options), m.id).toEqual(analyzeMessage(m.text, options));
    }
  });
});
