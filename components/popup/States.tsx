// Designed loading, error, empty and saved states, so no section is ever blank.
import type { ComponentChildren } from 'preact';
import { errorMessage } from '../../lib/contained';

/** A calm skeleton with a live label for screen readers. */
export function Loading({ label }: { label: string }) {
  return (
    <div class="state state-loading" role="status" aria-live="polite">
      <span class="skeleton" />
      <span class="skeleton short" />
      <span class="visually-hidden">{label}</span>
    </div>
  );
}

/** A request failed: what happened, and a way to try again. */
export function ErrorNote({ error, onRetry, title = 'Something went wrong' }: { error: unknown; onRetry?: () => void; title?: string }) {
  return (
    <div class="state state-error" role="alert">
      <strong>{title}</strong>
      <p>{errorMessage(error)}</p>
      {onRetry && (
        <button type="button" class="btn btn-small" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

/** Nothing here yet: say so, and what to do about it. */
export function Empty({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <div class="state state-empty">
      <strong>{title}</strong>
      {children}
    </div>
  );
}

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; text?: string } | { kind: 'error'; error: unknown };

/** The outcome of a save, announced politely. */
export function SaveStatus({ state }: { state: SaveState }) {
  return (
    <span class={`save-status save-${state.kind}`} role="status" aria-live="polite">
      {state.kind === 'saving' && 'Saving…'}
      {state.kind === 'saved' && (state.text ?? 'Saved')}
      {state.kind === 'error' && errorMessage(state.error)}
    </span>
  );
}
