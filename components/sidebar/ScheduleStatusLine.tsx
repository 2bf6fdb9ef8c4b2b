// Where the scheduled message went: the host's own scheduler, our outbox, or why it failed.
import { Icon } from './Icons';
import type { ScheduleStatus } from './types';

export function ScheduleStatusLine({ status }: { status: ScheduleStatus }) {
  if (status.state === 'idle' && !status.message) return null;
  const icon = status.state === 'error' ? 'warn' : status.state === 'working' ? 'clock' : status.state === 'idle' ? 'info' : 'check';
  return (
    <p
      class={`composure-status composure-status--${status.state}`}
      data-testid="schedule-status"
      data-state={status.state}
      role={status.state === 'error' ? 'alert' : 'status'}
    >
      {status.state === 'working' ? <span class="composure-spinner" aria-hidden="true" /> : <Icon name={icon} />}
      <span>{status.message}</span>
    </p>
  );
}
