// A spreadsheet's rows (CSV or the first sheet of an .xlsx) and the officer's column mapping, into a Tracker.
import { buildTracker, type BuildOptions, type BuildResult, type RecordValues, type SourceRecord } from './build';
import { restoreFormulaText } from './csv';
import { JOINED_FIELDS, type ColumnMapping } from './mapping';

export interface RowsOptions extends BuildOptions {
  /** The sheet's row number of rows[0], for the problems; 2 when the headings are row 1. */
  firstRowNumber?: number;
  /** The headings, so that several columns sent to the notes keep their names ("Comments: …"). */
  headers?: ReadonlyArray<string>;
}

/**
 * `rows` are the data rows (headings left out), `mapping` the field of each column. A blank
 * meeting, committee or item cell continues the one above, as councils' sheets leave them; a row
 * with no recommendation text is left out and reported; outcomes, statuses and dates the tracker
 * cannot read are reported with their row and kept in the recommendation's notes. A cell the
 * app's own export neutralised ("'=SUM(") comes back as it was typed.
 */
export function rowsToTracker(rows: ReadonlyArray<ReadonlyArray<string>>, mapping: ColumnMapping, options: RowsOptions = {}): BuildResult {
  const first = options.firstRowNumber ?? 2;
  const notesColumns = mapping.filter((f) => f === 'notes').length;
  const records: SourceRecord[] = rows.map((row, index) => {
    const values: RecordValues = {};
    mapping.forEach((field, column) => {
      if (field === 'ignore') return;
      let value = restoreFormulaText((row[column] ?? '').trim());
      if (value === '') return;
      const header = options.headers?.[column]?.trim() ?? '';
      if (field === 'notes' && notesColumns > 1 && header !== '') value = `${header}: ${value}`;
      const before = values[field];
      // Fields one column gives keep the first; words several columns share are joined, one per line.
      if (before === undefined) values[field] = value;
      else if (JOINED_FIELDS.has(field)) values[field] = `${before}\n${value}`;
    });
    return { row: first + index, place: '', values };
  });
  const anyMeeting = mapping.includes('meetingDate');
  const result = buildTracker(records, options);
  if (!anyMeeting && result.tracker.recommendations.length > 0) {
    // One message for the file rather than one on every row.
    result.problems = [
      { row: null, message: 'No column is the meeting date, so the recommendations are put under a meeting with no date.' },
      ...result.problems.filter((p) => !p.message.startsWith('no meeting date here')),
    ];
  }
  return result;
}
