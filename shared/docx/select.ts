// Picks what an export prints: the chosen committee's meetings in the date range, their items and the chosen recommendations, in print order.
import { owesResponse } from '../model/infer';
import type { AgendaItem, Committee, Meeting, ProgressUpdate, Recommendation, Tracker } from '../model/types';
import { resolveRange, type ExportScope, type ExportFilter } from './options';

export interface SelectedItem {
  item: AgendaItem;
  recommendations: Recommendation[];
}

export interface SelectedMeeting {
  meeting: Meeting;
  committee: Committee;
  items: SelectedItem[];
}

export interface ExportSelection {
  /** The committee chosen, or null when the export covers every committee. */
  committee: Committee | null;
  /** Committees with at least one meeting in the selection, in order of their first meeting. */
  committees: Committee[];
  meetings: SelectedMeeting[];
  /** The range chosen, '' where open-ended. */
  from: string;
  to: string;
  /** Progress updates of the selected recommendations, oldest first, by recommendation id. */
  updates: Map<string, ProgressUpdate[]>;
  recommendationCount: number;
}

export interface SelectionScope extends ExportScope {
  which?: ExportFilter;
  includeProcedural?: boolean;
}

/** Finds a committee by id, or else by name (ignoring case and spacing), with a plain-English error if there is none or several. */
export function findCommittee(tracker: Tracker, wanted: string): Committee {
  const byId = tracker.committees.find((c) => c.id === wanted);
  if (byId) return byId;
  const fold = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  const matches = tracker.committees.filter((c) => fold(c.name) === fold(wanted));
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    throw new Error(`More than one committee is called "${wanted.trim()}"; choose one by its id.`);
  }
  if (tracker.committees.length === 0) throw new Error(`There is no committee "${wanted}": this tracker has no committees yet.`);
  const names = tracker.committees.map((c) => `"${c.name}"`).join(', ');
  throw new Error(`There is no committee "${wanted}" in this tracker. Its committees are ${names}.`);
}

function isOpen(r: Recommendation): boolean {
  return r.status === 'open' || r.status === 'in-progress';
}

/** Still owed an answer: addressed to someone who must respond, and nothing (or "No response received") recorded. */
function isAwaiting(r: Recommendation): boolean {
  return (
    owesResponse(r.addressee) &&
    (r.responseOutcome === '' || r.responseOutcome === 'No response received') &&
    r.status !== 'discharged' &&
    r.status !== 'not-pursued'
  );
}

function byPosition(a: { position: number }, b: { position: number }): number {
  return a.position - b.position;
}

/**
 * Meetings by date (undated last), items and recommendations by position. Items and meetings left
 * with no recommendation are dropped: the documents only list what was recommended.
 */
export function selectForExport(tracker: Tracker, scope: SelectionScope = {}): ExportSelection {
  const { from, to } = resolveRange(scope);
  const which = scope.which ?? 'all';
  if (which !== 'all' && which !== 'open' && which !== 'awaiting') {
    throw new Error(`Which recommendations to export should be "all", "open" or "awaiting", not "${String(which)}".`);
  }
  const committee =
    scope.committee === undefined || scope.committee === null || scope.committee.trim() === ''
      ? null
      : findCommittee(tracker, scope.committee);

  const wanted = (r: Recommendation): boolean =>
    (scope.includeProcedural === true || r.kind !== 'procedural') &&
    (which === 'all' || (which === 'open' ? isOpen(r) : isAwaiting(r)));

  // Grouping once by parent id keeps this linear in the size of the tracker, which matters at 10,000 rows.
  const recsByItem = new Map<string, Recommendation[]>();
  for (const r of tracker.recommendations) {
    if (!wanted(r)) continue;
    const list = recsByItem.get(r.itemId);
    if (list) list.push(r);
    else recsByItem.set(r.itemId, [r]);
  }
  const itemsByMeeting = new Map<string, AgendaItem[]>();
  for (const item of tracker.items) {
    if (!recsByItem.has(item.id)) continue;
    const list = itemsByMeeting.get(item.meetingId);
    if (list) list.push(item);
    else itemsByMeeting.set(item.meetingId, [item]);
  }
  const committeesById = new Map(tracker.committees.map((c) => [c.id, c]));

  const inRange = (date: string) => (from === '' || (date !== '' && date >= from)) && (to === '' || (date !== '' && date <= to));
  const meetings = tracker.meetings
    .filter((m) => (committee === null || m.committeeId === committee.id) && inRange(m.date) && itemsByMeeting.has(m.id))
    .map((m, index) => ({ m, index }))
    .sort((a, b) => {
      if (a.m.date !== b.m.date) {
        if (a.m.date === '') return 1;
        if (b.m.date === '') return -1;
        return a.m.date < b.m.date ? -1 : 1;
      }
      const ca = committeesById.get(a.m.committeeId)?.name ?? '';
      const cb = committeesById.get(b.m.committeeId)?.name ?? '';
      return ca !== cb ? ca.localeCompare(cb, 'en-GB') : a.index - b.index;
    });

  const selected: SelectedMeeting[] = [];
  const committees: Committee[] = [];
  const recIds = new Set<string>();
  let recommendationCount = 0;
  for (const { m } of meetings) {
    const owner = committeesById.get(m.committeeId);
    if (!owner) {
      throw new Error(`The meeting of ${m.date || 'an unknown date'} belongs to a committee that is not in the tracker.`);
    }
    if (!committees.includes(owner)) committees.push(owner);
    const items = [...(itemsByMeeting.get(m.id) ?? [])].sort(byPosition).map((item) => {
      const recommendations = [...(recsByItem.get(item.id) ?? [])].sort(byPosition);
      for (const r of recommendations) recIds.add(r.id);
      recommendationCount += recommendations.length;
      return { item, recommendations };
    });
    selected.push({ meeting: m, committee: owner, items });
  }

  const updates = new Map<string, ProgressUpdate[]>();
  for (const u of tracker.progressUpdates) {
    if (!recIds.has(u.recommendationId)) continue;
    const list = updates.get(u.recommendationId);
    if (list) list.push(u);
    else updates.set(u.recommendationId, [u]);
  }
  for (const list of updates.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  return { committee, committees, meetings: selected, from, to, updates, recommendationCount };
}
