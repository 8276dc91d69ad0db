// What a form prints about each recommendation: its place (meeting, item), words, dates and, for an update form, the last update.
import { responseDueDate, STATUTORY_RULE, type DeadlineRule } from '../clock/responseDueDate';
import { recommendationRows } from '../chasing/rows';
import { isIsoDate } from '../dates/format';
import type { Recommendation, Tracker } from '../model/types';
import { rowReference } from './reference';

export interface FormRow {
  recommendation: Recommendation;
  reference: string;
  committeeId: string;
  committeeName: string;
  meetingDate: string;
  itemTitle: string;
  /** The statutory due date, '' where the date received is not known. */
  dueDate: string;
  /** The latest progress update, if any. */
  lastUpdate: { date: string; text: string } | null;
}

/** The rows of a form for `ids`, in the tracker's order; throws a plain-English Error for an id the tracker does not hold. */
export function formRows(tracker: Tracker, ids: readonly string[], rule: DeadlineRule = STATUTORY_RULE): FormRow[] {
  if (ids.length === 0) throw new Error('A form needs at least one recommendation: choose the recommendations to ask about.');
  const wanted = new Set(ids);
  const rows = recommendationRows(tracker).filter((r) => wanted.has(r.recommendation.id));
  if (rows.length !== wanted.size) {
    const found = new Set(rows.map((r) => r.recommendation.id));
    const missing = [...wanted].filter((id) => !found.has(id));
    throw new Error(`${missing.length === 1 ? 'One recommendation asked about is' : `${missing.length} recommendations asked about are`} not in the tracker (or not under a meeting and committee), so no form was made.`);
  }
  const updates = new Map<string, { date: string; text: string }>();
  for (const u of tracker.progressUpdates) {
    if (!wanted.has(u.recommendationId)) continue;
    const last = updates.get(u.recommendationId);
    if (!last || u.date >= last.date) updates.set(u.recommendationId, { date: u.date, text: u.text });
  }
  return rows.map((r) => ({
    recommendation: r.recommendation,
    reference: rowReference(r.recommendation.id),
    committeeId: r.committeeId,
    committeeName: r.committeeName,
    meetingDate: r.meetingDate,
    itemTitle: r.itemTitle,
    dueDate: !isIsoDate(r.recommendation.receivedDate) ? '' : responseDueDate(r.recommendation.receivedDate, rule),
    lastUpdate: updates.get(r.recommendation.id) ?? null,
  }));
}
