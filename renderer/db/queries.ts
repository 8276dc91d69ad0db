// The table's questions to the database: which recommendations match the filters, in which order
// (from the prepared search index, or for the first screen from IndexedDB's indexes). Rows
// themselves are read a screenful at a time (see loadRows).
import { queryPrefixes, type Addressee, type Committee, type ImplementationStatus, type Meeting, type Outcome } from '../../shared/index';
import type { TrackerDb } from './database';
import { preparedSearch } from './preparedSearch';
import type { AgendaItemRow, RecommendationRow } from './schema';

export interface RecommendationFilter {
  committeeId?: string;
  /** Meeting dates, inclusive. */
  from?: string;
  to?: string;
  outcomes?: (Outcome | '')[];
  statuses?: ImplementationStatus[];
  addressees?: Addressee[];
  text?: string;
}

export const SORTS = ['meeting', 'meeting-desc', 'outcome', 'status', 'target', 'updated'] as const;
export type SortOrder = (typeof SORTS)[number];

const LAST = '\uffff';

/**
 * Ids of the matching recommendations, in display order, from the prepared search index (built on
 * first use by reading every recommendation once; see preparedSearch.ts). Typed words match the
 * start of any word of the text, response, action or notes.
 */
export async function queryRecommendationIds(db: TrackerDb, filter: RecommendationFilter, sort: SortOrder = 'meeting'): Promise<string[]> {
  return (await preparedSearch(db).ready()).query(filter, sort);
}

/**
 * The first `limit` matching ids in meeting order, read through the sortKey indexes: the first
 * screen of the table, shown while the prepared index is being built. With no filter beyond
 * committee and dates this reads `limit` keys and nothing else. Null for the other orders, which
 * have no IndexedDB index since version 4: those wait for the prepared index.
 */
export async function firstRecommendationIds(db: TrackerDb, filter: RecommendationFilter, sort: SortOrder, limit: number): Promise<string[] | null> {
  if (sort !== 'meeting' && sort !== 'meeting-desc') return null;
  const t = db.recommendations;
  const lo = filter.from ?? '';
  const hi = `${filter.to ?? '9999-12-31'}|${LAST}`;
  let rows = filter.committeeId
    ? t.where('[committeeId+sortKey]').between([filter.committeeId, lo], [filter.committeeId, hi], true, true)
    : t.where('sortKey').between(lo, hi, true, true);
  if (sort === 'meeting-desc') rows = rows.reverse();
  const prefixes = queryPrefixes(filter.text ?? '');
  if (prefixes.length || filter.outcomes?.length || filter.statuses?.length || filter.addressees?.length) {
    rows = rows.filter(
      (r) =>
        (!filter.outcomes?.length || filter.outcomes.includes(r.responseOutcome)) &&
        (!filter.statuses?.length || filter.statuses.includes(r.status)) &&
        (!filter.addressees?.length || filter.addressees.includes(r.addressee)) &&
        prefixes.every((p) => r.words.some((w) => w.startsWith(p))),
    );
  }
  return (await rows.limit(limit).primaryKeys()) as string[];
}

/** The rows, items, meetings and committees the table draws for a window of rows. */
export interface WindowData {
  rows: Map<string, RecommendationRow>;
  items: Map<string, AgendaItemRow>;
  meetings: Map<string, Meeting>;
  committees: Map<string, Committee>;
}

export async function loadWindow(db: TrackerDb, ids: string[]): Promise<WindowData> {
  const rows = await loadRows(db, ids);
  const [items, meetings, committees] = await Promise.all([
    db.items.bulkGet([...new Set(rows.map((r) => r.itemId))]),
    db.meetings.bulkGet([...new Set(rows.map((r) => r.meetingId))]),
    db.committees.bulkGet([...new Set(rows.map((r) => r.committeeId))]),
  ]);
  return {
    rows: new Map(rows.map((r) => [r.id, r])),
    items: new Map(items.filter((i): i is AgendaItemRow => !!i).map((i) => [i.id, i])),
    meetings: new Map(meetings.filter((m): m is Meeting => !!m).map((m) => [m.id, m])),
    committees: new Map(committees.filter((c): c is Committee => !!c).map((c) => [c.id, c])),
  };
}

/** The rows for the given ids, in the same order (missing ones, deleted meanwhile, left out). */
export async function loadRows(db: TrackerDb, ids: string[]): Promise<RecommendationRow[]> {
  const rows = await db.recommendations.bulkGet(ids);
  return rows.filter((r): r is RecommendationRow => r !== undefined);
}
