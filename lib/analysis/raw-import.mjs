// Vite's `?raw` imports (a file's text as its default export) for the Node CLIs that tsx runs
// (`npm run train`, `npm run triggers`): without this hook tsx reads weights.json?raw as parsed JSON.
import { readFile } from 'node:fs/promises';
import { register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) register(import.meta.url);

const RAW = '?raw';

export async function resolve(specifier, context, next) {
  if (!specifier.endsWith(RAW)) return next(specifier, context);
  const { url } = await next(specifier.slice(0, -RAW.length), context);
  return { url: `${url}${RAW}`, format: 'module', shortCircuit: true };
}

export async function load(url, context, next) {
  if (!url.endsWith(RAW)) return next(url, context);
  const text = await readFile(new URL(url.slice(0, -RAW.length)), 'utf8');
  return { format: 'module', source: `export default ${JSON.stringify(text)};`, shortCircuit: true };
}
