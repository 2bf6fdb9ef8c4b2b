// Where the user docked the sidebar on each host: one settings row, merged per host.
import type { ComposureDb } from './database';
import { guard } from './errors';
import type { DockSide, DockSides, HostName } from '../records/types';

/** The remembered sides ({} when none was ever chosen). */
export function getDockSides(db: ComposureDb): Promise<DockSides> {
  return guard(async () => {
    const row = await db.settings.get('placement');
    return row?.key === 'placement' ? { ...row.value } : {};
  });
}

/** Remembers `side` for `host` and returns every remembered side. */
export function setDockSide(db: ComposureDb, host: HostName, side: DockSide): Promise<DockSides> {
  return guard(() =>
    db.transaction('rw', db.settings, async () => {
      const next = { ...(await getDockSides(db)), [host]: side };
      await db.settings.put({ key: 'placement', value: next });
      return next;
    }),
  );
}
