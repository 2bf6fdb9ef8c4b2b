// What a restore preview and its result say, in words. Pure.
import type { RestoreReport } from '../../../lib/protocol/responses';
import { plural } from '../format';

/** One row of the preview: what it is, what is here now, what the backup holds. */
export interface PreviewRow {
  table: 'settings' | 'people' | 'outbox' | 'focusSessions' | 'stats';
  label: string;
  /** What the row covers, when the label alone does not say. */
  hint?: string;
  current: string;
  backup: string;
}

const drafts = (waiting: number, all: number) => `${waiting} waiting${all > waiting ? ` (${all} in all)` : ''}`;

/** The preview's table: every table a backup replaces, here vs in the file. */
export function previewRows(r: RestoreReport): PreviewRow[] {
  const t = r.tables;
  const you = [r.me.name, r.me.timeZone].filter(Boolean).join(' · ');
  return [
    {
      table: 'settings',
      label: 'Settings',
      hint: 'name, zone, hours, norms, focus',
      current: t.settings.current ? 'yours' : 'defaults',
      backup: t.settings.backup ? you : `defaults · ${r.me.timeZone}`,
    },
    {
      table: 'people',
      label: 'Team directory',
      current: plural(t.people.current, 'person', 'people'),
      backup: plural(t.people.backup, 'person', 'people'),
    },
    {
      table: 'outbox',
      label: 'Outbox drafts',
      current: drafts(t.waiting.current, t.outbox.current),
      backup: drafts(t.waiting.backup, t.outbox.backup),
    },
    {
      table: 'focusSessions',
      label: 'Focus sessions',
      current: String(t.focusSessions.current),
      backup: String(t.focusSessions.backup),
    },
    {
      table: 'stats',
      label: 'Daily totals',
      current: plural(t.stats.current, 'day'),
      backup: plural(t.stats.backup, 'day'),
    },
  ];
}

/** What a restore leaves alone, as one sentence. */
export function keptText(r: RestoreReport): string {
  const k = r.kept;
  const off = k.offRules ? `what you turned off or paused (${k.offRules})` : 'what you turn off or pause';
  const diag = k.diagnostics ? `diagnostics (${plural(k.diagnostics, 'entry', 'entries')})` : 'diagnostics';
  return `Kept as they are: ${off}, where the sidebar sits, and ${diag}.`;
}

/** The sentence after a restore: what came back. */
export function restoredText(r: RestoreReport, fileName: string): string {
  const t = r.tables;
  const parts = [
    plural(t.people.backup, 'person', 'people'),
    `${plural(t.waiting.backup, 'draft')} waiting`,
    plural(t.focusSessions.backup, 'focus session'),
    `${plural(t.stats.backup, 'day')} of totals`,
  ];
  const who = r.me.name ? ` (${r.me.name}, ${r.me.timeZone})` : ` (${r.me.timeZone})`;
  return `Restored from ${fileName}: your settings${who}, ${parts.join(', ')}.`;
}

/** "made Fri 4 Dec 2026, 14:05" in the user's zone, or '' when the file does not say. */
export function madeText(at: number | null, timeZone: string): string {
  if (at === null) return '';
  try {
    const f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    return `made ${f.format(at).replace(/^(\w{3}), /, '$1 ')}`;
  } catch {
    return `made ${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  }
}
