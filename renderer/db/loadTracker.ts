// Reads the tracker (or one committee's part of it) back into the shared Tracker shape, for the Word builders.
import type { AgendaItem, ProgressUpdate, Tracker } from '../../shared/index';
import type { TrackerDb } from './database';
import { fromRow } from './derive';
import { TrackerError } from './errors';
import type { AgendaItemRow } from './schema';

export interface LoadScope {
  /** One committee's records only, read by index; every committee when left out or ''. */
  committeeId?: string;
}

export function fromItemRow(row: AgendaItemRow): AgendaItem {
  const { committeeId: _c, ...item } = row;
  return item;
}

/** One consistent read (a single transaction), so an edit made meanwhile cannot leave half a tracker. */
export async function loadTracker(db: TrackerDb, scope: LoadScope = {}): Promise<Tracker> {
  const committeeId = scope.committeeId ?? '';
  return db.transaction('r', [db.committees, db.meetings, db.items, db.recommendations, db.progressUpdates], async () => {
    if (committeeId === '') {
      const [committees, meetings, items, rows, progressUpdates] = await Promise.all([
        db.committees.toArray(),
        db.meetings.toArray(),
        db.items.toArray(),
        db.recommendations.toArray(),
        db.progressUpdates.toArray(),
      ]);
      return { committees, meetings, items: items.map(fromItemRow), recommendations: rows.map(fromRow), progressUpdates };
    }
    const committee = await db.committees.get(committeeId);
    if (!committee) throw new TrackerError('That committee is no longer in the tracker.');
    const [meetings, items, rows] = await Promise.all([
      db.meetings.where('committeeId').equals(committeeId).toArray(),
      db.items.where('committeeId').equals(committeeId).toArray(),
      db.recommendations.where('committeeId').equals(committeeId).toArray(),
    ]);
    const progressUpdates: ProgressUpdate[] =
      rows.length === 0 ? [] : await db.progressUpdates.where('recommendationId').anyOf(rows.map((r) => r.id)).toArray();
    return { committees: [committee], meetings, items: items.map(fromItemRow), recommendations: rows.map(fromRow), progressUpdates };
  });
}
