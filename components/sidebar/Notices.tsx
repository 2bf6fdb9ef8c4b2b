// Calm one-liners: the degraded state, focus mode, and the states with nothing to check.
import { isValidTimeZone } from '../../lib/schedule';
import { clockIn } from '../../lib/sidebar/format';
import { Icon } from './Icons';

export function ProblemNotice({ problem }: { problem: string }) {
  return (
    <p class="composure-notice composure-notice--problem" data-testid="problem" role="status">
      <Icon name="info" />
      <span>{problem}</span>
    </p>
  );
}

export function FocusLine({ until, nextCheck, zone }: { until: number; nextCheck?: string; zone: string }) {
  const time = clockIn(until, isValidTimeZone(zone) ? zone : 'UTC');
  return (
    <p class="composure-notice composure-notice--focus" data-testid="focus">
      <Icon name="focus" />
      <span>
        Focus until {time}
        {nextCheck ? ` · next check ${nextCheck}` : ''}
      </span>
    </p>
  );
}

export function QuietState({ pending, writing, language }: { pending: boolean; writing?: boolean; language?: boolean }) {
  if (language) {
    return (
      <div class="composure-quiet" data-testid="not-english" role="status">
        <p class="composure-quiet-title">Composure reads English only, for now</p>
        <p class="composure-muted">This draft looks like another language, so there is no score rather than a wrong one.</p>
      </div>
    );
  }
  if (writing) {
    return (
      <div class="composure-quiet" data-testid="quiet" role="status">
        <p class="composure-quiet-title">Keep writing</p>
        <p class="composure-muted">Composure reads your message once it has a first sentence.</p>
      </div>
    );
  }
  return (
    <div class="composure-quiet" data-testid={pending ? 'pending' : 'not-applicable'} role="status">
      {pending ? (
        <p>Reading your draft…</p>
      ) : (
        <>
          <p class="composure-quiet-title">Nothing to check — looks like a quick reply</p>
          <p class="composure-muted">Composure steps in when a message asks for something.</p>
        </>
      )}
    </div>
  );
}
