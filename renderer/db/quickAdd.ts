// One dialog, one transaction: a recommendation together with the committee, meeting or agenda item
// it needs when those are new, so a half-finished entry never leaves orphans behind.
import type { TrackerDb } from './database';
import { createCommittee } from './committees';
import { createItem } from './items';
import { createMeeting } from './meetings';
import { createRecommendation, type RecommendationChanges } from './recommendations';
import type { RecommendationRow } from './schema';
import { TrackerError } from './errors';

export type Pick1<T> = { existingId: string } | { create: T };

export interface QuickAddInput {
  committee: Pick1<{ name: string }>;
  meeting: Pick1<{ date: string; venue?: string }>;
  item: Pick1<{ number?: string; title: string }>;
  recommendation: RecommendationChanges & { text: string };
}

export async function addRecommendationWithParents(db: TrackerDb, input: QuickAddInput): Promise<RecommendationRow> {
  return db.transaction('rw', [db.committees, db.meetings, db.items, db.recommendations], async () => {
    const committeeId =
      'existingId' in input.committee ? input.committee.existingId : (await createCommittee(db, input.committee.create)).id;
    let meetingId: string;
    if ('existingId' in input.meeting) {
      const meeting = await db.meetings.get(input.meeting.existingId);
      if (!meeting || meeting.committeeId !== committeeId) throw new TrackerError('Choose a meeting of this committee.');
      meetingId = meeting.id;
    } else {
      meetingId = (await createMeeting(db, { committeeId, ...input.meeting.create })).id;
    }
    let itemId: string;
    if ('existingId' in input.item) {
      const item = await db.items.get(input.item.existingId);
      if (!item || item.meetingId !== meetingId) throw new TrackerError('Choose an agenda item of this meeting.');
      itemId = item.id;
    } else {
      itemId = (await createItem(db, { meetingId, ...input.item.create })).id;
    }
    return createRecommendation(db, { ...input.recommendation, itemId });
  });
}
