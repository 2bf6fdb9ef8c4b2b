// backup/* and data/erase: whole-database operations, each followed by re-syncing alarms and badge.
import { CURRENT_VERSION } from '../db/schema';
import { countTables, eraseAll, readSnapshot, replaceWithSnapshot } from '../db/backup-repo';
import { isStorageFailure } from '../db/errors';
import { exportBackupJson, parseBackupJson } from '../io/json';
import { ProtocolError, type BackupTable, type RestoreReport } from '../protocol/responses';
import { refreshBadge } from './badge';
import { broadcastToHosts } from './broadcast';
import type { BackgroundContext, Handlers } from './context';
import { focusState, restoreFocus } from './focus';
import { OUTBOX_PREFIX, reconcileOutbox } from './outbox';

async function clearOurAlarms(ctx: BackgroundContext): Promise<void> {
  for (const a of await ctx.port.listAlarms()) {
    if (a.name.startsWith(OUTBOX_PREFIX) || a.name.startsWith('focus:')) await ctx.port.clearAlarm(a.name);
  }
}

/**
 * Re-arms alarms, badge and host tabs from the data just committed. The data change already
 * happened, so a storage failure here is logged rather than reported as "nothing was changed";
 * the next browser start runs the same reconciliation.
 */
async function resync(ctx: BackgroundContext): Promise<void> {
  try {
    await rearm(ctx);
  } catch (e) {
    if (!isStorageFailure(e)) throw e;
    console.warn('[composure] alarms not re-armed after a restore or erase: storage unavailable', e);
  }
}

async function rearm(ctx: BackgroundContext): Promise<void> {
  await clearOurAlarms(ctx);
  await reconcileOutbox(ctx);
  await restoreFocus(ctx);
  await refreshBadge(ctx);
  await broadcastToHosts(ctx, { type: 'focus/changed', state: await focusState(ctx) });
}

/** backup/export, backup/import, data/erase. */
export const backupHandlers: Handlers<'backup/export' | 'backup/import' | 'data/erase'> = {
  async 'backup/export'(_req, ctx) {
    const now = ctx.now();
    const text = exportBackupJson(await readSnapshot(ctx.db), { now, schemaVersion: CURRENT_VERSION });
    const day = new Date(now).toISOString().slice(0, 10);
    return { filename: `composure-backup-${day}.json`, mimeType: 'application/json', text };
  },

  async 'backup/import'(req, ctx) {
    const parsed = parseBackupJson(req.text);
    if (!parsed.snapshot) throw new ProtocolError('invalid-file', `Nothing was restored. ${parsed.problem}`, { problem: parsed.problem, errors: parsed.errors });
    const s = parsed.snapshot;
    const now = await countTables(ctx.db);
    const waiting = s.outbox.filter((i) => i.status === 'scheduled' || i.status === 'due').length;
    const backup = { settings: parsed.sections.length, people: s.people.length, outbox: s.outbox.length, waiting, focusSessions: s.focusSessions.length, stats: s.stats.length };
    const report: RestoreReport = {
      tables: Object.fromEntries(
        (Object.keys(backup) as BackupTable[]).map((t) => [t, { backup: backup[t], current: now[t] }]),
      ) as RestoreReport['tables'],
      kept: { offRules: now.offRules, placement: now.placement, diagnostics: now.diagnostics },
      me: { name: s.settings.me.name, timeZone: s.settings.me.timeZone },
      exportedAt: parsed.exportedAt,
      dryRun: req.dryRun,
    };
    if (req.dryRun) return report;
    await replaceWithSnapshot(ctx.db, s);
    await resync(ctx);
    return report;
  },

  async 'data/erase'(_req, ctx) {
    await eraseAll(ctx.db);
    await resync(ctx);
    return { erased: true as const };
  },
};
