// One stats event per sent message. The send is observed (Enter or Send), the text captured at that
// moment, and counted only once the host has emptied the composer, i.e. really sent it. The analysis
// runs later, off the key press, in the background; only its aggregates are recorded.
import type { UrgencyLabel } from '../analysis/types';
import { analyzeSafely } from './analysis';
import { missingParts } from './derive';
import type { Session, World } from './world';
import { errorMessage } from '../contained';

/** What watching sends uses of the world. */
type SentWorld = Pick<World, 'alive' | 'deps' | 'record' | 'refresh' | 'root' | 'zone'>;

/** How long the host has to empty the composer after Enter/Send for it to count as sent. */
export const SEND_CONFIRM_MS = 600;

/** Starts watching sends in the session's composer. */
export function watchSends(world: SentWorld, session: Session): void {
  let pending = false;
  world.deps.adapter.onSend(session.composer, session.signal, () => {
    if (pending) return;
    const text = world.deps.adapter.readDraft(session.composer);
    if (text.trim() === '') return;
    pending = true;
    const override: UrgencyLabel | null = session.override;
    // Bound to the content script, not the session: sending may re-render the composer.
    world.deps.timers.after(SEND_CONFIRM_MS, () => {
      pending = false;
      if (!world.alive(session) || world.deps.adapter.readDraft(session.composer).trim() !== '') return;
      analyzeSafely(world.deps.analyze, text, { now: world.deps.timers.now(), senderTimeZone: world.zone() }).then(
        ({ analysis }) => {
          const urgency = override ?? analysis.urgency.label;
          world.record({ kind: 'message', score: analysis.applicable ? analysis.score : null, missing: missingParts(analysis), urgency });
        },
        // Not counted, and never the text in the log.
        (error: unknown) => console.debug('[composure] sent message not analysed', errorMessage(error)),
      );
      session.override = null;
      world.refresh();
    }, world.root);
  });
}
