// The committed model is exactly what `npm run train` makes from the committed corpus: no weight is
// ever set by hand, and a corpus or feature change without retraining fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildShippedModel } from '../../lib/analysis/model/train-cli';
import { SPLITS } from '../../lib/analysis/model/corpus';

describe('shipped model', () => {
  it('is byte for byte what npm run train produces', () => {
    const committed = readFileSync(new URL('../../lib/analysis/model/weights.json', import.meta.url), 'utf8');
    expect(buildShippedModel() === committed, 'weights.json is stale: run npm run train').toBe(true);
  }, 400_000);

  it('never trains on the dev or the frozen test annotators', () => {
    const model = JSON.parse(readFileSync(new URL('../../lib/analysis/model/weights.json', import.meta.url), 'utf8')) as { trainedOn: { sets: string[] } };
    expect(model.trainedOn.sets).toEqual([...SPLITS.train]);
    for (const name of [...SPLITS.dev, ...SPLITS.test, ...SPLITS.heldout]) expect(model.trainedOn.sets).not.toContain(name);
  });
});
