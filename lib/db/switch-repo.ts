// What the user turned Composure off on: one settings row holding the rules (lib/switch/rules.ts).
import { activeRules, type OffRule } from '../switch/rules';
import type { ComposureDb } from './database';
import { guard } from './errors';

async function read(db: ComposureDb): Promise<OffRule[]> {
  const row = await db.settings.get('off');
  return row?.key === 'off' && Array.isArray(row.value) ? row.value : [];
}

/** The rules in force at `now` (ended pauses are left out). */
export function getOffRules(db: ComposureDb, now: number): Promise<OffRule[]> {
  return guard(async () => activeRules(await read(db), now));
}

/** Adds or replaces `rule` (same id), drops ended pauses, and returns the rules in force. */
export function putOffRule(db: ComposureDb, rule: OffRule, now: number): Promise<OffRule[]> {
  return guard(() =>
    db.transaction('rw', db.settings, async () => {
      const next = [...activeRules(await read(db), now).filter((r) => r.id !== rule.id), rule];
      await db.settings.put({ key: 'off', value: next });
      return next;
    }),
  );
}

/** Removes the rule `id` (turning that back on) and returns the rules in force. */
export function deleteOffRule(db: ComposureDb, id: string, now: number): Promise<OffRule[]> {
  return guard(() =>
    db.transaction('rw', db.settings, async () => {
      const next = activeRules(await read(db), now).filter((r) => r.id !== id);
      await db.settings.put({ key: 'off', value: next });
      return next;
    }),
  );
}
