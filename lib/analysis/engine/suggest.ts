// Insertable suggestion lines for missing parts, picked by kind (and urgency for deadlines).
import type { Language } from '../language';
import type { MessageKind, PartId, UrgencyLabel } from '../types';
import { fill, type Vars } from './fill';

type Key = MessageKind | 'default' | 'same-day';

function templateFor(lang: Language, part: PartId, kind: MessageKind, label: UrgencyLabel, hasAsk: boolean): string {
  const table = lang.texts.suggestions[part];
  const keys: Key[] = [];
  if (part === 'deadline') {
    if (label === 'urgent') keys.push('incident');
    if (label === 'same-day') keys.push('same-day');
    // A status or handoff with an ask needs a real deadline, not "no reply needed".
    if (hasAsk && (kind === 'status' || kind === 'handoff' || kind === 'fyi')) keys.push('default');
  }
  keys.push(kind, 'default');
  for (const key of keys) {
    const t = table[key];
    if (t !== undefined) return t;
  }
  return '';
}

export function suggestion(lang: Language, part: PartId, kind: MessageKind, label: UrgencyLabel, hasAsk: boolean, vars: Vars): string {
  return fill(templateFor(lang, part, kind, label, hasAsk), vars);
}
