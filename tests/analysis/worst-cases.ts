// Inputs that make naive regex rules backtrack or rescan; shared by the property tests and the bench.
import corpus from './corpus/contract-dev.json';

/** An n-character text of `unit` repeated. */
export const repeat = (unit: string) => (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const prose = corpus.messages.map((m) => m.text).join(' ');

/** Generators of n-character texts, by name. */
export const WORST_CASES: Record<string, (n: number) => string> = {
  prose: (n) => prose.repeat(Math.ceil(n / prose.length)).slice(0, n),
  'one word repeated': repeat('a'),
  backticks: repeat('`'),
  'at signs': repeat('@'),
  'code fences': repeat('```a'),
  digits: repeat('1'),
  emails: repeat('a@b '),
  'mentions and commas': repeat('Sarah, @sam '),
  deadlines: repeat('by 12:00 today '),
  'questions with or': repeat('A or B? '),
};
