// The steps both hosts share once their own menu has opened a date-and-time dialog: fill the fields,
// press submit, check that the dialog closed, and close what we opened when a step fails.
import { byRoleAndText, isShown, localDateTime, press, pressEscape, setInputValue, waitFor, type WaitOptions } from './dom';
import type { ScheduleResult } from './types';

export interface ScheduleDialog {
  dialog: HTMLElement;
  date: HTMLInputElement;
  time: HTMLInputElement;
}

export interface DialogTexts {
  host: string;
  submit: RegExp;
  /** The submit button's name as people see it, for reasons. */
  submitName: string;
  cancel: RegExp;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * Why the draft cannot be scheduled at `at`, before any host control is touched, or null: `at` must be
 * a real date in the future (within the host's limit, when it has one) and the draft must not be empty.
 */
export function scheduleRefusal(
  at: Date,
  draft: () => string,
  limit?: { host: string; maxDays: number },
): ScheduleResult | null {
  const ms = at.getTime();
  if (!Number.isFinite(ms)) return { ok: false, reason: 'invalid date' };
  if (ms <= Date.now()) return { ok: false, reason: 'the time is in the past' };
  if (limit && ms - Date.now() > limit.maxDays * DAY) {
    return { ok: false, reason: `${limit.host} schedules at most ${limit.maxDays} days ahead` };
  }
  if (draft().trim() === '') return { ok: false, reason: 'the draft is empty' };
  return null;
}

/** A shown dialog (matching `dialogs`) that holds a date and a time field. */
export function findScheduleDialog(doc: Document, dialogs = '[role="dialog"], dialog'): ScheduleDialog | null {
  for (const dialog of Array.from(doc.querySelectorAll<HTMLElement>(dialogs))) {
    if (!isShown(dialog)) continue;
    const date = dialog.querySelector<HTMLInputElement>('input[type="date"], input[aria-label*="date" i]');
    const time = dialog.querySelector<HTMLInputElement>('input[type="time"], input[aria-label*="time" i]');
    if (date && time) return { dialog, date, time };
  }
  return null;
}

/** Writes `at` into the dialog and submits it; ok once the dialog has closed. */
export async function completeScheduleDialog(found: ScheduleDialog, at: Date, texts: DialogTexts, wait: WaitOptions): Promise<ScheduleResult> {
  const { date, time } = localDateTime(at);
  setInputValue(found.date, date);
  setInputValue(found.time, time);
  const submit = byRoleAndText(found.dialog, 'button', texts.submit);
  if (!submit) return abandonDialog(found.dialog, texts, `the dialog has no "${texts.submitName}" button`);
  press(submit);
  const doc = found.dialog.ownerDocument;
  const closed = await waitFor(doc, () => (!found.dialog.isConnected || !isShown(found.dialog) ? true : null), wait);
  if (closed) return { ok: true };
  const alert = found.dialog.querySelector('[role="alert"]')?.textContent?.trim();
  return abandonDialog(found.dialog, texts, alert ? `${texts.host} refused: ${alert}` : `the dialog stayed open after "${texts.submitName}"`);
}

/** Closes a dialog we opened but could not complete, leaving the draft as it was. */
export function abandonDialog(dialog: HTMLElement, texts: Pick<DialogTexts, 'cancel'>, reason: string): ScheduleResult {
  const cancel = byRoleAndText(dialog, 'button', texts.cancel);
  if (cancel) press(cancel);
  else pressEscape(dialog);
  return { ok: false, reason };
}
