// Text the engine cannot read is not applicable with notApplicable 'language' (lib/analysis/README.md): no score,
// no parts, no warnings. Terse, typo-laden chat English must stay English.
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../lib/analysis';
import { readsAsEnglish } from '../../lib/analysis/english';
import { readSet } from './metrics';

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
});
