// Chasing executive responses, the public face: the clock's states, the board, chase letters and emails, stale recommendations and the annual figures.
export { CHASE_LEVELS, CHASE_LEVEL_LABELS, CHASE_METHODS, CHASE_METHOD_LABELS, chaseHistoryLine, newChaseRecords } from './types';
export type { ChaseDetails, ChaseLevel, ChaseMethod, ChaseRecord } from './types';
export {
  DEFAULT_CHASING_SETTINGS,
  TEMPLATE_PLACEHOLDERS,
  checkDeadlineRule,
  deadlineAdjective,
  deadlineInWords,
  fillTemplate,
  resolveChasingSettings,
  unknownPlaceholders,
} from './settings';
export type { ChaseTemplate, ChasingSettings } from './settings';
export { ANSWERED_OUTCOMES, RESPONSE_STATES, isAnswered, owesResponseUnderRule, responseState, responseTiming } from './state';
export type { ClockFields, ClockSettings, ResponseState, ResponseStateName, ResponseTiming, ResponseTone } from './state';
export { BOARD_STATES, awaitingBoard, compareBoardRows, responseOwner } from './board';
export type { AwaitingBoard, BoardGroup, BoardInput, BoardRow, BoardState, OwnerSource, ResponseOwner } from './board';
export { recommendationRows } from './rows';
export type { RecommendationRow } from './rows';
export { VAGUE_WORD_LIMIT, isVagueResponse, responseSpecifics } from './vague';
export type { ResponseSpecifics } from './vague';
export { closeAllAsNotPursued, closeAsNotPursued, staleWithoutResponse } from './notPursued';
export type { NotPursuedChanges } from './notPursued';
export { municipalYear, scrutinyStatistics } from './statistics';
export type { MunicipalYear, ScrutinyStatistics, StatisticsRow, StatisticsScope } from './statistics';
export { csvCell, statisticsCsv, statisticsLines, statisticsSummary } from './statisticsExport';
export type { StatisticsLine } from './statisticsExport';
export { buildStatisticsDocx } from './statisticsDocx';
export type { StatisticsDocxOptions } from './statisticsDocx';
export { CHASE_LETTER_COLUMNS, buildChaseLetterDocx } from './letter';
export type { ChaseLetterInput, ChaseLetterRow } from './letter';
export { buildChaseEml, chaseEmailText } from './email';
export type { ChaseEmailTextInput, ChaseEmlInput } from './email';
export { draftChase, suggestChaseLevel } from './compose';
export type { ChaseDraft, ChaseDraftInput } from './compose';
