// Drives Slack's own "Schedule for later": caret beside Send → a menu of presets ("Tomorrow at
// 9:00 AM", "Monday at 9:00 AM") and "Custom time". A preset equal to the wanted time is used as is.
// Otherwise the Custom time dialog is driven only where it offers native date and time fields; the
// public evidence (lib/hosts/README.md) describes its date as a popover calendar that nobody has
// published the DOM of, so there we close it untouched and say why. Nothing we open is left open.
import { byRoleAndText, isShown, press, pressEscape, waitFor } from '../dom';
import { abandonDialog, completeScheduleDialog, findScheduleDialog, scheduleRefusal } from '../schedule-dialog';
import type { Composer, ScheduleControls, ScheduleOptions, ScheduleResult } from '../types';
import { maxScheduleDays, scheduleTexts } from './selectors';
import { errorMessage } from '../../contained';

export interface SlackScheduleInput {
  composer: Composer;
  at: Date;
  readDraft: (c: Composer) => string;
  scheduleControls: (c: Composer) => ScheduleControls | null;
}

/** The moment a preset's text names, from `now` in the browser's zone; null when the text is not a preset. */
export function presetTime(text: string, now: Date): Date | null {
  const m = scheduleTexts.preset.exec(text.replace(/\s+/g, ' '));
  if (!m) return null;
  let hour = Number(m[2]);
  const minute = Number(m[3] ?? 0);
  const half = m[4]?.toLowerCase();
  if (half === 'pm' && hour < 12) hour += 12;
  if (half === 'am' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return null;
  const d = new Date(now);
  // Monday: the next Monday after today (Slack offers it from Friday on, for the coming week).
  const days = m[1]!.toLowerCase() === 'tomorrow' ? 1 : ((8 - now.getDay()) % 7) || 7;
  d.setDate(d.getDate() + days);
  d.setHours(hour, minute, 0, 0);
  return d;
}

function menuItems(doc: Document): HTMLElement[] {
  return Array.from(doc.querySelectorAll<HTMLElement>('[role="menu"] [role="menuitem"]')).filter(isShown);
}

/** Schedules the composer's draft at `at`; every failure is a reason, never an exception. */
export async function scheduleSlack(input: SlackScheduleInput, opts: ScheduleOptions = {}): Promise<ScheduleResult> {
  const { composer, at } = input;
  const wait = { timeoutMs: Math.min(opts.stepTimeoutMs ?? 2000, 3000), signal: opts.signal };
  const doc = composer.editable.ownerDocument;
  try {
    const refused = scheduleRefusal(at, () => input.readDraft(composer), { host: 'Slack', maxDays: maxScheduleDays });
    if (refused) return refused;
    const ms = at.getTime();
    const controls = input.scheduleControls(composer);
    if (!controls) return { ok: false, reason: 'Slack\'s "Schedule for later" button was not found beside Send' };

    press(controls.trigger);
    // Structure first: the menu that opened and its items; the texts only say which item is which.
    const items = await waitFor(doc, () => (menuItems(doc).length > 0 ? menuItems(doc) : null), wait);
    if (!items) return { ok: false, reason: 'the schedule menu did not open', path: 'menu' };
    const now = new Date();
    const minute = Math.floor(ms / 60_000);
    const preset = items.find((item) => {
      const t = presetTime(item.textContent ?? '', now);
      return t !== null && Math.floor(t.getTime() / 60_000) === minute;
    });
    if (preset) {
      press(preset);
      return await confirmed(input, doc, wait, 'preset');
    }
    // "Custom time": by its text, else the one item that is not a preset (presets come first).
    const custom = byRoleAndText(doc, 'menuitem', scheduleTexts.customTime)
      ?? (items.filter((i) => presetTime(i.textContent ?? '', now) === null).length === 1 ? items.find((i) => presetTime(i.textContent ?? '', now) === null) : undefined);
    if (!custom) {
      pressEscape(items[0]!);
      return { ok: false, reason: 'the schedule menu offered no preset at that time and no "Custom time"', path: 'menu' };
    }
    press(custom);
    const dialog = await waitFor(doc, () => shownDialog(doc), wait);
    if (!dialog) return { ok: false, reason: 'the custom time dialog did not open', path: 'custom-dialog' };
    const fields = findScheduleDialog(doc);
    if (!fields) {
      const closed = abandonDialog(dialog, scheduleTexts, "Slack's custom time dialog picks the date from a calendar Composure does not drive");
      await waitFor(doc, () => (dialog.isConnected && isShown(dialog) ? null : true), wait);
      return { ...closed, path: 'custom-dialog:calendar' };
    }
    const texts = { host: 'Slack', submit: scheduleTexts.submit, submitName: 'Schedule message', cancel: scheduleTexts.cancel };
    const done = await completeScheduleDialog(fields, at, texts, wait);
    if (!done.ok) return { ...done, path: 'custom-dialog:fields' };
    return await confirmed(input, doc, wait, 'custom-dialog:fields');
  } catch (error) {
    return { ok: false, reason: errorMessage(error) };
  }
}

function shownDialog(doc: Document): HTMLElement | null {
  return Array.from(doc.querySelectorAll<HTMLElement>('[role="dialog"], dialog')).find((d) => isShown(d) && !d.querySelector('[aria-label="Query"]')) ?? null;
}

/** Slack confirms by clearing the composer (the draft now lives in "Scheduled messages"). */
async function confirmed(input: SlackScheduleInput, doc: Document, wait: { timeoutMs: number; signal?: AbortSignal | undefined }, path: string): Promise<ScheduleResult> {
  const { composer } = input;
  const cleared = await waitFor(doc, () => (input.readDraft(composer).trim() === '' || !composer.editable.isConnected ? true : null), wait);
  return cleared ? { ok: true, path } : { ok: false, reason: 'Slack did not take the draft', path };
}
