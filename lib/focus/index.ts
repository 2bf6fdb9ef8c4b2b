// Focus mode, pure: batch checks, the focus banner and expectation line, and scheduled blocks.
export { nextCheck, nextCheckAt, windowMinutes } from './next-check';
export { clockFrom, focusBannerText, focusExpectationLine } from './banner';
export { nextOccurrence } from './until';
export { blockHours, blockIntervals, blockSchedule, describeBlock, describeDays } from './blocks';
