// Creating and editing recommendations, field by field, and their dated progress updates.
import {
  ADDRESSEES,
  OUTCOMES,
  RAG_RATINGS,
  RECOMMENDATION_KINDS,
  STATUSES,
  newId,
  newRecommendation,
  nowIso,
  type HistoryEntry,
  type ProgressUpdate,
  type Recommendation,
} from '../../shared/index';
import type { TrackerDb } from './database';
import { derivedChanges, toRow } from './derive';
import { TrackerError } from './errors';
import type { RecommendationRow } from './schema';
import { optionalDate, requireDate, requireText } from './validate';

export const EDITABLE_FIELDS = [
  'label', 'text', 'kind', 'addressee', 'addresseeName', 'leadOfficer', 'directorate', 'receivedDate',
  'responseOutcome', 'responseText', 'responseDate', 'respondedBy', 'action', 'status', 'rag', 'targetDate', 'notes',
  'implementedOn', 'implementedBy', 'signedOffOn', 'signedOffNote', 'origin', 'priority',
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];
export type RecommendationChanges = Partial<Pick<Required<Recommendation>, EditableField>>;

const DATE_FIELDS: Partial<Record<EditableField, string>> = {
  receivedDate: 'The date received',
  responseDate: 'The response date',
  targetDate: 'The target date',
  implementedOn: 'The date it was reported implemented',
  signedOffOn: 'The date the committee signed it off',
};

function oneOf<T extends string>(allowed: readonly T[], value: string, what: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw new TrackerError(`"${value}" is not a valid ${what}.`);
  return value as T;
}

/** Checks every change and returns it cleaned; throws before anything is written. */
export function checkChanges(changes: RecommendationChanges): RecommendationChanges {
  const clean: RecommendationChanges = {};
  for (const [key, raw] of Object.entries(changes) as [EditableField, string][]) {
    if (!(EDITABLE_FIELDS as readonly string[]).includes(key)) throw new TrackerError(`"${key}" cannot be edited.`);
    if (typeof raw !== 'string') throw new TrackerError(`The ${key} must be text.`);
    const dateWhat = DATE_FIELDS[key];
    if (dateWhat) (clean as Record<string, string>)[key] = optionalDate(raw, dateWhat);
    else if (key === 'text') clean.text = requireText(raw, 'The recommendation text');
    else if (key === 'kind') clean.kind = oneOf(RECOMMENDATION_KINDS, raw, 'kind');
    else if (key === 'addressee') clean.addressee = oneOf(ADDRESSEES, raw, 'addressee');
    else if (key === 'status') clean.status = oneOf(STATUSES, raw, 'status');
    else if (key === 'responseOutcome') clean.responseOutcome = raw === '' ? '' : oneOf(OUTCOMES, raw, 'outcome');
    else if (key === 'rag') clean.rag = raw === '' ? '' : oneOf(RAG_RATINGS, raw, 'RAG rating');
    else (clean as Record<string, string>)[key] = raw;
  }
  return clean;
}

export interface NewRecommendation extends RecommendationChanges {
  itemId: string;
  text: string;
}

export async function createRecommendation(db: TrackerDb, input: NewRecommendation): Promise<RecommendationRow> {
  const { itemId, ...fields } = input;
  const clean = checkChanges(fields);
  return db.transaction('rw', db.meetings, db.items, db.recommendations, async () => {
    const item = await db.items.get(itemId);
    if (!item) throw new TrackerError('Choose an agenda item for the recommendation.');
    const meeting = await db.meetings.get(item.meetingId);
    if (!meeting) throw new TrackerError('The agenda item has lost its meeting.');
    const siblings = await db.recommendations.where('itemId').equals(itemId).toArray();
    const recommendation = newRecommendation(
      { text: '', ...clean, itemId, position: siblings.reduce((max, r) => Math.max(max, r.position + 1), 0) },
      meeting.date,
    );
    const row = toRow(recommendation, item, meeting);
    await db.recommendations.add(row);
    return row;
  });
}

/**
 * Changes the given fields only (never replaces the record), keeps each real change in the
 * history in the same transaction, and returns the previous values, which is what undo needs.
 * `reason` says why (a moved target date asks for one) and is kept with the history entries.
 */
export async function updateRecommendation(
  db: TrackerDb,
  id: string,
  changes: RecommendationChanges,
  options: { reason?: string } = {},
): Promise<RecommendationChanges> {
  const clean = checkChanges(changes);
  return db.transaction('rw', db.recommendations, db.history, async () => {
    const row = await db.recommendations.get(id);
    if (!row) throw new TrackerError('That recommendation is no longer in the tracker.');
    const before: RecommendationChanges = {};
    // An optional field the record never had (origin, priority, implementedOn…) comes back as '', so
    // undoing its first edit is a valid change rather than a refused undefined.
    for (const key of Object.keys(clean) as EditableField[]) (before as Record<string, unknown>)[key] = row[key] ?? '';
    const at = nowIso();
    const patch: Partial<RecommendationRow> = { ...clean, updatedAt: at, ...derivedChanges(row, clean) };
    await db.recommendations.update(id, patch);
    const entries: HistoryEntry[] = (Object.keys(clean) as EditableField[])
      .filter((field) => String(row[field] ?? '') !== String(clean[field] ?? ''))
      .map((field) => ({
        id: newId(),
        createdAt: at,
        updatedAt: at,
        recommendationId: id,
        at,
        field,
        oldValue: String(row[field] ?? ''),
        newValue: String(clean[field] ?? ''),
        reason: options.reason?.trim() ?? '',
      }));
    await db.history.bulkAdd(entries);
    return before;
  });
}

/** Every recorded change of a recommendation, newest first (fields of one change in name order). */
export async function historyFor(db: TrackerDb, recommendationId: string): Promise<HistoryEntry[]> {
  const entries = await db.history.where('recommendationId').equals(recommendationId).toArray();
  return entries.sort((a, b) => b.at.localeCompare(a.at) || a.field.localeCompare(b.field));
}

export async function addProgressUpdate(db: TrackerDb, recommendationId: string, input: { date: string; text: string }): Promise<ProgressUpdate> {
  const stamp = nowIso();
  const update: ProgressUpdate = {
    id: newId(),
    createdAt: stamp,
    updatedAt: stamp,
    recommendationId,
    date: requireDate(input.date, 'The date of the update'),
    text: requireText(input.text, 'The update'),
  };
  await db.transaction('rw', db.recommendations, db.progressUpdates, async () => {
    if (!(await db.recommendations.get(recommendationId))) throw new TrackerError('That recommendation is no longer in the tracker.');
    await db.progressUpdates.add(update);
  });
  return update;
}

export async function deleteProgressUpdate(db: TrackerDb, id: string): Promise<void> {
  await db.progressUpdates.delete(id);
}
