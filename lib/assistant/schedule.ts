// "Schedule": the host's own scheduled send when it works, else Composure's outbox. The draft is
// never lost: the composer is only cleared after the outbox holds the text, and only if it still
// holds exactly what was stored.
import { formatWhen } from '../schedule';
import { HOST_NAMES } from '../hosts/types';
import { reportScheduleFallback } from './diagnostics';
import type { World } from './world';
import { errorMessage } from '../contained';

/** What scheduling uses of the world. */
type ScheduleWorld = Pick<World, 'deps' | 'record' | 'refresh' | 'session' | 'store' | 'zone'>;

/** Schedules the current draft at `at` (default: the suggested time). */
export async function scheduleDraft(world: ScheduleWorld, at?: number): Promise<void> {
  const session = world.session;
  const view = world.store.get().sendTime;
  if (!session) return;
  const when = at ?? (view && view.suggestion.at !== 'now' ? view.suggestion.at : null);
  if (when === null) return;
  const { adapter, client } = world.deps;
  const set = (state: 'working' | 'host' | 'outbox' | 'error', message: string) => world.store.set({ schedule: { state, message } });
  const draft = adapter.readDraft(session.composer);
  if (draft.trim() === '') return set('error', 'Nothing to schedule: the draft is empty.');
  // The day, date and distance, so a booking days out can never pass for tonight.
  const label = formatWhen(when, world.zone(), world.deps.timers.now());
  const host = HOST_NAMES[adapter.id];
  // Moved into hours: more recipients are working at the chosen time than now.
  const workingNow = view?.recipients.filter((r) => r.local?.working).length ?? 0;
  const movedIntoHours = (view?.suggestion.inHours.length ?? 0) > workingNow;

  let reason = `no scheduled-send control beside Send`;
  /** Why the host's own scheduling was not used, in one clause for the status line (only once it was tried). */
  let why = '';
  if (adapter.scheduleControls(session.composer)) {
    set('working', `Scheduling in ${host} for ${label}…`);
    const result = await adapter.scheduleSend(session.composer, new Date(when), { signal: session.signal, stepTimeoutMs: 2000 });
    if (session.signal.aborted) return;
    if (result.ok) {
      console.debug(`[composure] ${host} scheduled send path: ${result.path ?? 'none'}`);
      world.record({ kind: 'send-scheduled', movedIntoHours });
      set('host', `Scheduled in ${host} for ${label}.`);
      world.refresh();
      return;
    }
    reason = result.reason ?? reason;
    why = ` — ${host}: ${reason}`;
    console.debug(`[composure] ${host} scheduled send path: ${result.path ?? 'none'}`);
    reportScheduleFallback(client, adapter.id, result);
    // The host took the draft even though we could not confirm it: do not schedule it twice.
    if (adapter.readDraft(session.composer).trim() === '') {
      set('host', `${host} took the draft; check its scheduled messages (${reason}).`);
      return;
    }
  }

  set('working', `Saving to the Composure outbox for ${label}…`);
  let id: string;
  try {
    const { key, title, url } = session.conversation;
    const item = await client.request({
      type: 'outbox/add',
      item: {
        host: adapter.id,
        conversation: { key, title: title.slice(0, 300), url },
        text: draft,
        recipients: (session.recipients?.people ?? []).map((p) => p.id),
        urgency: world.store.get().urgency,
        sendAt: when,
      },
    });
    id = item.id;
  } catch (error) {
    return set('error', `Could not schedule (${reason}; outbox: ${errorMessage(error)}). Your draft is still here.`);
  }
  world.record({ kind: 'send-scheduled', movedIntoHours });
  world.store.set({ outboxItem: { id, sendAt: when } });
  // The host's reason is for whoever debugs a host change; the user needs to know the draft is safe.
  console.debug(`[composure] ${host} scheduled send unavailable: ${reason}`);
  // The user may have typed while we worked: clearing would drop text the outbox does not hold.
  const same = adapter.readDraft(session.composer) === draft;
  const cleared = same && !session.signal.aborted && (await adapter.clearDraft(session.composer)).ok;
  if (cleared) set('outbox', `Saved to the Composure outbox for ${label}${why}; you will get a notification to send it.`);
  else set('outbox', `Saved to the Composure outbox for ${label}${why}. The text is still in the composer: clear it before sending anything else.`);
  world.refresh();
}

/** Cancels the outbox item the last Schedule created; the draft stays in the outbox history. */
export async function cancelOutboxItem(world: ScheduleWorld): Promise<void> {
  const item = world.store.get().outboxItem;
  if (!item) return;
  try {
    const cancelled = await world.deps.client.request({ type: 'outbox/cancel', id: item.id });
    world.store.set({ outboxItem: null, schedule: { state: 'idle', message: 'Cancelled. The text is in the popup’s outbox if you need it.' } });
    // Give the text back when the composer is empty, so cancelling undoes scheduling.
    const session = world.session;
    if (session && world.deps.adapter.readDraft(session.composer).trim() === '') await world.deps.adapter.insertText(session.composer, cancelled.text);
  } catch (error) {
    world.store.set({ schedule: { state: 'error', message: `Could not cancel: ${errorMessage(error)}` } });
  }
}

/**
 * After a page reload (or coming back to a conversation), shows the draft this conversation has
 * waiting in the outbox, with Cancel, instead of forgetting it was ever scheduled.
 */
export async function recallWaiting(world: ScheduleWorld): Promise<void> {
  const session = world.session;
  if (!session || world.store.get().outboxItem) return;
  try {
    const waiting = await world.deps.client.request({ type: 'outbox/list', status: ['scheduled'], conversationKey: session.conversation.key });
    const next = [...waiting].sort((a, b) => a.sendAt - b.sendAt)[0];
    if (!next || session.signal.aborted || world.session !== session || world.store.get().outboxItem) return;
    const label = formatWhen(next.sendAt, world.zone(), world.deps.timers.now());
    const more = waiting.length > 1 ? ` (${waiting.length - 1} more from here in the popup's Outbox)` : '';
    world.store.set({
      outboxItem: { id: next.id, sendAt: next.sendAt },
      schedule: { state: 'outbox', message: `A draft from this conversation is waiting in the Composure outbox for ${label}${more}.` },
    });
  } catch (error) {
    console.debug('[composure] outbox/list failed', error);
  }
}
