// Live reads for the table: the ordered ids that match the filters (from indexes), and the rows,
// items, meetings and committees for just the window of rows on screen.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Committee, Meeting } from '../../../shared/index';
import { getDb, loadRows, queryRecommendationIds, type AgendaItemRow, type RecommendationFilter, type RecommendationRow, type SortOrder } from '../../db/index';

export function useMatchingIds(filter: RecommendationFilter, sort: SortOrder): string[] | undefined {
  return useLiveQuery(() => queryRecommendationIds(getDb(), filter, sort), [JSON.stringify(filter), sort]);
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
    const [items, meetings, committees] = await Promise.all([db.items.bulkGet(itemIds), db.meetings.bulkGet(meetingIds), db.committees.toArray()]);
    return {
      rows: new Map(rows.map((r) => [r.id, r])),
      items: new Map(items.filter((i): i is AgendaItemRow => !!i).map((i) => [i.id, i])),
      meetings: new Map(meetings.filter((m): m is Meeting => !!m).map((m) => [m.id, m])),
      committees: new Map(committees.map((c) => [c.id, c])),
    };
  }, [ids.join(',')]);
}
