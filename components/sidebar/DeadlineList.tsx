// Relative deadlines in the draft, read on every recipient's clock.
import type { ResolvedDeadline } from '../../lib/schedule';
import { Icon } from './Icons';

export function DeadlineList({ deadlines }: { deadlines: ResolvedDeadline[] }) {
  return (
    <ul class="composure-deadlines" role="list" aria-label="Deadlines in your draft">
      {deadlines.map((d) => {
        const outside = d.perRecipient.filter((r) => r.outsideHours);
        return (
          <li key={`${d.span[0]}-${d.span[1]}`} class="composure-deadline" data-testid="deadline" data-outside={String(outside.length > 0)}>
            <Icon name={outside.length ? 'warn' : 'clock'} class={outside.length ? 'composure-warning-icon' : 'composure-muted-icon'} />
            <div>
              <div class="composure-quote">“{d.phrase}”</div>
              <div class="composure-deadline-summary">{d.summary}</div>
              {outside.length > 0 && (
                <div class="composure-deadline-outside">
                  Outside hours for {outside.map((r) => `${r.name}${r.outOfOffice ? ' (out of office)' : ''}`).join(', ')}
                </div>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
