// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { StatsEvent } from '../../../lib/records/types';
import { MONDAY_9, world, type World } from './world';

afterEach(cleanup);
const DAY = 86_400_000;

async function record(w: World, events: StatsEvent[]) {
  for (const event of events) await w.client.request({ type: 'stats/record', event });
}

describe('Trends', () => {
  it('has a designed empty state when nothing was recorded', async () => {
    const w = await world();
    w.show('trends');
    expect(await screen.findByText('No trends yet')).toBeTruthy();
    expect(screen.getByText(/never message text/)).toBeTruthy();
    expect(document.querySelector('svg')).toBeNull();
  });

  it('draws score, volume, missing parts and urgency mix as SVG from daily aggregates', async () => {
    const w = await world();
    w.clock.now = MONDAY_9 - 2 * DAY;
    await record(w, [
      { kind: 'message', score: 40, missing: ['deadline', 'owner'], urgency: 'normal' },
      { kind: 'message', score: 60, missing: ['deadline'], urgency: 'same-day' },
    ]);
    w.clock.now = MONDAY_9;
    await record(w, [
      { kind: 'message', score: 90, missing: [], urgency: 'urgent' },
      { kind: 'message', score: null, missing: ['evidence', 'deadline'], urgency: 'fyi' },
      { kind: 'send-scheduled', movedIntoHours: true },
      { kind: 'send-scheduled', movedIntoHours: false },
    ]);
    w.show('trends');

    expect((await screen.findByTestId('trend-messages')).textContent).toBe('4');
    expect(screen.getByTestId('trend-average').textContent).toBe('63'); // (40 + 60 + 90) / 3
    expect(screen.getByTestId('trend-moved').textContent).toBe('1/2');

    const score = screen.getByTestId('chart-score');
    expect(score.tagName.toLowerCase()).toBe('svg');
    expect(score.getAttribute('role')).toBe('img');
    expect(score.getAttribute('aria-label')).toBe('Average score from 50 on Feb 28 to 90 on Mar 2');
    // Two scored days with an unscored day between: two points, no line across the gap.
    expect(score.querySelectorAll('circle')).toHaveLength(2);
    expect(score.querySelectorAll('polyline')).toHaveLength(0);

    const bars = screen.getByTestId('chart-messages').querySelectorAll('rect.bar');
    expect(bars).toHaveLength(30);
    expect([...bars].slice(-3).map((b) => b.textContent)).toEqual(['Feb 28: 2', 'Mar 1: 0', 'Mar 2: 2']);

    const missing = screen.getByTestId('chart-missing');
    expect(missing.getAttribute('aria-label')).toBe('Most often missing: Deadline 3 times, Owner 1 times, Evidence 1 times');
    expect(within(missing as unknown as HTMLElement).getByText('3 · 75%')).toBeTruthy();

    const urgency = screen.getByTestId('chart-urgency');
    expect(urgency.getAttribute('aria-label')).toBe('Urgency mix: Urgent 25%, Same day 25%, Normal 25%, FYI 25%');
    expect(urgency.querySelectorAll('rect[class^="seg-"]')).toHaveLength(4);
  });

  it('joins consecutive scored days with a line, and changes the period on request', async () => {
    const w = await world();
    for (const [offset, score] of [[-1, 50], [0, 70]] as const) {
      w.clock.now = MONDAY_9 + offset * DAY;
      await record(w, [{ kind: 'message', score, missing: [], urgency: 'normal' }]);
    }
    w.show('trends');
    const score = await screen.findByTestId('chart-score');
    expect(score.querySelectorAll('polyline')).toHaveLength(1);
    expect(screen.queryByTestId('chart-missing')).toBeNull();
    expect(screen.getByText('Nothing was missing. Every message had what it needed.')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('7 days'));
    await waitFor(() => expect(screen.getByTestId('chart-messages').querySelectorAll('rect.bar')).toHaveLength(7));
    expect(w.sent('stats/get').map((c) => c.days)).toEqual([30, 7]);
  });
});
