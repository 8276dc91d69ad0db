// Tables to import, whatever they came from (a workbook's sheets, a Word document's tables, a CSV):
// each one's heading row found below any titles, tables with the same headings grouped into one
// layout the officer maps once, and every chosen table built into one Tracker together.
import type { RagRating } from '../model/types';
import { buildTracker, type BuildOptions, type BuildResult, type SourceRecord } from './build';
import { findHeaderRow, guessColumnMapping, headingsKey, type ColumnMapping } from './mapping';
import { noMeetingColumn, recordsOf } from './rowsToTracker';

/** A table as read: a sheet ("2024-25") or a Word table ("Table 3"), every cell as text. */
export interface TableSource {
  name: string;
  rows: string[][];
  /** Each cell's RAG rating by fill colour, where the file colours cells (.xlsx). */
  fills?: Array<Array<RagRating | ''>>;
}

/** A table with its heading row found: the headings, and the rows below them. */
export interface PreparedTable {
  name: string;
  headers: string[];
  rows: string[][];
  fills?: Array<Array<RagRating | ''>>;
  /** The row number (1-based, as the sheet shows it) of rows[0]. */
  firstRowNumber: number;
}

/** Tables that share their headings, mapped once. */
export interface TableLayout {
  key: string;
  headers: string[];
  tables: PreparedTable[];
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The table below its heading row (null for a table with nothing in it); rows repeating the headings (after a page break) are left out. */
export function prepareTable(source: TableSource): PreparedTable | null {
  const header = findHeaderRow(source.rows);
  if (header < 0) return null;
  const width = Math.max(0, ...source.rows.map((r) => r.length));
  // Trailing columns with no heading and nothing in them are only the sheet's width.
  let used = width;
  while (used > 0 && source.rows.slice(header).every((r) => (r[used - 1] ?? '').trim() === '')) used--;
  const headers = Array.from({ length: used }, (_, i) => (source.rows[header]![i] ?? '').trim());
  // The headings again after a page break become blank rows, which are passed over, so row numbers stay the sheet's.
  const rows = source.rows
    .slice(header + 1)
    .map((row) => (headers.every((h, c) => same(row[c] ?? '', h)) ? headers.map(() => '') : Array.from({ length: used }, (_, c) => row[c] ?? '')));
  const prepared: PreparedTable = { name: source.name, headers, rows, firstRowNumber: header + 2 };
  if (source.fills) prepared.fills = source.fills.slice(header + 1);
  return prepared;
}

/** The tables grouped by their headings, in the order they first appear. */
export function groupLayouts(tables: ReadonlyArray<PreparedTable>): TableLayout[] {
  const layouts = new Map<string, TableLayout>();
  for (const table of tables) {
    const key = headingsKey(table.headers);
    const layout = layouts.get(key);
    if (layout) layout.tables.push(table);
    else layouts.set(key, { key, headers: table.headers, tables: [table] });
  }
  return [...layouts.values()];
}

/** The guess for a layout, from its headings and its first rows. */
export function guessLayoutMapping(layout: TableLayout): ColumnMapping {
  return guessColumnMapping(layout.headers, layout.tables.flatMap((t) => t.rows).slice(0, 20));
}

export interface TablesOptions extends BuildOptions {
  /** Each table's name is its committee (a workbook with one sheet per committee), for rows that name none. */
  tableNameIsCommittee?: boolean;
}

/**
 * Every table of every layout, built together with each layout's mapping (mappings[i] for
 * layouts[i]); a table's problems say which table they are in when there are several.
 */
export function buildFromLayouts(layouts: ReadonlyArray<TableLayout>, mappings: ReadonlyArray<ColumnMapping>, options: TablesOptions = {}): BuildResult {
  const count = layouts.reduce((n, l) => n + l.tables.length, 0);
  const records: SourceRecord[] = [];
  layouts.forEach((layout, i) => {
    const mapping = mappings[i] ?? guessLayoutMapping(layout);
    for (const table of layout.tables) {
      const part = recordsOf(table.rows, mapping, {
        firstRowNumber: table.firstRowNumber,
        headers: layout.headers,
        fills: table.fills,
        rowCommittee: options.tableNameIsCommittee && !mapping.includes('committee') ? table.name : undefined,
      });
      part.forEach((record) => {
        if (count > 1) {
          record.place = `${table.name}, row ${record.row}`;
          record.row = null;
        }
      });
      if (part[0]) part[0].startsTable = true;
      records.push(...part);
    }
  });
  const anyMeeting = mappings.some((m) => m.includes('meetingDate'));
  const built = buildTracker(records, options);
  return anyMeeting ? built : noMeetingColumn(built, []);
}
