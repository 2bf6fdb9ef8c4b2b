// A group whose members the host shows only in a popover (Teams named group chats): say so and offer
// to read them, rather than opening the host's popover unasked.
interface MembersNoteProps {
  hidden: boolean;
  note?: string;
  onRead(): void;
}

export function MembersNote({ hidden, note, onRead }: MembersNoteProps) {
  if (!hidden && !note) return null;
  return (
    <div class="composure-members-note" data-testid="members-note">
      {hidden && (
        <p class="composure-muted">
          This group lists its members only in the host's participant list.{' '}
          <button type="button" class="composure-link" data-testid="read-members" onClick={onRead}>
            Read members
          </button>
        </p>
      )}
      {note && (
        <p class="composure-problem-text" role="status">
          {note}
        </p>
      )}
    </div>
  );
}
