// Drives Slack's own "Schedule for later": caret beside Send → menu "Custom time" → dialog with date
// and time → "Schedule message". The menu and dialog have no public selectors: found by role and text.
import { byRoleAndText, isShown, localDateTime, press, pressEscape, setInputValue, waitFor } from '../dom';
import type { Composer, ScheduleControls, ScheduleOptions, ScheduleResult } from '../types';
import { maxScheduleDays, scheduleTexts } from './selectors';

export interface SlackScheduleInput {
  composer: Composer;
  at: Date;
  readDraft: (c: Composer) => string;
  scheduleControls: (c: Composer) => ScheduleControls | null;
}

const DAY = 24 * 60 * 60 * 1000;

/** A shown dialog holding a date and a time field. */
function findDialog(doc: Document): { dialog: HTMLElement; date: HTMLInputElement; time: HTMLInputElement } | null {
  for (const dialog of Array.from(doc.querySelectorAll<HTMLElement>('[role="dialog"], dialog'))) {
    if (!isShown(dialog)) continue;
    const date = dialog.querySelector<HTMLInputElement>('input[type="date"], input[aria-label*="date" i]');
    const time = dialog.querySelector<HTMLInputElement>('input[type="time"], input[aria-label*="time" i]');
    if (date && time) return { dialog, date, time };
  }
  return null;
}

/** Schedules the composer's draft at `at`; every failure is a reason, never an exception. */
export async function scheduleSlack(input: SlackScheduleInput, opts: ScheduleOptions = {}): Promise<ScheduleResult> {
  const { composer, at } = input;
  const wait = { timeoutMs: opts.stepTimeoutMs ?? 3000, signal: opts.signal };
  const doc = composer.editable.ownerDocument;
  try {
    const ms = at.getTime();
    if (!Number.isFinite(ms)) return { ok: false, reason: 'invalid date' };
    if (ms <= Date.now()) return { ok: false, reason: 'the time is in the past' };
    if (ms - Date.now() > maxScheduleDays * DAY) return { ok: false, reason: `Slack schedules at most ${maxScheduleDays} days ahead` };
    if (input.readDraft(composer).trim() === '') return { ok: false, reason: 'the draft is empty' };
    const controls = input.scheduleControls(composer);
    if (!controls) return { ok: false, reason: 'Slack\'s "Schedule for later" button was not found beside Send' };

    press(controls.trigger);
    const item = await waitFor(doc, () => byRoleAndText(doc, 'menuitem', scheduleTexts.customTime), wait);
    if (!item) {
      pressEscape(controls.trigger);
      return { ok: false, reason: 'the schedule menu did not offer "Custom time"' };
    }
    press(item);
    const found = await waitFor(doc, () => findDialog(doc), wait);
    if (!found) return { ok: false, reason: 'the custom time dialog did not open' };

    const { date, time } = localDateTime(at);
    setInputValue(found.date, date);
    setInputValue(found.time, time);
    const submit = byRoleAndText(found.dialog, 'button', scheduleTexts.submit);
    if (!submit) return abandon(found.dialog, 'the dialog has no "Schedule message" button');
    press(submit);

    const closed = await waitFor(doc, () => (!found.dialog.isConnected || !isShown(found.dialog) ? true : null), wait);
    if (!closed) {
      const alert = found.dialog.querySelector('[role="alert"]')?.textContent?.trim();
      return abandon(found.dialog, alert ? `Slack refused: ${alert}` : 'the dialog stayed open after "Schedule message"');
    }
    // Slack confirms by clearing the composer (the draft now lives in "Scheduled messages").
    const cleared = await waitFor(doc, () => (input.readDraft(composer).trim() === '' || !composer.editable.isConnected ? true : null), wait);
    return cleared ? { ok: true } : { ok: false, reason: 'the dialog closed but the draft was not scheduled' };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Closes a dialog we opened but could not complete, leaving the draft as it was. */
function abandon(dialog: HTMLElement, reason: string): ScheduleResult {
  const cancel = byRoleAndText(dialog, 'button', scheduleTexts.cancel);
  if (cancel) press(cancel);
  else pressEscape(dialog);
  return { ok: false, reason };
}
