// A fresh in-memory database for each test (fake-indexeddb), and the Herefordshire example in it.
import { readInterchange } from '../../../shared/index';
import { TrackerDb, importTracker } from '../../../renderer/db/index';
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
