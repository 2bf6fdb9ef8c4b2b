// Drives Teams' "Schedule send": right-click Send → menu item → date/time dialog → "Send at scheduled
// time". No public DOM evidence exists, so everything is found by role and text and every missing
// step ends as {ok:false, reason} with whatever we opened closed again.
import { byRoleAndText, isShown, localDateTime, openContextMenu, press, pressEscape, setInputValue, waitFor } from '../dom';
import type { Composer, ScheduleOptions, ScheduleResult } from '../types';
import { scheduleTexts } from './selectors';

export interface TeamsScheduleInput {
  composer: Composer;
  at: Date;
  readDraft: (c: Composer) => string;
  sendButton: (c: Composer) => HTMLElement | null;
}

function findDialog(doc: Document): { dialog: HTMLElement; date: HTMLInputElement; time: HTMLInputElement } | null {
  for (const dialog of Array.from(doc.querySelectorAll<HTMLElement>('[role="dialog"], [role="alertdialog"], dialog'))) {
    if (!isShown(dialog)) continue;
    const date = dialog.querySelector<HTMLInputElement>('input[type="date"], input[aria-label*="date" i]');
    const time = dialog.querySelector<HTMLInputElement>('input[type="time"], input[aria-label*="time" i]');
    if (date && time) return { dialog, date, time };
  }
  return null;
}

/** Schedules the composer's draft at `at` through Teams' own UI. */
export async function scheduleTeams(input: TeamsScheduleInput, opts: ScheduleOptions = {}): Promise<ScheduleResult> {
  const { composer, at } = input;
  const wait = { timeoutMs: opts.stepTimeoutMs ?? 3000, signal: opts.signal };
  const doc = composer.editable.ownerDocument;
  try {
    if (!Number.isFinite(at.getTime())) return { ok: false, reason: 'invalid date' };
    if (at.getTime() <= Date.now()) return { ok: false, reason: 'the time is in the past' };
    if (input.readDraft(composer).trim() === '') return { ok: false, reason: 'the draft is empty' };
    const send = input.sendButton(composer);
    if (!send) return { ok: false, reason: 'the Send button was not found next to the compose box' };

    openContextMenu(send);
    const item = await waitFor(doc, () => byRoleAndText(doc, 'menuitem', scheduleTexts.menuItem), wait);
    if (!item) {
      pressEscape(send);
      return { ok: false, reason: 'no "Schedule send" option appeared on right-clicking Send (not available in this Teams?)' };
    }
    press(item);
    const found = await waitFor(doc, () => findDialog(doc), wait);
    if (!found) return { ok: false, reason: 'the schedule dialog with date and time did not open' };

    const { date, time } = localDateTime(at);
    setInputValue(found.date, date);
    setInputValue(found.time, time);
    const submit = byRoleAndText(found.dialog, 'button', scheduleTexts.submit);
    if (!submit) return abandon(found.dialog, 'the schedule dialog has no "Send at scheduled time" button');
    press(submit);

    const closed = await waitFor(doc, () => (!found.dialog.isConnected || !isShown(found.dialog) ? true : null), wait);
    if (!closed) {
      const alert = found.dialog.querySelector('[role="alert"]')?.textContent?.trim();
      return abandon(found.dialog, alert ? `Teams refused: ${alert}` : 'the dialog stayed open after submitting');
    }
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

function abandon(dialog: HTMLElement, reason: string): ScheduleResult {
  const cancel = byRoleAndText(dialog, 'button', scheduleTexts.cancel);
  if (cancel) press(cancel);
  else pressEscape(dialog);
  return { ok: false, reason };
}
