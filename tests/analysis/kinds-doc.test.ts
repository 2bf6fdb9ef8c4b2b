// lib/analysis/KINDS.md explains KIND_REQUIREMENTS with a table; the table must say what the code does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KIND_REQUIREMENTS } from '../../lib/analysis/kinds';
import { PART_IDS } from '../../lib/analysis/types';

/** The rows of the first Markdown table in KINDS.md, as trimmed cells (the separator row left out). */
function table(markdown: string): string[][] {
  const rows = markdown
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
  return rows.filter((cells) => !cells.every((cell) => /^:?-+:?$/.test(cell)));
}

/** What a cell should say for `kind` and `part`: its weight, marked when either of two parts meets it. */
function expectedCell(kind: keyof typeof KIND_REQUIREMENTS, part: string): string {
  const requirements = KIND_REQUIREMENTS[kind];
  if (requirements.length === 0) return '—';
  const requirement = requirements.find((r) => r.parts.includes(part as (typeof PART_IDS)[number]));
  if (!requirement) return '';
  return requirement.parts.length > 1 ? `${requirement.weight} either` : String(requirement.weight);
}

describe('KINDS.md', () => {
  const [header, ...rows] = table(readFileSync('lib/analysis/KINDS.md', 'utf8'));

  it('has a column per part and a row per kind, in the code’s order', () => {
    expect(header).toEqual(['kind', ...PART_IDS]);
    expect(rows.map((r) => r[0])).toEqual(Object.keys(KIND_REQUIREMENTS));
  });

  it('gives every requirement its weight, and marks the ones either of two parts meets (⟂ or ∨)', () => {
    for (const [kind, ...cells] of rows) {
      const said = cells.map((cell) => cell.replace(/\s*[⟂∨]$/, ' either'));
      const expected = PART_IDS.map((part) => expectedCell(kind as keyof typeof KIND_REQUIREMENTS, part));
      expect({ kind, cells: said }).toEqual({ kind, cells: expected });
    }
  });
});
