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
 * The first `limit` ids in meeting order, read through the [committeeId+sortKey] index: the first
 * screen of the table, shown while the prepared index is being built. For all committees it reads
 * the first `limit` of each and merges them (there is no sortKey index of its own since version 6).
 *
 * Null for what no IndexedDB index answers — the other orders, and any filter beyond committee and
 * meeting dates — which wait the few seconds for the prepared index. (Dexie filters through a
 * cursor, a round trip per row: a search for a rare word would read for minutes, and hold up the
 * very reads that build the index.)
 */
export async function firstRecommendationIds(db: TrackerDb, filter: RecommendationFilter, sort: SortOrder, limit: number): Promise<string[] | null> {
  if (sort !== 'meeting' && sort !== 'meeting-desc') return null;
  if (queryPrefixes(filter.text ?? '').length || filter.outcomes?.length || filter.statuses?.length || filter.addressees?.length) return null;
  const desc = sort === 'meeting-desc';
  const committees = filter.committeeId ? [filter.committeeId] : ((await db.committees.toCollection().primaryKeys()) as string[]);
  const lo = filter.from ?? '';
  const hi = `${filter.to ?? '9999-12-31'}|${LAST}`;
  const found = await Promise.all(
    committees.map(async (committeeId): Promise<[string, string][]> => {
      let rows = db.recommendations.where('[committeeId+sortKey]').between([committeeId, lo], [committeeId, hi], true, true);
      if (desc) rows = rows.reverse();
      // Whole rows, not index keys: Dexie reads index keys with a cursor, a round trip per key
      // (2.5 s for 1,000 in Chromium), where rows come in one getAll (15 ms for the same 1,000).
      return (await rows.limit(limit).toArray()).map((r) => [r.sortKey, r.id]);
    }),
  );
  // The order one index over every committee would give: sort key, then id.
  const merged = found.flat().sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  if (desc) merged.reverse();
  return merged.slice(0, limit).map(([, id]) => id);
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
