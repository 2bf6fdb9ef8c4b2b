// The committed model is exactly what `npm run train` makes from the committed corpus: no weight is
// ever set by hand, and a corpus or feature change without retraining fails here.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildShippedModel } from '../../lib/analysis/model/train-cli';
import { SPLITS } from '../../lib/analysis/model/corpus';

describe('shipped model', () => {
  it('is byte for byte what npm run train produces', () => {
    const committed = readFileSync(new URL('../../lib/analysis/model/weights.json', import.meta.url), 'utf8');
    expect(buildShippedModel() === committed, 'weights.json is stale: run npm run train').toBe(true);
  }, 400_000);

  it('loads in the CLIs as under Vite: npm run train and npm run triggers read ?raw imports as text (tsx alone parses JSON)', () => {
    const script = `
      import { shippedModel } from './lib/analysis/model/shipped.ts';
      import { en } from './lib/analysis/rules/en/index.ts';
      console.log(JSON.stringify([shippedModel().heads.urgency?.type, typeof en.triggerIndex]));`;
    const root = new URL('../../', import.meta.url);
    const run = (...pre: string[]) =>
      execFileSync('npx', ['tsx', ...pre, '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
    const cli = (name: string) => JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).scripts[name] as string;
    for (const name of ['train', 'triggers']) expect(cli(name)).toMatch(/^tsx --import \.\/lib\/analysis\/raw-import\.mjs /);
    expect(JSON.parse(run('--import', './lib/analysis/raw-import.mjs'))).toEqual(['softmax', 'object']);
    expect(() => run()).toThrow(/not valid JSON/);
  }, 60_000);

  it('never trains on the dev or the frozen test annotators', () => {
    const model = JSON.parse(readFileSync(new URL('../../lib/analysis/model/weights.json', import.meta.url), 'utf8')) as { trainedOn: { sets: string[] } };
    expect(model.trainedOn.sets).toEqual([...SPLITS.train]);
    const untrained = Object.entries(SPLITS).flatMap(([split, names]) => (split === 'train' ? [] : names));
    for (const name of untrained) expect(model.trainedOn.sets).not.toContain(name);
  });
});
