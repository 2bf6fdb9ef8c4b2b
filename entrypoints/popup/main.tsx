import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import '../../components/popup/popup.css';
import '../../components/popup/sections.css';
import { countNetworkRequests } from '../../lib/privacy/requests';
import { runtimeClient } from '../../lib/platform/runtime-client';

// Thin by design: the popup's world is the protocol client and the clock, and its own request count.
const requests = countNetworkRequests();
render(<Popup client={runtimeClient()} now={Date.now} ownRequests={requests.read} />, document.getElementById('app')!);
