import { defineContentScript } from 'wxt/utils/define-content-script';
import { HOST_MATCHES } from '../../lib/hosts/matches';

export default defineContentScript({
  matches: HOST_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  main() {},
});
