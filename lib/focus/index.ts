// Focus mode, pure: batch checks, the focus banner and expectation line, and scheduled blocks.
export { nextCheck, nextCheckAt, windowMinutes, type CheckTime } from './next-check';
export { clockFrom, focusBannerText, focusExpectationLine } from './banner';
export { nextOccurrence } from './until';
export { BLOCK_HORIZON, blockHours, blockIntervals, blockSchedule, describeBlock, describeDays, type BlockSchedule } from './blocks';
