// Drives Slack's own "Schedule for later": caret beside Send → menu "Custom time" → dialog with date
// and time → "Schedule message". The menu and dialog have no public selectors: found by role and text.
import { byRoleAndText, press, pressEscape, waitFor } from '../dom';
import { completeScheduleDialog, findScheduleDialog } from '../schedule-dialog';
import type { Composer, ScheduleControls, ScheduleOptions, ScheduleResult } from '../types';
import { maxScheduleDays, scheduleTexts } from './selectors';

export interface SlackScheduleInput {
  composer: Composer;
  at: Date;
  readDraft: (c: Composer) => string;
  scheduleControls: (c: Composer) => ScheduleControls | null;
}

const DAY = 24 * 60 * 60 * 1000;

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
    const found = await waitFor(doc, () => findScheduleDialog(doc), wait);
    if (!found) return { ok: false, reason: 'the custom time dialog did not open' };
    const texts = { host: 'Slack', submit: scheduleTexts.submit, submitName: 'Schedule message', cancel: scheduleTexts.cancel };
    const done = await completeScheduleDialog(found, at, texts, wait);
    if (!done.ok) return done;
    // Slack confirms by clearing the composer (the draft now lives in "Scheduled messages").
    const cleared = await waitFor(doc, () => (input.readDraft(composer).trim() === '' || !composer.editable.isConnected ? true : null), wait);
    return cleared ? { ok: true } : { ok: false, reason: 'the dialog closed but the draft was not scheduled' };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
