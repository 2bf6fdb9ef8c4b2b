// Trigger scanning, the one export the engine uses: a language's trigger index (loaded from the data
// `npm run triggers` builds with ./build.ts) and the scan that matches a rule table over a whole message
// by running only the alternatives whose words occur in it. See scan.ts and README.md.
export type { IndexData } from './data';
export { scan } from './scan';
export type { ScanState, Scanner } from './types';
export { TriggerIndex } from './trigger-index';
