// Creating meetings and changing their date or venue; a date change re-files every recommendation
// of the meeting in the same transaction, because the table sorts by meeting date.
import { newId, nowIso, owesResponse, type Meeting } from '../../shared/index';
import type { TrackerDb } from './database';
import { sortKeyOf } from './derive';
import { TrackerError } from './errors';
import type { RecommendationRow } from './schema';
import { optionalDate, requireDate } from './validate';
import { updateRecommendation } from './recommendations';

/** A meeting's recommendations, through its items (there is no meetingId index since version 6). */
export async function recommendationsOfMeeting(db: TrackerDb, meetingId: string): Promise<RecommendationRow[]> {
  const items = await db.items.where('meetingId').equals(meetingId).primaryKeys();
  return db.recommendations.where('itemId').anyOf(items).toArray();
}

export async function createMeeting(db: TrackerDb, input: { committeeId: string; date: string; venue?: string }): Promise<Meeting> {
  const date = requireDate(input.date, 'The meeting date');
  const stamp = nowIso();
  const meeting: Meeting = { id: newId(), createdAt: stamp, updatedAt: stamp, committeeId: input.committeeId, date, venue: input.venue?.trim() ?? '' };
  await db.transaction('rw', db.committees, db.meetings, async () => {
    if (!(await db.committees.get(input.committeeId))) throw new TrackerError('Choose a committee for the meeting.');
    await db.meetings.add(meeting);
  });
  return meeting;
}

export async function updateMeeting(db: TrackerDb, id: string, changes: Partial<Pick<Meeting, 'date' | 'venue'>>): Promise<void> {
  const patch: Partial<Meeting> = { updatedAt: nowIso() };
  if (changes.date !== undefined) patch.date = requireDate(changes.date, 'The meeting date');
  if (changes.venue !== undefined) patch.venue = changes.venue.trim();
  await db.transaction('rw', db.meetings, db.items, db.recommendations, async () => {
    const meeting = await db.meetings.get(id);
    if (!meeting) throw new TrackerError('That meeting is no longer in the tracker.');
    await db.meetings.update(id, patch);
    if (patch.date !== undefined && patch.date !== meeting.date) {
      const moved = { id, date: patch.date };
      const items = await db.items.where('meetingId').equals(id).toArray();
      const positions = new Map(items.map((i) => [i.id, i.position]));
      await db.recommendations
        .where('itemId')
        .anyOf(items.map((i) => i.id))
        .modify((r) => {
          r.sortKey = sortKeyOf(moved, positions.get(r.itemId) ?? 0, r.position);
        });
    }
  });
}

/**
 * Sets the date the executive received a meeting's recommendations, on every one of them that owes
 * a response, in one transaction (each change kept in its history). Returns each one's previous
 * date so the change can be undone.
 */
export async function setReceivedDateForMeeting(db: TrackerDb, meetingId: string, date: string): Promise<Array<{ id: string; before: string }>> {
  const received = optionalDate(date, 'The date received');
  return db.transaction('rw', db.items, db.recommendations, db.history, async () => {
    const recs = await recommendationsOfMeeting(db, meetingId);
    const changed: Array<{ id: string; before: string }> = [];
    for (const rec of recs) {
      if (!owesResponse(rec.addressee) || rec.kind === 'procedural' || rec.receivedDate === received) continue;
      await updateRecommendation(db, rec.id, { receivedDate: received });
      changed.push({ id: rec.id, before: rec.receivedDate });
    }
    return changed;
  });
}
