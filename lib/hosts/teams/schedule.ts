// Drives Teams' "Schedule send": right-click Send → menu item → date/time dialog → "Send at scheduled
// time". No public DOM evidence exists, so everything is found by role and text, each step gives up
// after at most 2 s, and every missing step ends as {ok:false, reason} with whatever we opened closed.
import { byRoleAndText, isShown, openContextMenu, press, pressEscape, waitFor } from '../dom';
import { completeScheduleDialog, findScheduleDialog, scheduleRefusal } from '../schedule-dialog';
import type { Composer, ScheduleOptions, ScheduleResult } from '../types';
import { scheduleTexts } from './selectors';
import { errorMessage } from '../../contained';

export interface TeamsScheduleInput {
  composer: Composer;
  at: Date;
  readDraft: (c: Composer) => string;
  sendButton: (c: Composer) => HTMLElement | null;
}

/** Schedules the composer's draft at `at` through Teams' own UI. */
export async function scheduleTeams(input: TeamsScheduleInput, opts: ScheduleOptions = {}): Promise<ScheduleResult> {
  const { composer, at } = input;
  const wait = { timeoutMs: Math.min(opts.stepTimeoutMs ?? 2000, 2000), signal: opts.signal };
  const doc = composer.editable.ownerDocument;
  try {
    const refused = scheduleRefusal(at, () => input.readDraft(composer));
    if (refused) return refused;
    const send = input.sendButton(composer);
    if (!send) return { ok: false, reason: 'the Send button was not found next to the compose box' };

    openContextMenu(send);
    const item = await waitFor(doc, () => byRoleAndText(doc, 'menuitem', scheduleTexts.menuItem), wait);
    if (!item) {
      // Whatever the right-click opened (a menu without the item) is closed again.
      const menu = doc.querySelector<HTMLElement>('[role="menu"]');
      pressEscape(menu && isShown(menu) ? menu : send);
      return { ok: false, reason: 'no "Schedule send" option appeared on right-clicking Send (not available in this Teams?)', path: 'menu' };
    }
    press(item);
    const found = await waitFor(doc, () => findScheduleDialog(doc, '[role="dialog"], [role="alertdialog"], dialog'), wait);
    if (!found) {
      const other = doc.querySelector<HTMLElement>('[role="dialog"], [role="alertdialog"], [role="menu"]');
      if (other && isShown(other)) pressEscape(other);
      return { ok: false, reason: 'the schedule dialog with date and time did not open', path: 'dialog' };
    }
    const texts = { host: 'Teams', submit: scheduleTexts.submit, submitName: 'Send at scheduled time', cancel: scheduleTexts.cancel };
    return { ...(await completeScheduleDialog(found, at, texts, wait)), path: 'menu-item:dialog' };
  } catch (error) {
    return { ok: false, reason: errorMessage(error) };
  }
}
