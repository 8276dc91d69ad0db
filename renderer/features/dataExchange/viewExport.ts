// Exports what the table shows (the current filters and order) to CSV or Excel, and the whole
// tracker to the interchange JSON. Every text cell is neutralised so no spreadsheet runs it as a formula.
import {
  ADDRESSEE_LABELS,
  RAG_LABELS,
  STATUS_LABELS,
  formatLongDate,
  neutraliseFormula,
  todayIso,
  toCsv,
  writeInterchange,
  type Committee,
  type Meeting,
} from '../../../shared/index';
import { loadRows, loadTracker, queryRecommendationIds, type AgendaItemRow, type RecommendationFilter, type RecommendationRow, type SortOrder, type TrackerDb } from '../../db/index';
import type { SaveRequest } from '../../platform/index';
import { writeXlsx, type XlsxColumn } from './excel';

/** The columns of the view's export, with the width each gets in Excel (in characters). */
export const VIEW_COLUMNS: readonly XlsxColumn[] = [
  { header: 'Committee', width: 28 },
  { header: 'Meeting date', width: 18 },
  { header: 'Item number', width: 8 },
  { header: 'Item', width: 32 },
  { header: 'Rec.', width: 6 },
  { header: 'Recommendation', width: 60 },
  { header: 'Addressed to', width: 20 },
  { header: 'Outcome', width: 18 },
  { header: 'Response', width: 50 },
  { header: 'Response date', width: 18 },
  { header: 'Action', width: 40 },
  { header: 'Status', width: 18 },
  { header: 'RAG', width: 10 },
  { header: 'Target date', width: 18 },
  { header: 'Lead officer', width: 22 },
  { header: 'Directorate', width: 22 },
  { header: 'Origin', width: 24 },
  { header: 'Priority', width: 10 },
  { header: 'Notes', width: 40 },
];

export const CSV_MIME = 'text/csv';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const JSON_MIME = 'application/json';

function addressedTo(r: RecommendationRow): string {
  const label = ADDRESSEE_LABELS[r.addressee] ?? r.addressee;
  return r.addresseeName.trim() === '' ? label : `${label}: ${r.addresseeName.trim()}`;
}

/** The view's rows, in the table's order, one cell per column of VIEW_COLUMNS (not yet neutralised). */
export async function loadViewRows(db: TrackerDb, filter: RecommendationFilter, sort: SortOrder): Promise<string[][]> {
  const recs = await loadRows(db, await queryRecommendationIds(db, filter, sort));
  const unique = (ids: string[]) => [...new Set(ids)];
  const [items, meetings, committees] = await Promise.all([
    db.items.bulkGet(unique(recs.map((r) => r.itemId))),
    db.meetings.bulkGet(unique(recs.map((r) => r.meetingId))),
    db.committees.bulkGet(unique(recs.map((r) => r.committeeId))),
  ]);
  const byId = <T extends { id: string }>(list: Array<T | undefined>) => new Map(list.filter((x): x is T => x !== undefined).map((x) => [x.id, x]));
  const itemById = byId<AgendaItemRow>(items);
  const meetingById = byId<Meeting>(meetings);
  const committeeById = byId<Committee>(committees);
  return recs.map((r) => {
    const item = itemById.get(r.itemId);
    return [
      committeeById.get(r.committeeId)?.name ?? '',
      formatLongDate(meetingById.get(r.meetingId)?.date ?? ''),
      item?.number ?? '',
      item?.title ?? '',
      r.label,
      r.text,
      addressedTo(r),
      r.responseOutcome,
      r.responseText,
      formatLongDate(r.responseDate),
      r.action,
      STATUS_LABELS[r.status] ?? r.status,
      r.rag === '' ? '' : RAG_LABELS[r.rag],
      formatLongDate(r.targetDate),
      r.leadOfficer,
      r.directorate,
      r.origin ?? '',
      r.priority ?? '',
      r.notes,
    ];
  });
}

/** Neutralises every cell, so "=SUM(" in a recommendation reaches the spreadsheet as text. */
export function safeCells(rows: ReadonlyArray<ReadonlyArray<string>>): string[][] {
  return rows.map((row) => row.map(neutraliseFormula));
}

/** The view as CSV text with a byte-order mark, without which Excel reads UTF-8 as the old Windows code page. */
export function viewCsv(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  return `\ufeff${toCsv([VIEW_COLUMNS.map((c) => c.header), ...safeCells(rows)])}`;
}

/** "Children and Young People Scrutiny Committee recommendations 22 November 2026.csv". */
export function viewFileName(committeeName: string, extension: 'csv' | 'xlsx', today = todayIso()): string {
  return `${committeeName === '' ? 'Scrutiny' : committeeName} recommendations ${formatLongDate(today)}.${extension}`;
}

export type ViewFormat = 'csv' | 'xlsx';

/** Builds the view's file; the caller saves it. Throws a plain-English Error when the view is empty. */
export async function buildViewExport(db: TrackerDb, filter: RecommendationFilter, sort: SortOrder, format: ViewFormat): Promise<{ request: SaveRequest; count: number }> {
  const rows = await loadViewRows(db, filter, sort);
  if (rows.length === 0) throw new Error('There are no recommendations in the view to export. Clear the filters, or choose another committee.');
  const committee = filter.committeeId ? ((await db.committees.get(filter.committeeId))?.name ?? '') : '';
  if (format === 'csv') {
    return { request: { suggestedName: viewFileName(committee, 'csv'), data: viewCsv(rows), mimeType: CSV_MIME, filters: [{ name: 'CSV file', extensions: ['csv'] }] }, count: rows.length };
  }
  const data = await writeXlsx('Recommendations', VIEW_COLUMNS, safeCells(rows));
  return { request: { suggestedName: viewFileName(committee, 'xlsx'), data, mimeType: XLSX_MIME, filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }] }, count: rows.length };
}

/** The whole tracker as interchange JSON, every committee in it. */
export async function buildInterchangeExport(db: TrackerDb): Promise<{ request: SaveRequest; count: number }> {
  const tracker = await loadTracker(db);
  if (tracker.committees.length === 0) throw new Error('The tracker is empty: there is nothing to export.');
  const name = tracker.committees.length === 1 ? tracker.committees[0]!.name : 'Scrutiny tracker';
  const json = writeInterchange(tracker, `${name}, exported ${formatLongDate(todayIso())}`);
  return {
    request: { suggestedName: `${name} ${formatLongDate(todayIso())}.json`, data: `${JSON.stringify(json, null, 2)}\n`, mimeType: JSON_MIME, filters: [{ name: 'Tracker file (interchange JSON)', extensions: ['json'] }] },
    count: tracker.recommendations.length,
  };
}
