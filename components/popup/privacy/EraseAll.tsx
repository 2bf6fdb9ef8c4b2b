// Erase everything, behind an explicit confirmation step.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useEscape } from '../useEscape';
import type { Client } from '../../../lib/protocol/client';
import { ErrorNote } from '../States';

type Phase = 'idle' | 'confirm' | 'erasing' | 'done' | { error: unknown };

/** A danger-zone card: the first click only asks; the second erases. */
export function EraseAll({ client, onErased }: { client: Client; onErased: () => void }) {
  const [phase, setPhase] = useState<Phase>('idle');
  const start = useRef<HTMLButtonElement>(null);
  const [returning, setReturning] = useState(false);
  // Cancelled (button or Escape): focus goes back to the button that opened the dialog.
  useEffect(() => {
    if (phase !== 'idle' || !returning) return;
    start.current?.focus();
    setReturning(false);
  }, [phase, returning]);
  const cancel = () => {
    setReturning(true);
    setPhase('idle');
  };
  useEscape(cancel, phase === 'confirm');
  const erase = async () => {
    setPhase('erasing');
    try {
      await client.request({ type: 'data/erase', confirm: true });
      setPhase('done');
      onErased();
    } catch (error) {
      setPhase({ error });
    }
  };
  return (
    <section class="card danger" aria-labelledby="erase-title">
      <h3 id="erase-title">Erase everything</h3>
      {phase === 'done' ? (
        <p role="status" data-testid="erase-done">Everything was erased. Composure is back to a fresh install.</p>
      ) : phase === 'confirm' || phase === 'erasing' ? (
        <div role="alertdialog" aria-labelledby="erase-q" aria-describedby="erase-d">
          <p id="erase-q"><strong>Erase all Composure data?</strong></p>
          <p id="erase-d" class="small">
            Settings, teammates, scheduled drafts, focus sessions and trends are deleted from this browser. This cannot be undone;
            export a backup first if you may want it back.
          </p>
          <div class="actions">
            <button type="button" class="btn btn-danger" disabled={phase === 'erasing'} onClick={() => void erase()} data-testid="erase-confirm">
              Yes, erase everything
            </button>
            <button type="button" class="btn btn-ghost" autoFocus onClick={cancel}>Cancel</button>
          </div>
        </div>
      ) : (
        <>
          <p class="small">Delete every setting, teammate, draft, focus session and daily total.</p>
          <button type="button" ref={start} class="btn btn-danger-ghost" onClick={() => setPhase('confirm')} data-testid="erase-start">
            Erase everything…
          </button>
        </>
      )}
      {typeof phase === 'object' && <ErrorNote title="Nothing was erased" error={phase.error} />}
    </section>
  );
}
