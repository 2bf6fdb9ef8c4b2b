// What the host page and the popup load: the content script carries no rule engine and no deadline
// reader (the background analyses and reads deadline phrases), no validation schemas and no database,
// and stays small; the popup carries no engine either.
// Bundled with esbuild (WXT's build adds only webextension-polyfill, about 3 KB gzipped, on top).
import { build, type Metafile, type Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/**
 * Gzipped budget for the esbuild bundle (WXT's build measures about 0.4 KB more). It was 58,000 while the
 * content script read deadline phrases itself (57.5 KB); without the deadline reader it measured 55.5 KB.
 */
const CONTENT_GZIP_BUDGET = 56_500;
/** The background worker with the analysis engine and the trained model (issue 9: ≤ 400 KB gzip, polyfill included). */
const BACKGROUND_GZIP_BUDGET = 396_000;

/** Vite's `?raw` imports (a JSON asset shipped as its text), bundled as WXT's build bundles them; listed by their file's path. */
const raw: Plugin = {
  name: 'raw',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({ path: relative('.', join(args.resolveDir, args.path.slice(0, -'?raw'.length))), namespace: 'raw' }));
    b.onLoad({ filter: /.*/, namespace: 'raw' }, async (args) => ({ contents: await readFile(args.path, 'utf8'), loader: 'text' }));
  },
};

async function bundle(entry: string): Promise<{ inputs: string[]; gzip: number }> {
  const r = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outfile: 'out.js',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'empty' },
    define: { 'import.meta.env.DEV': 'false', 'import.meta.env.BROWSER': '"chrome"', 'import.meta.env.MANIFEST_VERSION': '3' },
    logLevel: 'silent',
    plugins: [raw],
  });
  const meta: Metafile = r.metafile;
  const out = Object.values(meta.outputs)[0]!;
  const inputs = Object.entries(out.inputs)
    .filter(([, v]) => v.bytesInOutput > 0)
    .map(([k]) => k.replace(/^raw:/, ''));
  return { inputs, gzip: gzipSync(r.outputFiles[0]!.contents, { level: 9 }).length };
}

/**
 * Modules the bundle really contains from lib/analysis, but for the few bytes of data the content script
 * shares with the engine: types.ts (the label lists) and limits.ts (how much of a draft one analysis reads).
 */
const SHARED = new Set(['lib/analysis/types.ts', 'lib/analysis/limits.ts']);
const engine = (inputs: string[]) => inputs.filter((i) => i.startsWith('lib/analysis/') && !SHARED.has(i));
/** The deadline reader: phrases out of a draft, into instants. The background's alone (issue 15 §5). */
const DEADLINE_READER = ['lib/schedule/deadline-tokens.ts', 'lib/schedule/resolve-deadline.ts'];

describe('bundles', () => {
  it('the content script has no rule engine, schemas or database, and fits its budget', async () => {
    const { inputs, gzip } = await bundle('entrypoints/composer.content/index.tsx');
    expect(engine(inputs)).toEqual([]);
    expect(inputs.filter((i) => DEADLINE_READER.includes(i))).toEqual([]);
    // It only shows the deadlines the background found on each recipient's clock.
    expect(inputs).toContain('lib/schedule/describe-deadline.ts');
    expect(inputs.filter((i) => /node_modules\/(valibot|dexie)\//.test(i) || i === 'lib/protocol/schemas.ts')).toEqual([]);
    expect(inputs.filter((i) => i.includes('node_modules/preact/dist/'))).toHaveLength(1);
    expect(gzip).toBeLessThanOrEqual(CONTENT_GZIP_BUDGET);
  }, 30_000);

  it('the background, engine and model included, fits its budget', async () => {
    const { inputs, gzip } = await bundle('entrypoints/background.ts');
    expect(inputs).toContain('lib/analysis/model/weights.json');
    for (const reader of DEADLINE_READER) expect(inputs).toContain(reader);
    // The trigger index is built ahead of time (npm run triggers): no regex parser ships.
    expect(inputs).toContain('lib/analysis/rules/en/trigger-index.json');
    expect(inputs.filter((i) => /regexpp|lib\/analysis\/scan\/(build|build-cli|regex-parse|tokens|filters|triggers)\.ts/.test(i))).toEqual([]);
    expect(gzip).toBeLessThanOrEqual(BACKGROUND_GZIP_BUDGET);
  }, 30_000);

  it('the popup has no rule engine', async () => {
    const { inputs } = await bundle('entrypoints/popup/main.tsx');
    expect(engine(inputs)).toEqual([]);
  }, 30_000);
});
