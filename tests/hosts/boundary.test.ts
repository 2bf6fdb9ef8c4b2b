// One adapter per host: only lib/hosts names host selectors. A host hook anywhere else is a leak
// that a host update would break silently, outside the adapters' diagnosis.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCANNED = ['entrypoints', 'components', 'lib'];
const ALLOWED = ['lib/hosts/'];
const HOST_HOOK = /data-qa=|data-tid=|\bql-editor\b|\bck-editor__editable\b|texty_|p-workspace__input/;

function* sources(dir: string): Generator<string> {
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sources(path);
    else if (/\.(ts|tsx|css|html)$/.test(name)) yield path;
  }
}

describe('host selector boundary', () => {
  it('no source outside lib/hosts names a Slack or Teams hook', () => {
    const leaks: string[] = [];
    for (const top of SCANNED) {
      for (const path of sources(join(ROOT, top))) {
        const rel = relative(ROOT, path);
        if (ALLOWED.some((prefix) => rel.startsWith(prefix))) continue;
        if (HOST_HOOK.test(readFileSync(path, 'utf8'))) leaks.push(rel);
      }
    }
    expect(leaks).toEqual([]);
  });
});
