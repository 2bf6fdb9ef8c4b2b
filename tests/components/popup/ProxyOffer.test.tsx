// @vitest-environment happy-dom
// The popup's offer for a proxied Slack or Teams tab: shown only there, asks on the user's click,
// reloads the tab once allowed, says so calmly when refused.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ProxyOffer } from '../../../components/popup/ProxyOffer';
import type { ProxyAccess } from '../../../components/popup/types';

afterEach(cleanup);

function access(offer: Awaited<ReturnType<ProxyAccess['offer']>>, answer = true) {
  const log: string[] = [];
  const a: ProxyAccess = {
    offer: async () => offer,
    allow: async (origin) => {
      log.push(`allow ${origin}`);
      return answer;
    },
    reload: () => log.push('reload'),
  };
  return { a, log };
}

describe('ProxyOffer', () => {
  it('offers nothing on an ordinary tab or where already granted', async () => {
    for (const offer of [
      null,
      { origin: 'https://app.slack.com.mcas.ms/*', host: 'app.slack.com.mcas.ms', granted: true },
    ]) {
      const { a } = access(offer);
      const { container } = render(<ProxyOffer access={a} />);
      await new Promise((r) => setTimeout(r, 10));
      expect(container.textContent).toBe('');
      cleanup();
    }
  });

  it('asks for exactly that host on click, then reloads the tab', async () => {
    const { a, log } = access({
      origin: 'https://teams.microsoft.com.mcas.ms/*',
      host: 'teams.microsoft.com.mcas.ms',
      granted: false,
    });
    render(<ProxyOffer access={a} />);
    const button = await screen.findByTestId('proxy-allow');
    expect(button.textContent).toBe('Allow on teams.microsoft.com.mcas.ms');
    expect(log).toEqual([]);
    fireEvent.click(button);
    await waitFor(() => expect(log).toEqual(['allow https://teams.microsoft.com.mcas.ms/*', 'reload']));
    await waitFor(() => expect(screen.queryByTestId('proxy-offer')).toBeNull());
  });

  it('says so when the browser refused, and can ask again', async () => {
    const { a, log } = access(
      { origin: 'https://app.slack.com.mcas.ms/*', host: 'app.slack.com.mcas.ms', granted: false },
      false,
    );
    render(<ProxyOffer access={a} />);
    fireEvent.click(await screen.findByTestId('proxy-allow'));
    expect((await screen.findByRole('status')).textContent).toMatch(/Not allowed/);
    expect(log).toEqual(['allow https://app.slack.com.mcas.ms/*']);
    expect(screen.getByTestId('proxy-allow')).toBeTruthy();
  });
});
