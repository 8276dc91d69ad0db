// Reads for the table: the ordered ids that match the filters (from the prepared search index, kept
// in step with every write), and the rows, items, meetings and committees for just the window of
// rows on screen.
import Dexie from 'dexie';
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
  type SearchProgress,
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

/** How far the prepared search index has got with its first reading; null once it is ready (or not being built). */
export function useSearchProgress(): SearchProgress | null {
  const prepared = preparedSearch(getDb());
  useSyncExternalStore(prepared.subscribe, prepared.getVersion);
  return prepared.progress();
}

/**
 * How many recommendations each committee has, from the prepared search index (undefined until it
 * is built). Counting in IndexedDB reads every index entry of the committee, over a second for all
 * of them at 50,000, and a live count does it again after every write, holding up the table's reads.
 */
export function useCommitteeCounts(): Map<string, number> | undefined {
  const prepared = preparedSearch(getDb());
  const version = useSyncExternalStore(prepared.subscribe, prepared.getVersion);
  const index = prepared.current();
  useEffect(() => {
    // Usually the table has asked for the index already; otherwise (another view on start) ask,
    // after the first screen has had its reads.
    const timer = setTimeout(() => void prepared.ready().catch(() => undefined), 1000);
    return () => clearTimeout(timer);
  }, [prepared]);
  return useMemo(() => index?.countByCommittee(), [index, version]); // eslint-disable-line react-hooks/exhaustive-deps
}

// Rows (with their items, meetings and committees) read for recent windows: a new window (a
// keystroke, a filter, a scroll back) that asks for them again is drawn at once from here while its
// own live read is on the way, rather than as "Loading…" placeholders. Cleared on every write to the
// database, so nothing drawn from here is older than what is stored.
const RECENT_ROWS = 2000;
const recent: WindowData = { rows: new Map(), items: new Map(), meetings: new Map(), committees: new Map() };
Dexie.on('storagemutated', () => {
  for (const map of Object.values(recent)) map.clear();
});

function remember(data: WindowData): void {
  for (const [id, row] of data.rows) {
    recent.rows.delete(id); // re-inserted at the end: the map's order is the order of use
    recent.rows.set(id, row);
  }
  for (const [id, item] of data.items) recent.items.set(id, item);
  for (const [id, meeting] of data.meetings) recent.meetings.set(id, meeting);
  for (const [id, committee] of data.committees) recent.committees.set(id, committee);
  for (const id of recent.rows.keys()) {
    if (recent.rows.size <= RECENT_ROWS) break;
    recent.rows.delete(id);
  }
}

/** The window from the recent rows, if they hold every row asked for and what each row needs. */
function fromRecent(ids: string[]): WindowData | undefined {
  const out: WindowData = { rows: new Map(), items: new Map(), meetings: new Map(), committees: new Map() };
  for (const id of ids) {
    const row = recent.rows.get(id);
    const item = row && recent.items.get(row.itemId);
    const meeting = row && recent.meetings.get(row.meetingId);
    const committee = row && recent.committees.get(row.committeeId);
    if (!row || !item || !meeting || !committee) return undefined;
    out.rows.set(id, row);
    out.items.set(item.id, item);
    out.meetings.set(meeting.id, meeting);
    out.committees.set(committee.id, committee);
  }
  return out;
}

/**
 * The rows, items, meetings and committees for a window of rows, live. Until the live read has the
 * rows asked for, recent reads (the opening screen read ahead among them) stand in where they hold
 * them all.
 */
export function useWindowRows(ids: string[]): WindowData | undefined {
  const live = useLiveQuery(() => loadWindow(getDb(), ids), [ids.join(',')]);
  const [, setOpened] = useState(false);
  useEffect(() => {
    if (live) remember(live);
  }, [live]);
  useEffect(() => {
    let current = true;
    void openingScreen(getDb()).then((o) => {
      if (!current || !o) return;
      remember(o.window);
      setOpened(true);
    });
    return () => {
      current = false;
    };
  }, []);
  if (live && ids.every((id) => live.rows.has(id))) return live;
  return fromRecent(ids) ?? live;
}
