// The table's opening screen (every committee, meeting order, as the app starts), read the moment the app's database is first asked for.
// The sidebar's counts and the chasing summary read thousands of rows as they mount, and IndexedDB
// answers requests in turn: the table, which mounts only once the committees are counted, would
// wait behind them (about half a second at 50,000 recommendations). Read first, it does not.
import type { TrackerDb } from './database';
import { firstRecommendationIds, loadWindow, type WindowData } from './queries';
import { onRecommendationChanges } from './writeFeed';

/** How many rows the opening screen reads: more than a tall window shows. */
export const OPENING_ROWS = 100;

export interface OpeningScreen {
  /** The first matching ids with the starting filter ({}) and order ('meeting'). */
  ids: string[];
  /** Their rows, items, meetings and committees. */
  window: WindowData;
}

const opening = new WeakMap<TrackerDb, Promise<OpeningScreen | null>>();

/** Starts reading the opening screen of `db` (once). */
export function readOpeningScreen(db: TrackerDb): void {
  if (opening.has(db)) return;
  const read = (async () => {
    const ids = (await firstRecommendationIds(db, {}, 'meeting', OPENING_ROWS)) ?? [];
    return { ids, window: await loadWindow(db, ids) };
  })();
  // Only a head start: if it fails, the table reads in the ordinary way (and reports any error then).
  opening.set(db, read.catch(() => null));
  // After any write it may be out of date: from then on the table reads for itself.
  const stop = onRecommendationChanges(db.name, () => {
    opening.delete(db);
    stop();
  });
}

/** The opening screen of `db`, or null when it was never read or could not be. */
export function openingScreen(db: TrackerDb): Promise<OpeningScreen | null> {
  return opening.get(db) ?? Promise.resolve(null);
}
