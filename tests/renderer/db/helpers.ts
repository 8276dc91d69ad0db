// A fresh in-memory database for each test (fake-indexeddb), and the Herefordshire example in it.
import { readInterchange } from '../../../shared/index';
import { TrackerDb, importTracker, type RecommendationRow } from '../../../renderer/db/index';
import example from '../../fixtures/herefordshire-cypsc-appendix-2023-2025.json';

let counter = 0;

export function freshDb(): TrackerDb {
  counter += 1;
  return new TrackerDb(`test-${process.pid}-${counter}-${Date.now()}`);
}

export async function exampleDb(): Promise<TrackerDb> {
  const db = freshDb();
  await importTracker(db, readInterchange(example));
  return db;
}

/** Every stored recommendation in meeting order (sort key, then id), as the table shows them. */
export async function inMeetingOrder(db: TrackerDb): Promise<RecommendationRow[]> {
  const rows = await db.recommendations.toArray();
  return rows.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
