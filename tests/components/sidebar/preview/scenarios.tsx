// Browser entry for screenshot.mjs: renders several sidebar states side by side (not a test).
import { render } from 'preact';
import { Sidebar } from '../../../../components/sidebar/Sidebar';
import type { SidebarProps } from '../../../../components/sidebar/types';
import { colleague, MON_0900_UTC } from '../people';
import { BLOCKER, scenario } from '../scenario';

const query = new URLSearchParams(location.search);
const theme = (query.get('theme') ?? 'light') as 'light' | 'dark';
/** Callback log read by screenshot.mjs's real-keyboard check. */
const calls: unknown[][] = [];
(window as unknown as { composureCalls: unknown[][] }).composureCalls = calls;
const log = (name: string) => (...args: unknown[]) => void calls.push([name, ...args]);
const logged = {
  onInsert: log('insert'),
  onUrgencyChange: log('urgency'),
  onSchedule: log('schedule'),
  onAddPerson: log('add'),
  onRecordAway: log('record-away'),
  onToggleCollapsed: log('toggle'),
};
const kim = { name: 'Kim Lee', handle: 'kim' };
const sam = colleague('sam', 'Sam Okafor', 'Australia/Sydney');

const states: Array<[string, SidebarProps]> = [
  ['Blocker, scheduled', scenario({ unknown: [kim] }, { theme, scheduleStatus: { state: 'outbox', message: 'Saved to the Composure outbox for Mon 00:00' } })],
  ['Vague, send now', scenario({ draft: 'URGENT: thoughts on the new logo?', now: MON_0900_UTC, people: [sam] }, { theme, focus: { until: MON_0900_UTC + 50 * 60_000, nextCheck: '13:00' } })],
  ['Quick reply', scenario({ draft: 'thanks!' }, { theme })],
  ['Problem', scenario({ draft: 'Can you review the pricing page copy?' }, { theme, problem: "Composure can't find Slack's message box (selector message_input failed).", sendTime: null })],
  ['Collapsed', scenario({ draft: BLOCKER }, { theme, collapsed: true })],
];

const root = document.getElementById('root')!;
if (query.get('mode') === 'keyboard') {
  render(<Sidebar {...scenario({ unknown: [kim] }, { theme })} {...logged} />, root);
} else {
render(
  <>
    {states.map(([title, props]) => (
      <div class="frame" key={title}>
        <h3>{title}</h3>
        <Sidebar {...props} />
      </div>
    ))}
  </>,
  root,
);
}
// Open the first present part and the reasons so the screenshot shows the highlight and list.
if (query.get('mode') !== 'keyboard') {
(root.querySelector('[data-testid="show-evidence"]') as HTMLElement | null)?.click();
(root.querySelector('[data-testid="send-reasons-toggle"]') as HTMLElement | null)?.click();
}
