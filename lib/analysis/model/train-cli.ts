// `npm run train`: reads the corpus, trains, writes weights.json. Node only (never bundled).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { splitSets, type CorpusSet } from './corpus';
import { serializeModel, trainModel } from './train';

const corpus = new URL('../../../tests/analysis/corpus/', import.meta.url);
export const readSet = (name: string): CorpusSet => JSON.parse(readFileSync(new URL(`${name}.json`, corpus), 'utf8')) as CorpusSet;

/** The model `npm run train` ships, from the committed corpus. */
export function buildShippedModel(): string {
  return serializeModel(trainModel(splitSets('train', readSet), splitSets('dev', readSet)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const text = buildShippedModel();
  writeFileSync(new URL('./weights.json', import.meta.url), text);
  console.log(`weights.json: ${(text.length / 1024).toFixed(0)} KB, trained in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
