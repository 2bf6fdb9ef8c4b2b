import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import '../../components/popup/popup.css';
import '../../components/popup/sections.css';
import { createClient } from '../../lib/protocol/client';

// Thin by design: the popup's world is the protocol client and the clock.
render(<Popup client={createClient()} now={Date.now} />, document.getElementById('app')!);
