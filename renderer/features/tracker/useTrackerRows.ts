// Reads for the table: the ordered ids that match the filters (from the prepared search index, kept
// in step with every write), and the rows, items, meetings and committees for just the window of
// rows on screen.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import {
  OPENING_ROWS,
  describeError,
  firstRecommendationIds,
  getDb,
  loadWindow,
  openingScreen,
  preparedSearch,
  type RecommendationFilter,
  type SortOrder,
  type WindowData,
} from '../../db/index';
import { useUi } from '../../state/ui';

/** The UI's starting filter and order, whose first screen the database module reads ahead (see db/openingScreen.ts). */
const OPENING_KEY = JSON.stringify([{}, 'meeting']);

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
      const db = getDb();
      const read = key === OPENING_KEY ? openingScreen(db).then((o) => o?.ids ?? firstRecommendationIds(db, filter, sort, OPENING_ROWS)) : firstRecommendationIds(db, filter, sort, OPENING_ROWS);
      read.then((ids) => {
        if (current && ids) setFirst({ key, ids });
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

/**
 * The rows, items, meetings and committees for a window of rows, live. Until the live read has the
 * rows asked for, the opening screen read ahead stands in where it has them all.
 */
export function useWindowRows(ids: string[]): WindowData | undefined {
  const live = useLiveQuery(() => loadWindow(getDb(), ids), [ids.join(',')]);
  const [opening, setOpening] = useState<WindowData | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void openingScreen(getDb()).then((o) => current && o && setOpening(o.window));
    return () => {
      current = false;
    };
  }, []);
  const covers = (data: WindowData | undefined) => data !== undefined && ids.every((id) => data.rows.has(id));
  if (covers(live) || !covers(opening)) return live;
  return opening;
}
