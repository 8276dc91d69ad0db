// Spreadsheet trackers in and out: CSV reading and writing, dates as councils type them, the column mapping and the rows-to-tracker builder.
export { parseCsv, sniffDelimiter, toCsv, neutraliseFormula, restoreFormulaText, type CsvDelimiter } from './csv';
export { findCouncilDate, findMonthOfHeading, parseCouncilDate, type DateOrder, type FoundDate } from './dates';
export { COLUMN_FIELDS, COLUMN_FIELD_LABELS, JOINED_FIELDS, findHeaderRow, guessColumnMapping, guessFromHeading, headingsKey, type ColumnField, type ColumnMapping } from './mapping';
export { buildTracker, cleanLabel, type BuildOptions, type BuildResult, type ImportProblem, type RecordField, type RecordValues, type SourceRecord } from './build';
export { rowsToTracker, recordsOf, type RowsOptions } from './rowsToTracker';
export { buildFromLayouts, groupLayouts, guessLayoutMapping, prepareTable, type PreparedTable, type TableLayout, type TableSource, type TablesOptions } from './tables';
export { ragFromColour, readCompleted, readOutcome, readRag, readStatus } from './values';
