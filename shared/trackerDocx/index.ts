// Trackers kept in Word (the appendix, the schedule and the responses tracker) read back into data.
export { readTrackerDocx, MEETING_ABOVE_HEADING, committeeFromTitle, dateHeading, shareResponses, type TrackerDocxFormat, type TrackerDocxOptions, type TrackerDocxResult } from './readTrackerDocx';
export { splitEntries, splitLabel, type Entry } from './entries';
