// privacy/requests: how many network requests the background worker has made (Resource Timing of
// the worker itself). The popup adds its own count; content scripts are watched by the e2e test.
import { countNetworkRequests, type RequestCounter } from '../privacy/requests';
import type { Handlers } from './context';

/** privacy/requests over `counter`. */
export function createPrivacyHandlers(counter: () => RequestCounter): Handlers<'privacy/requests'> {
  return {
    async 'privacy/requests'() {
      const { count, urls } = counter().read();
      return { background: count, urls };
    },
  };
}

let started: RequestCounter | null = null;

/** The worker's counter, started when the background loads this module (the buffer holds earlier entries). */
export function backgroundCounter(): RequestCounter {
  return (started ??= countNetworkRequests());
}

backgroundCounter();

export const privacyHandlers = createPrivacyHandlers(backgroundCounter);
