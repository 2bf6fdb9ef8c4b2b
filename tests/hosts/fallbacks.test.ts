// @vitest-environment happy-dom
// Every selector entry, not only the newest, is proven on the fragment it names in
// tests/fixtures/hosts/ (structure after the public captures in lib/hosts/README.md): a fallback
// that stops matching its fragment, or is shadowed there by a newer entry, fails here.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolve, type SelectorList } from '../../lib/hosts/resolve';
import * as slack from '../../lib/hosts/slack/selectors';
import * as teams from '../../lib/hosts/teams/selectors';

// happy-dom replaces URL: build paths from this file's own location.
const HERE = dirname(fileURLToPath(import.meta.url));
const DIR = join(HERE, '../fixtures/hosts');
const README = readFileSync(join(HERE, '../../lib/hosts/README.md'), 'utf8');
/** Lists applied all at once (focus mode hides every fallback together), not resolved newest-first. */
const ALL_AT_ONCE = new Set(['unreadBadges', 'unreadLabels']);

const lists = (mod: Record<string, unknown>) =>
  Object.entries(mod).filter(
    (e): e is [string, SelectorList] => Array.isArray(e[1]) && e[1].every((x) => typeof x?.selector === 'string'),
  );

const load = (fixture: string) => {
  document.body.innerHTML = readFileSync(join(DIR, fixture), 'utf8');
};

describe.each([
  ['slack', slack],
  ['teams', teams],
] as const)('%s: every fallback on its fixture', (host, mod) => {
  const cases = lists(mod).flatMap(([name, list]) => list.map((entry, index) => ({ name, list, entry, index })));

  it('every entry is dated, sourced, proven by a fragment of its host; fallbacks carry a review date', () => {
    for (const { name, entry, index } of cases) {
      const where = `${name}[${index}] ${entry.selector}`;
      expect(entry.since, where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(entry.evidence.length, where).toBeGreaterThan(8);
      expect(entry.fixture.startsWith(`${host}/`), where).toBe(true);
      if (index > 0) expect(entry.review, where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (entry.review) expect(entry.review > entry.since, where).toBe(true);
    }
  });

  it.each(cases.map((c) => [`${c.name}[${c.index}]`, c] as const))(
    '%s matches its fragment',
    (_label, { name, list, entry, index }) => {
      load(entry.fixture);
      expect(document.querySelector(entry.selector), `${entry.selector} in ${entry.fixture}`).not.toBeNull();
      // Resolved newest-first, the fragment of a fallback must reach that fallback: it proves the path runs.
      if (!ALL_AT_ONCE.has(name))
        expect(resolve(name, list, document).matched, entry.fixture).toBe(list[index]!.selector);
    },
  );

  it('every fragment is used by some entry and named in lib/hosts/README.md', () => {
    const used = new Set(cases.map((c) => c.entry.fixture));
    for (const file of readdirSync(join(DIR, host))) {
      expect(used.has(`${host}/${file}`), `${host}/${file} proves nothing`).toBe(true);
    }
    for (const { entry } of cases) expect(README.includes(entry.selector), `README lacks ${entry.selector}`).toBe(true);
  });
});
