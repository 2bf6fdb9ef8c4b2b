// Built sizes of what users download and what runs inside Slack/Teams: a fresh chrome-mv3 build in
// a temp dir, each part raw and gzipped (level 9). KB = 1024 bytes. Reported, not asserted.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'vitest';
import { report } from './harness';

interface Size {
  raw: number;
  gzip: number;
  files: number;
}

function sizeOf(dir: string, files: string[]): Size {
  return files.reduce(
    (acc, f) => {
      const bytes = readFileSync(join(dir, f));
      return { raw: acc.raw + bytes.length, gzip: acc.gzip + gzipSync(bytes, { level: 9 }).length, files: acc.files + 1 };
    },
    { raw: 0, gzip: 0, files: 0 },
  );
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Scripts and stylesheets popup.html loads (its entry chunk, shared chunks it preloads, its CSS). */
function popupAssets(dir: string): { js: string[]; css: string[] } {
  const html = readFileSync(join(dir, 'popup.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  return { js: refs.filter((r) => r.endsWith('.js')), css: refs.filter((r) => r.endsWith('.css')) };
}

function allFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix)).flatMap((name) => {
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(join(dir, rel)).isDirectory() ? allFiles(dir, rel) : [rel];
  });
}

describe('size', () => {
  it('chrome-mv3 build', () => {
    const out = mkdtempSync(join(tmpdir(), 'composure-size-'));
    try {
      execFileSync('npx', ['wxt', 'build', '-b', 'chrome'], { stdio: 'pipe', env: { ...process.env, COMPOSURE_OUT_DIR: out } });
      const dir = join(out, 'chrome-mv3');
      const popup = popupAssets(dir);
      const cssScript = 'content-scripts/composer.css';
      const rows: Array<{ name: string; files: string[]; target?: string; limit?: number }> = [
        { name: 'content script JS (composer.js)', files: ['content-scripts/composer.js'], target: '<= 60 KB gzip', limit: 60 * 1024 },
        { name: 'content script CSS (composer.css)', files: existsSync(join(dir, cssScript)) ? [cssScript] : [] },
        { name: `popup JS (${popup.js.length} chunk${popup.js.length === 1 ? '' : 's'})`, files: popup.js },
        { name: 'popup CSS', files: popup.css },
        { name: 'background.js', files: ['background.js'] },
        { name: 'whole extension', files: allFiles(dir) },
      ];
      for (const row of rows) {
        const s = sizeOf(dir, row.files);
        const value = s.files ? `${kb(s.raw)} raw · ${kb(s.gzip)} gzip` : 'none emitted';
        const note = row.limit === undefined ? (row.name === 'whole extension' ? `${s.files} files` : '') : s.gzip <= row.limit ? 'within target' : 'OVER TARGET';
        report({ group: 'size', name: row.name, median: null, value, ...(row.target ? { target: row.target } : {}), ...(note ? { note } : {}) });
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 300_000);
});
