// Runs tests/playground/play.ts without a TypeScript loader: esbuild bundles it (dependencies stay
// external) into a file beside it, so its relative paths (fixtures, test-results) still resolve.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const outfile = `${here}.play-${process.pid}.mjs`;

await build({
  entryPoints: [`${here}play.ts`],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
});
let play;
try {
  play = await import(pathToFileURL(outfile).href);
} finally {
  rmSync(outfile, { force: true });
}
await play.main();
