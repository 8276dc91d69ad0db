// Writes a Tracker as the interchange JSON that readInterchange reads: the examples' shape for one
// committee, and { committees: [...] } of that shape for several, with the fields the app keeps
// beyond the examples' (lead officer, dates, RAG, updates) so that nothing is lost on the way back.
import { STATUS_LABELS } from '../model/labels';
import type { Recommendation, Tracker } from '../model/types';

export interface InterchangeRecommendation {
  label: string | null;
  text: string;
  response_outcome: string | null;
  response: string | null;
  action: string | null;
  status: string | null;
  note: string | null;
  kind: string;
  addressee: string;
  addressee_name: string | null;
  lead_officer: string | null;
  directorate: string | null;
  received_date: string | null;
  response_date: string | null;
  responded_by: string | null;
  rag: string | null;
  target_date: string | null;
  /** Left out where the recommendation has none, as the examples do. */
  origin?: string;
  priority?: string;
  updates?: Array<{ date: string | null; text: string }>;
}

export interface InterchangeCommittee {
  title?: string;
  committee: string;
  council: string | null;
  meetings: Array<{
    date: string | null;
    venue: string | null;
    items: Array<{ number: string | null; title: string; recommendations: InterchangeRecommendation[] }>;
  }>;
}

export interface InterchangeCollection {
  title: string;
  committees: InterchangeCommittee[];
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text);

function byPosition(a: { position: number }, b: { position: number }): number {
  return a.position - b.position;
}

/** Groups records by a parent id once, so writing stays linear in the size of the tracker. */
function groupBy<T>(records: readonly T[], key: (record: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const k = key(record);
    const list = groups.get(k);
    if (list) list.push(record);
    else groups.set(k, [record]);
  }
  return groups;
}

function recommendation(r: Recommendation, updates: Tracker['progressUpdates']): InterchangeRecommendation {
  const out: InterchangeRecommendation = {
    label: orNull(r.label),
    text: r.text,
    response_outcome: orNull(r.responseOutcome),
    response: orNull(r.responseText),
    action: orNull(r.action),
    // The examples leave the status out (null) where a recommendation is simply open.
    status: r.status === 'open' ? null : STATUS_LABELS[r.status],
    note: orNull(r.notes),
    kind: r.kind,
    addressee: r.addressee,
    addressee_name: orNull(r.addresseeName),
    lead_officer: orNull(r.leadOfficer),
    directorate: orNull(r.directorate),
    received_date: orNull(r.receivedDate),
    response_date: orNull(r.responseDate),
    responded_by: orNull(r.respondedBy),
    rag: orNull(r.rag),
    target_date: orNull(r.targetDate),
  };
  if (r.origin) out.origin = r.origin;
  if (r.priority) out.priority = r.priority;
  if (updates.length > 0) {
    out.updates = [...updates].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).map((u) => ({ date: orNull(u.date), text: u.text }));
  }
  return out;
}

/**
 * The tracker as interchange JSON (an object, for JSON.stringify): meetings by date (undated last),
 * items and recommendations in their order. One committee gives the examples' own shape; several
 * give `{ title, committees: [...] }`, which readInterchange reads too.
 */
export function writeInterchange(tracker: Tracker, title = 'Scrutiny Tracker'): InterchangeCommittee | InterchangeCollection {
  const meetingsByCommittee = groupBy(tracker.meetings, (m) => m.committeeId);
  const itemsByMeeting = groupBy(tracker.items, (i) => i.meetingId);
  const recsByItem = groupBy(tracker.recommendations, (r) => r.itemId);
  const updatesByRec = groupBy(tracker.progressUpdates, (u) => u.recommendationId);

  const committees = tracker.committees.map((c): InterchangeCommittee => {
    const meetings = [...(meetingsByCommittee.get(c.id) ?? [])].sort((a, b) =>
      a.date === b.date ? 0 : a.date === '' ? 1 : b.date === '' ? -1 : a.date < b.date ? -1 : 1,
    );
    return {
      committee: c.name,
      council: orNull(c.council),
      meetings: meetings.map((m) => ({
        date: orNull(m.date),
        venue: orNull(m.venue),
        items: [...(itemsByMeeting.get(m.id) ?? [])].sort(byPosition).map((item) => ({
          number: orNull(item.number),
          title: item.title,
          recommendations: [...(recsByItem.get(item.id) ?? [])].sort(byPosition).map((r) => recommendation(r, updatesByRec.get(r.id) ?? [])),
        })),
      })),
    };
  });
  if (committees.length === 1) return { title, ...committees[0]! };
  return { title, committees };
}
