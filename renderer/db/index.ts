// The database module's public face: the rest of the renderer imports from here only.
export { TrackerDb, getDb } from './database';
export { DB_NAME, SCHEMA_VERSIONS, type AgendaItemRow, type BinEntry, type RecommendationRow } from './schema';
export { TrackerError, describeError } from './errors';
export { fromRow } from './derive';
export { createCommittee, updateCommittee } from './committees';
export { createMeeting, setReceivedDateForMeeting, updateMeeting } from './meetings';
export { createItem, updateItem } from './items';
export {
  EDITABLE_FIELDS,
  addProgressUpdate,
  createRecommendation,
  deleteProgressUpdate,
  historyFor,
  updateRecommendation,
  type EditableField,
  type RecommendationChanges,
} from './recommendations';
export { deleteToBin, emptyBin, listBin, restoreFromBin, type DeleteTarget } from './bin';
export { importTracker, type ImportOptions, type ImportSummary } from './importTracker';
export { SORTS, firstRecommendationIds, loadRows, loadWindow, queryRecommendationIds, type RecommendationFilter, type SortOrder, type WindowData } from './queries';
export { OPENING_ROWS, openingScreen } from './openingScreen';
export { preparedSearch, type PreparedSearch, type SearchProgress } from './preparedSearch';
export { addRecommendationWithParents, type QuickAddInput } from './quickAdd';
export { EXPORT_DOCUMENTS, type ExportDocument, type ExportRecord } from './schema';
export { listExports, nextVersion, recordExport, type NewExportRecord } from './exportsLog';
export { loadTracker, type LoadScope } from './loadTracker';
export { getSetting, getSettings, setSetting, setSettings, type SettingCheck } from './settings';
export {
  chasesFor,
  chasesForMany,
  closeNotPursued,
  loadChaseCandidates,
  logChases,
  removeChases,
  setFieldsOfMany,
  type ChaseCandidate,
  type FieldChanges,
  type NotPursuedResult,
} from './chases';
export {
  CHASING_SETTINGS_KEY,
  LAST_SUMMARY_KEY,
  getLastSummaryDate,
  loadChasingSettings,
  saveChasingSettings,
  setLastSummaryDate,
  watchChasingSettings,
  type LoadedChasingSettings,
} from './chasingSettings';
export { isQuotaError } from './errors';
export { LATEST_SCHEMA_VERSION, MACHINE_SETTING_PREFIX, backupBeforeUpgrade, backupText, dumpDatabase, replaceDatabase, storedSchemaVersion } from './backup';
export { importMinutes, trackerForMeetingDate, type MinutesImportRequest, type MinutesImportResult, type ReviewedResolution } from './importMinutes';
