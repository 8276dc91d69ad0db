// The table's questions to the database, answered from indexes: which recommendations match the
// filters, in which order. Rows themselves are read a screenful at a time (see loadRows).
import Dexie from 'dexie';
import { queryPrefixes, type Addressee, type ImplementationStatus, type Outcome } from '../../shared/index';
import type { TrackerDb } from './database';
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

// Reading 50,000 ordered keys costs about half a second in Chromium, and the order only changes
// when the tracker does, so each ordering is kept until the next write anywhere in the database.
// Typing a search then costs only the word index lookups.
const orderings = new Map<string, Promise<string[]>>();
Dexie.on('storagemutated', () => orderings.clear());

function cachedOrdering(db: TrackerDb, key: string, read: () => Promise<string[]>): Promise<string[]> {
  const full = `${db.name}|${key}`;
  let hit = orderings.get(full);
  if (!hit) {
    hit = read();
    orderings.set(full, hit);
    hit.catch(() => orderings.delete(full));
  }
  return hit;
}

async function idSet(promise: Promise<string[]>): Promise<Set<string>> {
  return new Set(await promise);
}

/** Ids of the matching recommendations, in display order. */
export async function queryRecommendationIds(db: TrackerDb, filter: RecommendationFilter, sort: SortOrder = 'meeting'): Promise<string[]> {
  const t = db.recommendations;
  const lo = filter.from ?? '';
  const hi = `${filter.to ?? '9999-12-31'}|${LAST}`;
  const dated = filter.from !== undefined || filter.to !== undefined;
  const byMeeting = sort === 'meeting' || sort === 'meeting-desc';

  // The ordering query: in meeting order it also applies the committee and date filters.
  let ordered: string[];
  const sets: Promise<Set<string>>[] = [];
  if (byMeeting) {
    ordered = await cachedOrdering(db, `${filter.committeeId ?? ''}|${lo}|${hi}`, async () =>
      filter.committeeId
        ? ((await t.where('[committeeId+sortKey]').between([filter.committeeId, lo], [filter.committeeId, hi], true, true).primaryKeys()) as string[])
        : ((await t.where('sortKey').between(lo, hi, true, true).primaryKeys()) as string[]),
    );
    if (sort === 'meeting-desc') ordered = [...ordered].reverse();
  } else {
    const index = { outcome: 'responseOutcome', status: 'status', target: 'targetDate', updated: 'updatedAt' }[sort];
    ordered = await cachedOrdering(db, `order:${index}`, async () => (await t.orderBy(index).primaryKeys()) as string[]);
    if (sort === 'updated') ordered = [...ordered].reverse();
    if (filter.committeeId) sets.push(idSet(t.where('committeeId').equals(filter.committeeId).primaryKeys() as Promise<string[]>));
    if (dated) sets.push(idSet(t.where('sortKey').between(lo, hi, true, true).primaryKeys() as Promise<string[]>));
  }

  if (filter.outcomes?.length) sets.push(idSet(t.where('responseOutcome').anyOf(filter.outcomes).primaryKeys() as Promise<string[]>));
  if (filter.statuses?.length) sets.push(idSet(t.where('status').anyOf(filter.statuses).primaryKeys() as Promise<string[]>));
  if (filter.addressees?.length) sets.push(idSet(t.where('addressee').anyOf(filter.addressees).primaryKeys() as Promise<string[]>));
  for (const prefix of queryPrefixes(filter.text ?? '')) {
    sets.push(idSet(t.where('words').startsWith(prefix).primaryKeys() as Promise<string[]>));
  }
  if (sets.length === 0) return ordered;
  // Test the smallest set first: most ids fail there.
  const resolved = (await Promise.all(sets)).sort((a, b) => a.size - b.size);
  return ordered.filter((id) => resolved.every((s) => s.has(id)));
}

/** The rows for the given ids, in the same order (missing ones, deleted meanwhile, left out). */
export async function loadRows(db: TrackerDb, ids: string[]): Promise<RecommendationRow[]> {
  const rows = await db.recommendations.bulkGet(ids);
  return rows.filter((r): r is RecommendationRow => r !== undefined);
}
