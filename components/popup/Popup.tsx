// The toolbar popup: seven sections behind a keyboard-friendly tab list, all through the protocol client.
import { useState } from 'preact/hooks';
import { FocusSection } from './focus/FocusSection';
import { MeSection } from './MeSection';
import { NormsSection } from './NormsSection';
import { OutboxSection } from './outbox/OutboxSection';
import { PrivacySection } from './privacy/PrivacySection';
import { ProxyOffer } from './ProxyOffer';
import { SitesStrip } from './sites/SitesStrip';
import { Tabs, panelDomId, tabDomId, type TabDef } from './Tabs';
import { TeamSection } from './team/TeamSection';
import { TrendsSection } from './trends/TrendsSection';
import type { PopupProps, TabId } from './types';

export const TABS: readonly TabDef[] = [
  { id: 'me', label: 'Me' },
  { id: 'team', label: 'Team' },
  { id: 'norms', label: 'Norms' },
  { id: 'focus', label: 'Focus' },
  { id: 'outbox', label: 'Outbox' },
  { id: 'trends', label: 'Trends' },
  { id: 'privacy', label: 'Privacy' },
];

/** The popup root. */
export function Popup({ client, now, initialTab = 'focus', ownRequests, proxy }: PopupProps) {
  const [tab, setTab] = useState<TabId>(initialTab);
  const props = { client, now };
  return (
    <div class="popup">
      <header class="popup-header">
        <span class="logo" aria-hidden="true" />
        <h1>Composure</h1>
        <span class="local-only" title="Nothing leaves this machine">Local only</span>
      </header>
      {proxy && <ProxyOffer access={proxy} />}
      <SitesStrip {...props} />
      <Tabs tabs={TABS} active={tab} onSelect={setTab} />
      <main class="panel" role="tabpanel" id={panelDomId(tab)} aria-labelledby={tabDomId(tab)} tabIndex={0} key={tab}>
        {tab === 'me' && <MeSection {...props} />}
        {tab === 'team' && <TeamSection {...props} />}
        {tab === 'norms' && <NormsSection {...props} />}
        {tab === 'focus' && <FocusSection {...props} />}
        {tab === 'outbox' && <OutboxSection {...props} />}
        {tab === 'trends' && <TrendsSection {...props} />}
        {tab === 'privacy' && <PrivacySection {...props} ownRequests={ownRequests} />}
      </main>
    </div>
  );
}
