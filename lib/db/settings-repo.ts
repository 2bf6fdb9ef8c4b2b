// Settings: one row per section, merged over defaults so new fields appear without a migration.
import type { UrgencyLabel } from '../analysis/types';
import type { ComposureDb } from './database';
import { defaultSettings } from '../records/defaults';
import { guard } from './errors';
import type { FocusPrefs, Me, Norm, Settings } from '../records/types';

/** A partial update: each section is shallow-merged. */
export interface SettingsPatch {
  me?: Partial<Me>;
  norms?: Partial<Record<UrgencyLabel, Partial<Norm>>>;
  focus?: Partial<FocusPrefs>;
}

/** Reads the settings, filling anything never saved from the defaults. */
export function getSettings(db: ComposureDb): Promise<Settings> {
  return guard(async () => {
    const rows = await db.settings.toArray();
    const s = defaultSettings();
    for (const row of rows) {
      if (row.key === 'me') s.me = { ...s.me, ...row.value };
      else if (row.key === 'norms') s.norms = { ...s.norms, ...row.value };
      else if (row.key === 'focus') s.focus = { ...s.focus, ...row.value };
    }
    return s;
  });
}

/** Applies a patch atomically and returns the resulting settings. */
export function updateSettings(db: ComposureDb, patch: SettingsPatch): Promise<Settings> {
  return guard(() =>
    db.transaction('rw', db.settings, async () => {
      const cur = await getSettings(db);
      const next: Settings = {
        me: { ...cur.me, ...patch.me },
        norms: { ...cur.norms },
        focus: { ...cur.focus, ...patch.focus },
      };
      for (const [label, norm] of Object.entries(patch.norms ?? {}) as Array<[UrgencyLabel, Partial<Norm>]>) {
        next.norms[label] = { ...cur.norms[label], ...norm };
      }
      await writeSettings(db, next);
      return next;
    }),
  );
}

/** Overwrites every settings row (backup restore); call inside a transaction covering settings. */
export async function writeSettings(db: ComposureDb, s: Settings): Promise<void> {
  await db.settings.bulkPut([
    { key: 'me', value: s.me },
    { key: 'norms', value: s.norms },
    { key: 'focus', value: s.focus },
  ]);
}
