// A field's problem next to it, and the form's summary at its top: the Team form's style, shared.
import { useEffect, useRef } from 'preact/hooks';

/**
 * The note under a field (its id is what the control's aria-describedby names); nothing when there is no
 * problem. When it appears it scrolls into view (clear of the sticky Save bar), so it is seen without scrolling.
 */
export function FieldNote({ id, text }: { id: string; text: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const shown = text !== '';
  useEffect(() => {
    if (shown) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [shown]);
  return shown ? (
    <p id={id} ref={ref} class="field-error field-note" data-testid={id}>
      {text}
    </p>
  ) : null;
}

/** The summary at the top of a form, announced when it appears. */
export function FormSummary({ testid, text }: { testid: string; text: string }) {
  return text ? (
    <p class="form-error" role="alert" data-testid={testid}>
      {text}
    </p>
  ) : null;
}
