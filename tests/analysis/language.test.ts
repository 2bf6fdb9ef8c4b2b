// Text the engine cannot read is not applicable with notApplicable 'language' (lib/analysis/README.md): no score,
// no parts, no warnings. Terse, typo-laden chat English must stay English.
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { franc } from 'franc-min';
import { data as fullData } from 'franc-min/data.js';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../lib/analysis';
import { CANDIDATES, ENGLISH, ENGLISH_SHARE, LATIN_SHARE, MIN_LETTERS, MIN_WORDS, proseOf, readsAsEnglish } from '../../lib/analysis/english';
import { data as cutData } from '../../lib/analysis/language-data';
import { SPLITS } from '../../lib/analysis/model/corpus';
import { readSet } from './metrics';

/**
 * readsAsEnglish as it was written before it counted without building arrays (lib/analysis/english.ts): the
 * regex form of the same verdict, over the same word list, thresholds and cleaned text, which the counting
 * form must give on every text.
 */
function regexVerdict(text: string): boolean {
  const plain = proseOf(text);
  const letters = plain.match(/\p{L}/gu) ?? [];
  if (letters.length < MIN_LETTERS) return true;
  const latin = plain.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (latin / letters.length < LATIN_SHARE) return false;
  const words = plain.toLowerCase().match(/\p{Script=Latin}[\p{Script=Latin}']*/gu) ?? [];
  if (words.length < MIN_WORDS) return true;
  if (words.filter((w) => ENGLISH.has(w.replace(/'.*$/, ''))).length / words.length >= ENGLISH_SHARE) return true;
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

  it("franc gets only the candidates' data (as the build gives it), and answers as with all of it", () => {
    // The cut: every script franc knows, each with its candidate languages alone, in franc's own order.
    expect(Object.keys(cutData)).toEqual(Object.keys(fullData));
    for (const [script, languages] of Object.entries(fullData)) {
      const kept = Object.entries(languages).filter(([language]) => CANDIDATES.includes(language));
      expect(Object.entries(cutData[script]!)).toEqual(kept);
    }
    // This test run loads franc with the cut, as the extension does: it no longer knows Danish.
    const danish = 'Kan du venligst gennemgå ændringen inden fredag? Vi skal have den ud i næste uge.';
    expect(franc(danish, { only: ['dan', 'nob'] })).toBe('und');
    // The same answers as franc with all its data (a plain Node process, outside this build) on every corpus
    // message and a few languages it must tell apart.
    const texts = [
      ...Object.values(SPLITS).flatMap((names) => names.flatMap((n) => readSet(n).messages.map((m) => proseOf(m.text)))),
      danish,
      'Hola equipo, ¿alguien puede revisar el PR antes del viernes?',
      'Kannst du bitte den Build prüfen, der ist seit heute früh kaputt',
      'Привет, посмотри пожалуйста ПР до пятницы',
      'Привіт, подивись будь ласка зміни до пʼятниці',
      'مرحبا، هل يمكنك مراجعة التغيير قبل الجمعة؟',
      'नमस्ते, क्या आप शुक्रवार से पहले बदलाव देख सकते हैं?',
    ];
    const script = `import('franc-min').then(({ franc }) => { let s = ''; process.stdin.on('data', (d) => (s += d)).on('end', () => {
      const { texts, only } = JSON.parse(s); process.stdout.write(JSON.stringify(texts.map((t) => franc(t, { only, minLength: 10 })))); }); });`;
    const full = JSON.parse(execFileSync(process.execPath, ['-e', script], { input: JSON.stringify({ texts, only: CANDIDATES }), maxBuffer: 1 << 26 }).toString()) as string[];
    expect(texts.filter((t, i) => franc(t, { only: CANDIDATES, minLength: 10 }) !== full[i])).toEqual([]);
    expect(new Set(full).size).toBeGreaterThan(5);
  });
});
