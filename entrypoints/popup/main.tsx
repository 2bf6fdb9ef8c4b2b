import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import '../../components/popup/popup.css';
import '../../components/popup/sections.css';
import { countNetworkRequests } from '../../lib/privacy/requests';
import { activeTabUrl, proxyOfferFor, requestProxyOrigin } from '../../lib/platform/proxy-hosts';
import { runtimeClient } from '../../lib/platform/runtime-client';
import { browser } from 'wxt/browser';

// Thin by design: the popup's world is the protocol client and the clock, and its own request count.
const requests = countNetworkRequests();
const proxy = {
  offer: async () => proxyOfferFor(await activeTabUrl()),
  allow: (origin: string) => requestProxyOrigin(origin),
  reload: () => void browser.tabs.reload().catch(() => undefined),
};
render(
  <Popup client={runtimeClient()} now={Date.now} ownRequests={requests.read} proxy={proxy} />,
  document.getElementById('app')!,
);
