// Joins a tracker's recommendations to their meeting, item and committee, as the board, the statistics and the letters read them.
import type { Recommendation, Tracker } from '../model/types';

export interface RecommendationRow {
  recommendation: Recommendation;
  meetingDate: string;
  itemTitle: string;
  committeeId: string;
  committeeName: string;
}

/** One row per recommendation whose item, meeting and committee are all in the tracker, in the tracker's order. */
export function recommendationRows(tracker: Tracker): RecommendationRow[] {
  const items = new Map(tracker.items.map((i) => [i.id, i]));
  const meetings = new Map(tracker.meetings.map((m) => [m.id, m]));
  const committees = new Map(tracker.committees.map((c) => [c.id, c]));
  const rows: RecommendationRow[] = [];
  for (const recommendation of tracker.recommendations) {
    const item = items.get(recommendation.itemId);
    const meeting = item && meetings.get(item.meetingId);
    const committee = meeting && committees.get(meeting.committeeId);
    if (!item || !meeting || !committee) continue;
    rows.push({ recommendation, meetingDate: meeting.date, itemTitle: item.title, committeeId: committee.id, committeeName: committee.name });
  }
  return rows;
}
