// Deleting moves records, with everything beneath them, to the bin in one transaction; undo (or the
// bin) puts them back exactly as they were.
import { newId, nowIso, formatLongDate } from '../../shared/index';
import type { TrackerDb } from './database';
import { TrackerError } from './errors';
import type { BinEntry } from './schema';

export type DeleteTarget = { kind: 'recommendation' | 'item' | 'meeting' | 'committee'; id: string };

function allTables(db: TrackerDb) {
  return [db.committees, db.meetings, db.items, db.recommendations, db.progressUpdates, db.chases, db.forms, db.bin];
}

/** Moves the target and its children to the bin; returns the bin entry (its id undoes the delete). */
export async function deleteToBin(db: TrackerDb, target: DeleteTarget): Promise<BinEntry> {
  return db.transaction('rw', allTables(db), async () => {
    const entry: BinEntry = {
      id: newId(),
      deletedAt: nowIso(),
      summary: '',
      committees: [],
      meetings: [],
      items: [],
      recommendations: [],
      progressUpdates: [],
    };
    if (target.kind === 'committee') {
      const committee = await db.committees.get(target.id);
      if (!committee) throw new TrackerError('That committee is no longer in the tracker.');
      entry.committees = [committee];
      entry.meetings = await db.meetings.where('committeeId').equals(target.id).toArray();
      entry.items = await db.items.where('committeeId').equals(target.id).toArray();
      entry.recommendations = await db.recommendations.where('committeeId').equals(target.id).toArray();
      entry.summary = `Committee "${committee.name}"`;
    } else if (target.kind === 'meeting') {
      const meeting = await db.meetings.get(target.id);
      if (!meeting) throw new TrackerError('That meeting is no longer in the tracker.');
      entry.meetings = [meeting];
      entry.items = await db.items.where('meetingId').equals(target.id).toArray();
      entry.recommendations = await db.recommendations.where('itemId').anyOf(entry.items.map((i) => i.id)).toArray();
      entry.summary = `Meeting of ${formatLongDate(meeting.date)}`;
    } else if (target.kind === 'item') {
      const item = await db.items.get(target.id);
      if (!item) throw new TrackerError('That agenda item is no longer in the tracker.');
      entry.items = [item];
      entry.recommendations = await db.recommendations.where('itemId').equals(target.id).toArray();
      entry.summary = `Agenda item "${item.title}"`;
    } else {
      const rec = await db.recommendations.get(target.id);
      if (!rec) throw new TrackerError('That recommendation is no longer in the tracker.');
      entry.recommendations = [rec];
      entry.summary = rec.label ? `Recommendation ${rec.label}` : 'Recommendation';
    }
    const recIds = entry.recommendations.map((r) => r.id);
    entry.progressUpdates = await db.progressUpdates.where('recommendationId').anyOf(recIds).toArray();
    entry.chases = await db.chases.where('recommendationId').anyOf(recIds).toArray();
    entry.forms = await db.forms.where('recommendationId').anyOf(recIds).toArray();

    await db.progressUpdates.bulkDelete(entry.progressUpdates.map((p) => p.id));
    await db.chases.bulkDelete(entry.chases.map((c) => c.id));
    await db.forms.bulkDelete(entry.forms.map((f) => f.id));
    await db.recommendations.bulkDelete(recIds);
    await db.items.bulkDelete(entry.items.map((i) => i.id));
    await db.meetings.bulkDelete(entry.meetings.map((m) => m.id));
    await db.committees.bulkDelete(entry.committees.map((c) => c.id));
    await db.bin.add(entry);
    return entry;
  });
}

/** Puts a bin entry's records back and removes the entry. */
export async function restoreFromBin(db: TrackerDb, binId: string): Promise<BinEntry> {
  return db.transaction('rw', allTables(db), async () => {
    const entry = await db.bin.get(binId);
    if (!entry) throw new TrackerError('That deletion can no longer be undone: it is not in the bin.');
    // A parent deleted since (say the meeting of a deleted recommendation) must exist to restore into.
    for (const item of entry.items) {
      if (!entry.meetings.some((m) => m.id === item.meetingId) && !(await db.meetings.get(item.meetingId))) {
        throw new TrackerError('This cannot be restored because its meeting has been deleted. Restore the meeting first.');
      }
    }
    for (const rec of entry.recommendations) {
      if (!entry.items.some((i) => i.id === rec.itemId) && !(await db.items.get(rec.itemId))) {
        throw new TrackerError('This cannot be restored because its agenda item has been deleted. Restore the item first.');
      }
    }
    await db.committees.bulkPut(entry.committees);
    await db.meetings.bulkPut(entry.meetings);
    await db.items.bulkPut(entry.items);
    await db.recommendations.bulkPut(entry.recommendations);
    await db.progressUpdates.bulkPut(entry.progressUpdates);
    // Entries binned before version 3 have no chases.
    await db.chases.bulkPut(entry.chases ?? []);
    // Entries binned before version 7 have no form requests.
    await db.forms.bulkPut(entry.forms ?? []);
    await db.bin.delete(binId);
    return entry;
  });
}

/** The bin's entries, newest deletion first. */
export async function listBin(db: TrackerDb): Promise<BinEntry[]> {
  return (await db.bin.orderBy('deletedAt').toArray()).reverse();
}

/**
 * Empties the bin for good, in one transaction: the entries, and the history of the recommendations
 * they held (their progress updates and chases are inside the entries already). Returns how many.
 */
export async function emptyBin(db: TrackerDb): Promise<number> {
  return db.transaction('rw', db.bin, db.history, async () => {
    const entries = await db.bin.toArray();
    const recIds = entries.flatMap((e) => e.recommendations.map((r) => r.id));
    await db.history.where('recommendationId').anyOf(recIds).delete();
    await db.bin.clear();
    return entries.length;
  });
}
