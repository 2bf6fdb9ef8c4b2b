// `npm run triggers`: builds the English rules' trigger index and writes rules/en/trigger-index.json.
// Node only (never bundled); run it after changing a rule table.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compiled } from '../engine/compiled';
import { en } from '../rules/en';
import { buildIndex } from './build';
import { serializeIndex } from './data';

/** The committed index's text, built from the current tables. */
export function buildEnglishIndex(): string {
  return serializeIndex(buildIndex(compiled(en).index.registrations));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = buildEnglishIndex();
  writeFileSync(new URL('../rules/en/trigger-index.json', import.meta.url), text);
  console.log(`trigger-index.json: ${(text.length / 1024).toFixed(0)} KB`);
}
