// The languages english.ts asks franc-min about, and franc-min's trigram data cut to them. franc-min
// builds a table for every language in its data as it loads (about 16 ms of every worker start for its
// 66 trigram languages); asked with `only: CANDIDATES` it never looks at the others, so the build hands
// it this module in place of its own data.js (wxt.config.ts, francCandidatesOnly) and every answer stays
// the same: each script keeps its key, and its candidate languages in franc's own order.
import { data as all } from 'franc-min/data.js';

/** Languages franc may answer with; 'eng' among them so it can still say English. */
export const CANDIDATES = [
  'eng',
  'spa',
  'por',
  'fra',
  'deu',
  'ita',
  'nld',
  'pol',
  'swe',
  'tur',
  'ind',
  'vie',
  'rus',
  'ukr',
  'jpn',
  'cmn',
  'kor',
  'hin',
  'arb',
];

/** franc-min's data with only the CANDIDATES: `data` as franc-min's data.js exports it. */
export const data: Record<string, Record<string, string>> = Object.fromEntries(
  Object.entries(all).map(([script, languages]) => [
    script,
    Object.fromEntries(Object.entries(languages).filter(([language]) => CANDIDATES.includes(language))),
  ]),
);
