// The compose assistant: a DOM-free controller over a HostAdapter and the protocol Client.
export { ANALYSIS_UNAVAILABLE } from './analysis';
export { createAssistant, type Assistant } from './controller';
export { ANALYSIS_DEBOUNCE_MS } from './pipeline';
export { placeUi, sideOfPoint, type Box, type Placement, type Side, type Spot } from './placement';
export type { AssistantState } from './types';
