// The project stands alone: no file in the repo reads or cites the workspace outside it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const OUTSIDE = /\/work\/shared|\.\.\/shared\/|shared\/CONTRACT|\b(?:CONTRACT|HOSTS|STACK|STYLE)\.md\b|\bCONTRACT\b/;
const TEXT = /\.(?:ts|tsx|mjs|js|json|md|html|css)$/;

describe('standalone repo', () => {
  it('cites nothing outside the repository', () => {
    const files = execFileSync('git', ['ls-files'], { encoding: 'utf8' })
      .split('\n')
      .filter((f) => TEXT.test(f) && f !== 'package-lock.json' && f !== 'tests/standalone.test.ts');
    expect(files.length).toBeGreaterThan(100);
    const hits = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => (OUTSIDE.test(line) ? [`${f}:${i + 1}: ${line.trim().slice(0, 120)}`] : [])),
    );
    expect(hits).toEqual([]);
  });
});
