// Reads for the table: the ordered ids that match the filters (from the prepared search index, kept
// in step with every write), and the rows, items, meetings and committees for just the window of
// rows on screen.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Committee, Meeting } from '../../../shared/index';
import {
  describeError,
  firstRecommendationIds,
  getDb,
  loadRows,
  preparedSearch,
  type AgendaItemRow,
  type RecommendationFilter,
  type RecommendationRow,
  type SortOrder,
} from '../../db/index';
import { useUi } from '../../state/ui';

/** Rows read from IndexedDB for the first screen while the search index is built. */
const FIRST_SCREEN = 100;

export interface MatchingIds {
  /** In display order; undefined until the first answer. */
  ids: string[] | undefined;
  /** False while `ids` is only the first screenful (the index is still being built). */
  complete: boolean;
}

/**
 * Answered synchronously from the prepared search index once it is ready, so a keystroke costs a
 * scan of typed arrays and no database read. Until then, the first screenful comes straight from
 * IndexedDB's indexes while the index is built; after a write, the previous answer stays on screen
 * for the moment the index takes to catch up.
 */
export function useMatchingIds(filter: RecommendationFilter, sort: SortOrder): MatchingIds {
  const prepared = preparedSearch(getDb());
  const version = useSyncExternalStore(prepared.subscribe, prepared.getVersion);
  const key = JSON.stringify([filter, sort]);
  const index = prepared.current();
  // `key` and `version` stand for filter, sort and the index's contents by value.
  const answer = useMemo(() => index?.query(filter, sort), [index, key, version]); // eslint-disable-line react-hooks/exhaustive-deps
  const [first, setFirst] = useState<{ key: string; ids: string[] } | undefined>(undefined);
  const last = useRef<string[] | undefined>(undefined);
  const waiting = answer === undefined;

  useEffect(() => {
    if (!waiting) return;
    let current = true;
    const fail = (error: unknown) => current && useUi.getState().notify(describeError(error), 'error');
    const build = () => void prepared.ready().catch(fail);
    // Only before the first full answer: later waits are short catch-ups after a write.
    if (last.current !== undefined) build();
    else {
      firstRecommendationIds(getDb(), filter, sort, FIRST_SCREEN).then((ids) => {
        if (current) setFirst({ key, ids });
        // Building reads every recommendation once: start after the next frame, so the first
        // screen's own reads (its rows, items, meetings) are not queued behind it.
        // (The timer covers a tab in the background, where frames wait.)
        requestAnimationFrame(() => setTimeout(build));
        setTimeout(build, 500);
      }, fail);
    }
    return () => {
      current = false;
    };
  }, [waiting, key]); // eslint-disable-line react-hooks/exhaustive-deps

  if (answer) {
    last.current = answer;
    return { ids: answer, complete: true };
  }
  if (last.current) return { ids: last.current, complete: true };
  return { ids: first?.key === key ? first.ids : undefined, complete: false };
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
