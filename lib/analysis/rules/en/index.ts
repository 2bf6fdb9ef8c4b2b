// The English rule set: every table in one Language object.
import type { Language } from '../../language';
import type { IndexData } from '../../scan';
import { ask } from './ask';
import { context } from './context';
import { deadline } from './deadline';
import { evidence } from './evidence';
import { kinds, social, warnings } from './kinds';
import { macros } from './macros';
import { options, optionsInQuestion, recommendation } from './options';
import { owner } from './owner';
import { state } from './state';
import { texts } from './texts';
import triggerIndexText from './trigger-index.json?raw';
import { urgency } from './urgency';

let triggerIndex: IndexData | undefined;

export const en: Language = {
  id: 'en',
  macros,
  parts: { context, state, options, optionsInQuestion, recommendation },
  ask,
  owner,
  deadline,
  evidence,
  urgency,
  kinds,
  social,
  warnings,
  texts,
  // Built from the tables above by `npm run triggers` (tests/analysis/trigger-index.test.ts checks it is current);
  // shipped as JSON text, parsed when the tables are first compiled.
  get triggerIndex(): IndexData {
    return (triggerIndex ??= JSON.parse(triggerIndexText) as IndexData);
  },
};
