// A spreadsheet's or Word table's rows and the officer's column mapping, into a Tracker.
import { buildTracker, type BuildOptions, type BuildResult, type RecordValues, type SourceRecord } from './build';
import { restoreFormulaText } from './csv';
import { JOINED_FIELDS, type ColumnMapping } from './mapping';
import type { RagRating } from '../model/types';

/** A heading that is itself the notes ("Notes", "Comments"), whose words need no heading before them. */
const NOTES_HEADING = /^\s*(?:notes?|comments?|remarks?|other comments|further comments)\s*:?\s*$/i;

export interface RowsOptions extends BuildOptions {
  /** The sheet's row number of rows[0], for the problems; 2 when the headings are row 1. */
  firstRowNumber?: number;
  /** The headings, so that columns kept in the notes keep their names ("Comments: …"). */
  headers?: ReadonlyArray<string>;
  /** Each row's cells' RAG rating by fill colour (from an .xlsx), read where no words give one. */
  fills?: ReadonlyArray<ReadonlyArray<RagRating | ''>>;
  /** Put before each row's problems ("Sheet 2024-25, row 4"); '' or absent where the row number says it. */
  place?: string;
  /** The committee of every row that names none, before options.committeeName (a sheet named after its committee). */
  rowCommittee?: string;
}

/**
 * `rows` are the data rows (headings left out), `mapping` the field of each column. A blank
 * meeting, committee or item cell continues the one above, as councils' sheets leave them; a row
 * with no recommendation text is left out and reported; outcomes, statuses and dates the tracker
 * cannot read are reported with their row and kept in the recommendation's notes. A column kept in
 * the notes is written under its heading unless the heading is itself a notes heading and the only
 * one. Each progress update column's cell becomes a progress update. A cell the app's own export
 * neutralised ("'=SUM(") comes back as it was typed.
 */
export function rowsToTracker(rows: ReadonlyArray<ReadonlyArray<string>>, mapping: ColumnMapping, options: RowsOptions = {}): BuildResult {
  return noMeetingColumn(buildTracker(recordsOf(rows, mapping, options), options), mapping);
}

/** The records rowsToTracker builds from, for callers that gather several tables before building. */
export function recordsOf(rows: ReadonlyArray<ReadonlyArray<string>>, mapping: ColumnMapping, options: RowsOptions = {}): SourceRecord[] {
  const first = options.firstRowNumber ?? 2;
  const notesColumns = mapping.filter((f) => f === 'notes').length;
  const heading = (column: number) => options.headers?.[column]?.trim() ?? '';
  const ragColumns = mapping.flatMap((f, c) => (f === 'rag' || f === 'status' || f === 'completed' ? [c] : []));
  return rows.map((row, index) => {
    const values: RecordValues = {};
    const updates: Array<{ text: string; heading: string }> = [];
    mapping.forEach((field, column) => {
      if (field === 'ignore') return;
      let value = restoreFormulaText((row[column] ?? '').trim());
      if (value === '') return;
      if (field === 'progressUpdate') {
        updates.push({ text: value, heading: heading(column) });
        return;
      }
      const named = heading(column) !== '' && (notesColumns > 1 || !NOTES_HEADING.test(heading(column)));
      if (field === 'notes' && named) value = `${heading(column)}: ${value}`;
      const before = values[field];
      // Fields one column gives keep the first; words several columns share are joined, one per line.
      if (before === undefined) values[field] = value;
      else if (JOINED_FIELDS.has(field)) values[field] = `${before}\n${value}`;
    });
    if (options.rowCommittee && values.committee === undefined) values.committee = options.rowCommittee;
    const fill = ragColumns.map((c) => options.fills?.[index]?.[c] ?? '').find((f) => f !== '');
    const record: SourceRecord = { row: first + index, place: options.place ?? '', values };
    if (updates.length > 0) record.updates = updates;
    if (fill) record.fill = fill;
    return record;
  });
}

/** One message for the file when no column gives the meeting date, in place of one on every row. */
export function noMeetingColumn(result: BuildResult, mapping: ColumnMapping): BuildResult {
  if (mapping.includes('meetingDate') || result.tracker.recommendations.length === 0) return result;
  return {
    ...result,
    problems: [
      { row: null, message: 'No column is the meeting date, so the recommendations are put under a meeting with no date.' },
      ...result.problems.filter((p) => !p.message.includes('no meeting date here')),
    ],
  };
}
