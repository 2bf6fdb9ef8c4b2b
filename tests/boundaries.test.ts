// The allowed import directions hold over the whole tree, and the check refuses each kind of wrong-way import.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importTarget, violations } from './boundaries/rules';

const SOURCE = /^(?:lib|components|entrypoints)\/.*\.(?:ts|tsx)$/;

function tree(): Map<string, string> {
  const files = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', 'lib', 'components', 'entrypoints'],
    {
      encoding: 'utf8',
    },
  )
    .split('\n')
    .filter((f) => SOURCE.test(f));
  return new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
}

describe('import boundaries', () => {
  const files = tree();

  it('hold over lib/, components/ and entrypoints/', () => {
    expect(files.size).toBeGreaterThan(200);
    expect(violations(files)).toEqual([]);
  });

  it('resolve relative imports to repo paths', () => {
    expect(importTarget('lib/assistant/edits.ts', '../../components/sidebar/types')).toBe('components/sidebar/types');
    expect(importTarget('lib/hosts/slack/adapter.ts', '../types.ts')).toBe('lib/hosts/types');
    expect(importTarget('lib/hosts/slack/adapter.ts', 'dexie')).toBe('dexie');
  });

  const one = (file: string, source: string) => violations(new Map([[file, source]]));

  it('refuse the core importing anything outside the core', () => {
    expect(one('lib/schedule/x.ts', "import { db } from '../db/database';")).toEqual([
      "lib/schedule/x.ts imports '../db/database': the core imports only the core",
    ]);
    expect(one('lib/analysis/x.ts', "import { h } from 'preact';")).toHaveLength(1);
    expect(one('lib/time/x.ts', "export type { A } from '../hosts/types';")).toHaveLength(1);
    expect(one('lib/focus/x.ts', "const m = await import('../background/focus');")).toHaveLength(1);
    expect(one('lib/schedule/x.ts', "import type { T } from '../analysis/types';")).toEqual([]);
  });

  it('refuse DOM globals in the core, but not names that only look alike', () => {
    expect(one('lib/sidebar/x.ts', 'export const w = () => document.body;')).toEqual([
      "lib/sidebar/x.ts:1 uses 'document': the core has no DOM",
    ]);
    expect(one('lib/analysis/x.ts', 'export function f(e: HTMLElement) { return e; }')).toHaveLength(1);
    expect(one('lib/schedule/x.ts', 'export const f = (o: { window: number }) => o.window;')).toEqual([]);
    expect(one('lib/schedule/x.ts', 'export function f(window: number) { return window; }')).toEqual([]);
    // A regex parser's AST.Element is that library's type, not the DOM's Element.
    expect(one('lib/analysis/x.ts', 'export const f = (e: AST.Element) => e;')).toEqual([]);
    expect(one('lib/hosts/x.ts', 'export const f = () => document.body;')).toEqual([]);
  });

  it('refuse lib/hosts importing beyond the core', () => {
    expect(one('lib/hosts/slack/x.ts', "import { send } from '../../protocol/client';")).toHaveLength(1);
    expect(one('lib/hosts/slack/x.ts', "import { WEEKDAYS } from '../../schedule/types';")).toEqual([]);
  });

  it('refuse lib/assistant importing the background or components', () => {
    expect(one('lib/assistant/x.ts', "import type { A } from '../background/analysis-context';")).toHaveLength(1);
    expect(one('lib/assistant/x.ts', "import type { P } from '../../components/sidebar/types';")).toHaveLength(2);
  });

  it('refuse components importing the background, the database or the platform', () => {
    for (const target of ['lib/background/router', 'lib/db/database', 'lib/platform/runtime-client']) {
      expect(one('components/popup/X.tsx', `import { x } from '../../${target}';`)).toHaveLength(1);
    }
    expect(one('components/popup/X.tsx', "import { x } from '../../lib/protocol/client';")).toEqual([]);
  });

  it('refuse extension APIs outside lib/platform and entrypoints/', () => {
    expect(one('lib/background/x.ts', "import { browser } from 'wxt/browser';")).toHaveLength(1);
    expect(one('components/sidebar/X.tsx', 'export const f = () => chrome.runtime.id;')).toEqual([
      "components/sidebar/X.tsx:1 uses 'chrome': only lib/platform and entrypoints/ call the extension APIs",
    ]);
    expect(one('lib/platform/x.ts', "import { browser } from 'wxt/browser'; browser.runtime.id;")).toEqual([]);
    expect(one('entrypoints/x.ts', 'browser.runtime.id;')).toEqual([]);
  });
});
