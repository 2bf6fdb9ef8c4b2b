// "Schedule": the host's own scheduled send when it works, else Composure's outbox. The draft is
// never lost: the composer is only cleared after the outbox holds the text, and only if it still
// holds exactly what was stored.
import { formatWhen } from '../schedule';
import { HOST_NAMES } from '../hosts/types';
import { reportScheduleFallback } from './diagnostics';
import type { World } from './world';
import { errorMessage } from '../contained';

/** Schedules the current draft at `at` (default: the suggested time). */
export async function scheduleDraft(w: World, at?: number): Promise<void> {
  const s = w.session;
  const view = w.store.get().sendTime;
  if (!s) return;
  const when = at ?? (view && view.suggestion.at !== 'now' ? view.suggestion.at : null);
  if (when === null) return;
  const { adapter, client } = w.deps;
  const set = (state: 'working' | 'host' | 'outbox' | 'error', message: string) => w.store.set({ schedule: { state, message } });
  const draft = adapter.readDraft(s.composer);
  if (draft.trim() === '') return set('error', 'Nothing to schedule: the draft is empty.');
  // The day, date and distance, so a booking days out can never pass for tonight.
  const label = formatWhen(when, w.zone(), w.deps.timers.now());
  const host = HOST_NAMES[adapter.id];
  // Moved into hours: more recipients are working at the chosen time than now.
  const workingNow = view?.recipients.filter((r) => r.local?.working).length ?? 0;
  const movedIntoHours = (view?.suggestion.inHours.length ?? 0) > workingNow;

  let reason = `no scheduled-send control beside Send`;
  /** Why the host's own scheduling was not used, in one clause for the status line (only once it was tried). */
  let why = '';
  if (adapter.scheduleControls(s.composer)) {
    set('working', `Scheduling in ${host} for ${label}…`);
    const result = await adapter.scheduleSend(s.composer, new Date(when), { signal: s.signal, stepTimeoutMs: 2000 });
    if (s.signal.aborted) return;
    if (result.ok) {
      console.debug(`[composure] ${host} scheduled send path: ${result.path ?? 'none'}`);
      w.record({ kind: 'send-scheduled', movedIntoHours });
      set('host', `Scheduled in ${host} for ${label}.`);
      w.refresh();
      return;
    }
    reason = result.reason ?? reason;
    why = ` — ${host}: ${reason}`;
    console.debug(`[composure] ${host} scheduled send path: ${result.path ?? 'none'}`);
    reportScheduleFallback(client, adapter.id, result);
    // The host took the draft even though we could not confirm it: do not schedule it twice.
    if (adapter.readDraft(s.composer).trim() === '') {
      set('host', `${host} took the draft; check its scheduled messages (${reason}).`);
      return;
    }
  }

  set('working', `Saving to the Composure outbox for ${label}…`);
  let id: string;
  try {
    const { key, title, url } = s.conversation;
    const item = await client.request({
      type: 'outbox/add',
      item: {
        host: adapter.id,
        conversation: { key, title: title.slice(0, 300), url },
        text: draft,
        recipients: (s.recipients?.people ?? []).map((p) => p.id),
        urgency: w.store.get().urgency,
        sendAt: when,
      },
    });
    id = item.id;
  } catch (error) {
    return set('error', `Could not schedule (${reason}; outbox: ${errorMessage(error)}). Your draft is still here.`);
  }
  w.record({ kind: 'send-scheduled', movedIntoHours });
  w.store.set({ outboxItem: { id, sendAt: when } });
  // The host's reason is for whoever debugs a host change; the user needs to know the draft is safe.
  console.debug(`[composure] ${host} scheduled send unavailable: ${reason}`);
  // The user may have typed while we worked: clearing would drop text the outbox does not hold.
  const same = adapter.readDraft(s.composer) === draft;
  const cleared = same && !s.signal.aborted && (await adapter.clearDraft(s.composer)).ok;
  if (cleared) set('outbox', `Saved to the Composure outbox for ${label}${why}; you will get a notification to send it.`);
  else set('outbox', `Saved to the Composure outbox for ${label}${why}. The text is still in the composer: clear it before sending anything else.`);
  w.refresh();
}

/** Cancels the outbox item the last Schedule created; the draft stays in the outbox history. */
export async function cancelOutboxItem(w: World): Promise<void> {
  const item = w.store.get().outboxItem;
  if (!item) return;
  try {
    const cancelled = await w.deps.client.request({ type: 'outbox/cancel', id: item.id });
    w.store.set({ outboxItem: null, schedule: { state: 'idle', message: 'Cancelled. The text is in the popup’s outbox if you need it.' } });
    // Give the text back when the composer is empty, so cancelling undoes scheduling.
    const s = w.session;
    if (s && w.deps.adapter.readDraft(s.composer).trim() === '') await w.deps.adapter.insertText(s.composer, cancelled.text);
  } catch (error) {
    w.store.set({ schedule: { state: 'error', message: `Could not cancel: ${errorMessage(error)}` } });
  }
}

/**
 * After a page reload (or coming back to a conversation), shows the draft this conversation has
 * waiting in the outbox, with Cancel, instead of forgetting it was ever scheduled.
 */
export async function recallWaiting(w: World): Promise<void> {
  const s = w.session;
  if (!s || w.store.get().outboxItem) return;
  try {
    const waiting = await w.deps.client.request({ type: 'outbox/list', status: ['scheduled'], conversationKey: s.conversation.key });
    const next = [...waiting].sort((a, b) => a.sendAt - b.sendAt)[0];
    if (!next || s.signal.aborted || w.session !== s || w.store.get().outboxItem) return;
    const label = formatWhen(next.sendAt, w.zone(), w.deps.timers.now());
    const more = waiting.length > 1 ? ` (${waiting.length - 1} more from here in the popup's Outbox)` : '';
    w.store.set({
      outboxItem: { id: next.id, sendAt: next.sendAt },
      schedule: { state: 'outbox', message: `A draft from this conversation is waiting in the Composure outbox for ${label}${more}.` },
    });
  } catch (error) {
    console.debug('[composure] outbox/list failed', error);
  }
}
