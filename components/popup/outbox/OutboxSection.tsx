// Outbox: every draft waiting in Composure's outbox, with Open (back into its conversation) and
// Cancel; and what the toolbar badge's number means.
import { useState } from 'preact/hooks';
import { HOST_NAMES } from '../../../lib/hosts/types';
import type { OutboxItem } from '../../../lib/records/types';
import type { ResponseMap } from '../../../lib/protocol/responses';
import { formatWhen } from '../../../lib/schedule';
import { validZone } from '../../../lib/time';
import { ErrorNote, Loading } from '../States';
import { plural } from '../format';
import { errorMessage } from '../../../lib/contained';
import type { SectionProps } from '../types';
import { useLoad } from '../useLoad';

type OpenOutcome = ResponseMap['outbox/open']['outcome'];

/** The draft's first non-empty line, shortened for a row. */
export function firstLine(text: string, max = 80): string {
  const line =
    text
      .split('\n')
      .map((l) => l.trim())
      .find(Boolean) ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** What the popup says after Open: only 'restored' means the draft is back in a composer. */
export function openNote(outcome: OpenOutcome, where: string, host: string): { text: string; error?: boolean } {
  switch (outcome) {
    case 'restored':
      return { text: `Opened ${where}: the draft is back in its composer, ready to send.` };
    case 'asked':
      return {
        text: `Opened ${where} in ${host}: Composure asks there whether the draft belongs in that conversation. It waits here until you say yes.`,
      };
    case 'elsewhere':
      return {
        error: true,
        text: `This draft belongs in ${where} (${host}), and Composure could not switch there. Open ${where} and it comes back; it is still waiting here.`,
      };
    case 'failed':
      return { error: true, text: `${host}'s editor in ${where} refused the draft. It is still waiting here.` };
    case 'gone':
      return { error: true, text: 'That draft is no longer waiting: it was sent, cancelled or put back already.' };
    default:
      return {
        error: true,
        text: `Could not put it back into ${where} (${host} did not answer). It is still waiting here.`,
      };
  }
}

/** The Outbox tab. */
export function OutboxSection({ client, now }: SectionProps) {
  const data = useLoad(async () => {
    const [items, settings] = await Promise.all([
      client.request({ type: 'outbox/list', status: ['due', 'scheduled'] }),
      client.request({ type: 'settings/get' }),
    ]);
    return { items: [...items].sort((a, b) => a.sendAt - b.sendAt), zone: validZone(settings.me.timeZone) };
  }, [client]);
  const [busy, setBusy] = useState<string | null>(null);
  const [note, setNote] = useState<{ id: string; text: string; error?: boolean } | null>(null);

  if (data.state.status === 'loading') return <Loading label="Loading the outbox" />;
  if (data.state.status === 'error') return <ErrorNote error={data.state.error} onRetry={data.reload} />;
  const { items, zone } = data.state.data;
  const t = now();
  const due = items.filter((i) => i.status === 'due').length;

  const act = async (item: OutboxItem, kind: 'open' | 'cancel') => {
    setBusy(item.id);
    setNote(null);
    const where = item.conversation.title || 'its conversation';
    try {
      if (kind === 'cancel') {
        await client.request({ type: 'outbox/cancel', id: item.id });
        setNote({ id: item.id, text: `Cancelled the draft to ${where}. Nothing was sent.` });
      } else {
        const { outcome } = await client.request({ type: 'outbox/open', id: item.id });
        setNote({ id: item.id, ...openNote(outcome, where, HOST_NAMES[item.host]) });
      }
      await data.reload();
    } catch (e) {
      setNote({ id: item.id, error: true, text: `That did not work: ${errorMessage(e)}` });
    } finally {
      setBusy(null);
    }
  };

  return (
    <div class="section">
      <h2 class="section-title">Outbox</h2>
      <p class="lede" data-testid="outbox-badge-note">
        {items.length === 0
          ? 'Nothing is waiting. When a host has no scheduled send, Composure keeps the draft here and brings it back at its time.'
          : `The number on the toolbar badge is the ${plural(items.length, 'draft')} waiting here` +
            (due > 0 ? `; it turns orange while ${due === 1 ? 'one is' : `${due} are`} due to send.` : '.')}
      </p>
      {note && (
        <p
          class={note.error ? 'form-error' : 'notice notice-ok'}
          role={note.error ? 'alert' : 'status'}
          data-testid="outbox-note"
        >
          {note.text}
        </p>
      )}
      <ul class="outbox-list" data-testid="outbox-list">
        {items.map((item) => (
          <li key={item.id} class="outbox-item" data-testid="outbox-item" data-status={item.status}>
            <div class="outbox-where">
              <strong>{item.conversation.title || 'A conversation'}</strong>{' '}
              <span class="muted">· {HOST_NAMES[item.host]}</span>
            </div>
            <div class="outbox-text">{firstLine(item.text)}</div>
            <div class="outbox-when muted" data-testid="outbox-when">
              {item.status === 'due'
                ? `Due since ${formatWhen(item.sendAt, zone, t)}: open it to send`
                : `Due ${formatWhen(item.sendAt, zone, t)}`}
            </div>
            <div class="actions">
              <button
                type="button"
                class="btn btn-small"
                data-testid="outbox-open"
                disabled={busy !== null}
                onClick={() => void act(item, 'open')}
              >
                Open
              </button>
              <button
                type="button"
                class="btn btn-small btn-ghost"
                data-testid="outbox-cancel"
                disabled={busy !== null}
                onClick={() => void act(item, 'cancel')}
              >
                Cancel
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
