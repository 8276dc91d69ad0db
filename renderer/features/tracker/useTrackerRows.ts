// Reads for the table: the ordered ids that match the filters (from indexes, re-read after every
// write), and the rows, items, meetings and committees for just the window of rows on screen.
import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { Committee, Meeting } from '../../../shared/index';
import {
  describeError,
  getDb,
  loadRows,
  queryRecommendationIds,
  type AgendaItemRow,
  type RecommendationFilter,
  type RecommendationRow,
  type SortOrder,
} from '../../db/index';
import { useUi } from '../../state/ui';

/**
 * Not a live query: the query keeps its orderings cached (see db/queries.ts), which a live query
 * could not observe, so it re-runs on Dexie's own "storage mutated" signal instead. While a new
 * answer loads, the previous one stays on screen.
 */
export function useMatchingIds(filter: RecommendationFilter, sort: SortOrder): string[] | undefined {
  const [answer, setAnswer] = useState<string[] | undefined>(undefined);
  const [writes, setWrites] = useState(0);
  const key = JSON.stringify([filter, sort]);
  useEffect(() => {
    const bump = () => setWrites((n) => n + 1);
    Dexie.on('storagemutated', bump);
    return () => Dexie.on('storagemutated').unsubscribe(bump);
  }, []);
  useEffect(() => {
    let current = true;
    queryRecommendationIds(getDb(), filter, sort).then(
      (ids) => current && setAnswer(ids),
      (error: unknown) => current && useUi.getState().notify(describeError(error), 'error'),
    );
    return () => {
      current = false;
    };
    // `key` stands for filter and sort by value, so a new but equal filter object does not re-query.
  }, [key, writes]); // eslint-disable-line react-hooks/exhaustive-deps
  return answer;
}

export interface WindowData {
  rows: Map<string, RecommendationRow>;
  items: Map<string, AgendaItemRow>;
  meetings: Map<string, Meeting>;
  committees: Map<string, Committee>;
}

export function useWindowRows(ids: string[]): WindowData | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const rows = await loadRows(db, ids);
    const itemIds = [...new Set(rows.map((r) => r.itemId))];
    const meetingIds = [...new Set(rows.map((r) => r.meetingId))];
    const committeeIds = [...new Set(rows.map((r) => r.committeeId))];
    const [items, meetings, committees] = await Promise.all([db.items.bulkGet(itemIds), db.meetings.bulkGet(meetingIds), db.committees.bulkGet(committeeIds)]);
    return {
      rows: new Map(rows.map((r) => [r.id, r])),
      items: new Map(items.filter((i): i is AgendaItemRow => !!i).map((i) => [i.id, i])),
      meetings: new Map(meetings.filter((m): m is Meeting => !!m).map((m) => [m.id, m])),
      committees: new Map(committees.filter((c): c is Committee => !!c).map((c) => [c.id, c])),
    };
  }, [ids.join(',')]);
}
