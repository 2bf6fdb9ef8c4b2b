// The compose assistant: a DOM-free controller over a HostAdapter and the protocol Client.
export { ANALYSIS_UNAVAILABLE } from './analysis';
export { ANALYSIS_DEBOUNCE_MS, TICK_MS, createAssistant, type Assistant } from './controller';
export { placeUi, sideOfPoint, sideOrder, SIDES, type Box, type Placement, type PlaceInput, type Side, type Spot } from './placement';
export type { AssistantDeps, AssistantState, FocusView, Timers } from './types';
