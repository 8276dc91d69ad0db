// The table's questions to the database: which recommendations match the filters, in which order
// (from the prepared search index, or for the first screen from IndexedDB's indexes). Rows
// themselves are read a screenful at a time (see loadRows).
import type { Collection, InsertType } from 'dexie';
import { queryPrefixes, type Addressee, type ImplementationStatus, type Outcome } from '../../shared/index';
import type { TrackerDb } from './database';
import { preparedSearch } from './preparedSearch';
import type { RecommendationRow } from './schema';

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
 * The first `limit` matching ids, read through the sort's IndexedDB index: the first screen of the
 * table, shown while the prepared index is being built. With no filter beyond committee and dates
 * in meeting order, this reads `limit` keys and nothing else.
 */
export async function firstRecommendationIds(db: TrackerDb, filter: RecommendationFilter, sort: SortOrder, limit: number): Promise<string[]> {
  const t = db.recommendations;
  const lo = filter.from ?? '';
  const hi = `${filter.to ?? '9999-12-31'}|${LAST}`;
  const byMeeting = sort === 'meeting' || sort === 'meeting-desc';
  let rows: Collection<RecommendationRow, string, InsertType<RecommendationRow, 'id'>>;
  if (byMeeting) {
    rows = filter.committeeId
      ? t.where('[committeeId+sortKey]').between([filter.committeeId, lo], [filter.committeeId, hi], true, true)
      : t.where('sortKey').between(lo, hi, true, true);
  } else {
    rows = t.orderBy({ outcome: 'responseOutcome', status: 'status', target: 'targetDate', updated: 'updatedAt' }[sort]);
  }
  if (sort === 'meeting-desc' || sort === 'updated') rows = rows.reverse();
  const prefixes = queryPrefixes(filter.text ?? '');
  const dated = !byMeeting && (filter.from !== undefined || filter.to !== undefined);
  const rest = (r: RecommendationRow) =>
    (byMeeting || !filter.committeeId || r.committeeId === filter.committeeId) &&
    (!dated || (r.sortKey >= lo && r.sortKey <= hi)) &&
    (!filter.outcomes?.length || filter.outcomes.includes(r.responseOutcome)) &&
    (!filter.statuses?.length || filter.statuses.includes(r.status)) &&
    (!filter.addressees?.length || filter.addressees.includes(r.addressee)) &&
    prefixes.every((p) => (r.words ?? []).some((w) => w.startsWith(p)));
  const filtered = prefixes.length || dated || filter.outcomes?.length || filter.statuses?.length || filter.addressees?.length || (!byMeeting && filter.committeeId);
  return (await (filtered ? rows.filter(rest) : rows).limit(limit).primaryKeys()) as string[];
}

/** The rows for the given ids, in the same order (missing ones, deleted meanwhile, left out). */
export async function loadRows(db: TrackerDb, ids: string[]): Promise<RecommendationRow[]> {
  const rows = await db.recommendations.bulkGet(ids);
  return rows.filter((r): r is RecommendationRow => r !== undefined);
}
