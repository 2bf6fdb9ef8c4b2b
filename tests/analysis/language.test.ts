// Text the engine cannot read is not applicable with notApplicable 'language' (lib/analysis/README.md): no score,
// no parts, no warnings. Terse, typo-laden chat English must stay English.
import fc from 'fast-check';
import { franc } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../lib/analysis';
import { readsAsEnglish } from '../../lib/analysis/english';
import { SPLITS } from '../../lib/analysis/model/corpus';
import { readSet } from './metrics';

/**
 * readsAsEnglish as it was written before it counted without building arrays (lib/analysis/english.ts): the
 * regex form of the same verdict, which the counting form must give on every text.
 */
function regexVerdict(text: string): boolean {
  const ENGLISH = new Set(
    ('a an the and or but if so to of in on at by for from with about as into than then this that these those it its is are was were be been ' +
      'being am do does did done have has had can could will would should shall may might must not no yes i me my we our us you your he she ' +
      'they them their his her who what when where why how which there here all any some just also still only very too more most ' +
      'please pls plz thanks thank thx ty hi hey hello ok okay asap fyi eod lgtm btw imo let lets up out over now today tomorrow ' +
      'need needs get got make want know think see look check fix review send ship merge deploy build test team')
      .split(' '),
  );
  const plain = text
    .replace(/```[\s\S]*?```|`[^`\n]*`/g, ' ')
    .replace(/\bhttps?:\/\/\S+|\bwww\.\S+|@[\w.-]+|#\w+|\b[A-Z]+-\d+\b/g, ' ');
  const letters = plain.match(/\p{L}/gu) ?? [];
  if (letters.length < 12) return true;
  const latin = plain.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (latin / letters.length < 0.5) return false;
  const words = plain.toLowerCase().match(/\p{Script=Latin}[\p{Script=Latin}']*/gu) ?? [];
  if (words.length < 5) return true;
  if (words.filter((w) => ENGLISH.has(w.replace(/'.*$/, ''))).length / words.length >= 0.1) return true;
  const CANDIDATES = ['eng', 'spa', 'por', 'fra', 'deu', 'ita', 'nld', 'pol', 'swe', 'tur', 'ind', 'vie', 'rus', 'ukr', 'jpn', 'cmn', 'kor', 'hin', 'arb'];
  return franc(plain, { only: CANDIDATES, minLength: 10 }) === 'eng';
}

describe('language', () => {
  it.each([
    'Hola equipo, ¿alguien puede revisar el PR antes del viernes? El despliegue está bloqueado.',
    'Kannst du bitte den Build prüfen, der ist seit heute früh kaputt und wir können nicht deployen',
    'デプロイが失敗しています。確認お願いします',
    'Salut, tu peux regarder la PR #123 avant demain ? Merci beaucoup',
  ])('%s is not read', (text) => {
    const a = analyzeMessage(text);
    expect(a).toMatchObject({ applicable: false, notApplicable: 'language', score: 0, warnings: [] });
    expect(a.checks.every((c) => !c.present && !c.required && c.spans.length === 0)).toBe(true);
  });

  it.each(['lgtm ship it', 'pls fix build asap thx', 'prod api 500s since 14:02, rollback?', 'ptal https://github.com/acme/api/pull/12 wdyt', 'Checkout latency p99 jumped 300ms after the Stripe SDK bump'])(
    '%s is English',
    (text) => expect(readsAsEnglish(text)).toBe(true),
  );

  it('reads every English message of the train corpus as English', () => {
    const sets = ['contract-dev', 'engineers-extra', 'annotator-A', 'annotator-C', 'annotator-D', 'annotator-F'];
    const english = sets.flatMap((n) => readSet(n).messages).filter((m) => m.notApplicable !== 'language');
    const misread = english.filter((m) => !readsAsEnglish(m.text)).map((m) => m.id);
    expect(misread.length / english.length).toBeLessThan(0.01);
  });

  it('counts letters and words without building arrays, with the same verdict as the regex form on any text', () => {
    // Pieces that sit on the edges: astral letters (a surrogate pair is one letter), lone surrogates, letters
    // whose lower case is longer or another script's (İ, K), Latin code points that are not letters (Ⅻ),
    // apostrophes inside and around words, and the code, links, mentions and tickets that are taken out first.
    const piece = fc.oneof(
      fc.constantFrom('the ', "it's ", 'İstanbul ', 'Ⅻ ', '𝐀𝐁𝐂 ', '𝔞 ', 'é', 'ß', 'ǅ', 'K', 'データ ', 'привет ', "a'b ", "'x ", "x'", '\ud800', '\udc00', 'ﬁ '),
      fc.constantFrom('Ａ', 'ª', '`code` ', '```x```', 'https://x.y ', '@me ', '#tag ', 'ABC-12 ', 'hola que tal ', 'nicht wahr ', 'please review ', ' ', '\n'),
      fc.string({ unit: 'binary', maxLength: 4 }),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((a) => a.join('')), (text) => readsAsEnglish(text) === regexVerdict(text)),
      { numRuns: 3_000, seed: 9 },
    );
    const corpus = Object.values(SPLITS).flatMap((names) => names.flatMap((n) => readSet(n).messages));
    expect(corpus.filter((m) => readsAsEnglish(m.text) !== regexVerdict(m.text)).map((m) => m.id)).toEqual([]);
  });
});
