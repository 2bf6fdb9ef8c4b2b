// The compose assistant: a DOM-free controller over a HostAdapter and the protocol Client.
export { ANALYSIS_UNAVAILABLE } from './analysis';
export { ANALYSIS_DEBOUNCE_MS, TICK_MS, createAssistant, type Assistant } from './controller';
export { placeBeside, type Box, type Placement } from './placement';
export type { AssistantDeps, AssistantState, FocusView, Timers } from './types';
