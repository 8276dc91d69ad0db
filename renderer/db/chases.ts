// Chasing in the database: the chase log kept on each recommendation, what the board reads, and closing stale recommendations as not pursued.
import { closeAllAsNotPursued, nowIso, type BoardInput, type ChaseRecord } from '../../shared/index';
import type { TrackerDb } from './database';
import { derivedChanges } from './derive';
import { TrackerError } from './errors';
import { checkChanges, type RecommendationChanges } from './recommendations';
import type { RecommendationRow } from './schema';

/** Adds the records of one chase (one per recommendation) together: all of them, or none if a recommendation has gone. */
export async function logChases(db: TrackerDb, records: readonly ChaseRecord[]): Promise<void> {
  if (records.length === 0) throw new TrackerError('There is no chase to log: no recommendation was chased.');
  await db.transaction('rw', db.recommendations, db.chases, async () => {
    const ids = [...new Set(records.map((r) => r.recommendationId))];
    const found = await db.recommendations.bulkGet(ids);
    if (found.some((r) => r === undefined)) {
      throw new TrackerError('A recommendation being chased is no longer in the tracker, so the chase was not logged. Close the chase and try again.');
    }
    await db.chases.bulkAdd([...records]);
  });
}

/** Takes chase records out again (undo of logging a chase). */
export async function removeChases(db: TrackerDb, ids: readonly string[]): Promise<void> {
  await db.chases.bulkDelete([...ids]);
}

const byDate = (a: ChaseRecord, b: ChaseRecord) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0);

/** One recommendation's chases, oldest first. */
export async function chasesFor(db: TrackerDb, recommendationId: string): Promise<ChaseRecord[]> {
  const records = await db.chases.where('recommendationId').equals(recommendationId).toArray();
  return records.sort(byDate);
}

/** The chases of several recommendations (the board's rows, a chase's picks), oldest first. */
export async function chasesForMany(db: TrackerDb, recommendationIds: readonly string[]): Promise<ChaseRecord[]> {
  if (recommendationIds.length === 0) return [];
  const records = await db.chases.where('recommendationId').anyOf([...recommendationIds]).toArray();
  return records.sort(byDate);
}

/** A recommendation with its place in the tracker, as the board and the chase letters read it. */
export interface ChaseCandidate extends BoardInput {
  recommendation: RecommendationRow;
  committeeId: string;
}

/**
 * The recommendations that may still be owed a response — no outcome recorded, or "No response
 * received" — with their meeting, item and committee. Read through the sparse awaitingOutcome
 * index, so a tracker of 50,000 answered recommendations costs no more than the few still open.
 */
export async function loadChaseCandidates(db: TrackerDb): Promise<ChaseCandidate[]> {
  return db.transaction('r', [db.committees, db.meetings, db.items, db.recommendations], async () => {
    const rows = await db.recommendations.where('awaitingOutcome').equals(1).toArray();
    const [items, meetings, committees] = await Promise.all([
      db.items.bulkGet([...new Set(rows.map((r) => r.itemId))]),
      db.meetings.bulkGet([...new Set(rows.map((r) => r.meetingId))]),
      db.committees.bulkGet([...new Set(rows.map((r) => r.committeeId))]),
    ]);
    const itemById = new Map(items.filter((i) => i !== undefined).map((i) => [i.id, i]));
    const meetingById = new Map(meetings.filter((m) => m !== undefined).map((m) => [m.id, m]));
    const committeeById = new Map(committees.filter((c) => c !== undefined).map((c) => [c.id, c]));
    const candidates: ChaseCandidate[] = [];
    for (const recommendation of rows) {
      const item = itemById.get(recommendation.itemId);
      const meeting = meetingById.get(recommendation.meetingId);
      const committee = committeeById.get(recommendation.committeeId);
      if (!item || !meeting || !committee) continue;
      candidates.push({
        recommendation,
        meetingDate: meeting.date,
        itemTitle: item.title,
        committeeName: committee.name,
        committeeId: committee.id,
      });
    }
    return candidates;
  });
}

/** The fields one recommendation had (or gets), for undo and redo of a change to many. */
export interface FieldChanges {
  id: string;
  changes: RecommendationChanges;
}

export interface NotPursuedResult {
  /** The changes made, by recommendation (redo applies them again). */
  applied: FieldChanges[];
  /** The values those fields had before (undo puts them back). */
  previous: FieldChanges[];
}

/**
 * Closes the given recommendations as not pursued with the council's wording, all in one
 * transaction (see shared closeAsNotPursued for what changes). Ones already closed change nothing.
 */
export async function closeNotPursued(db: TrackerDb, ids: readonly string[], wording: string): Promise<NotPursuedResult> {
  if (ids.length === 0) throw new TrackerError('Choose at least one recommendation to close.');
  return db.transaction('rw', db.recommendations, async () => {
    const rows = await db.recommendations.bulkGet([...new Set(ids)]);
    if (rows.some((r) => r === undefined)) {
      throw new TrackerError('A recommendation chosen for closing is no longer in the tracker, so none was closed.');
    }
    const applied = closeAllAsNotPursued(rows as RecommendationRow[], wording).map((c) => ({ id: c.id, changes: c.changes as RecommendationChanges }));
    const previous = await writeFields(db, applied);
    return { applied, previous };
  });
}

/** Sets fields on several recommendations in one transaction (undo and redo of a change to many); returns what they were. */
export async function setFieldsOfMany(db: TrackerDb, entries: readonly FieldChanges[]): Promise<FieldChanges[]> {
  return db.transaction('rw', db.recommendations, () => writeFields(db, entries));
}

async function writeFields(db: TrackerDb, entries: readonly FieldChanges[]): Promise<FieldChanges[]> {
  const checked = entries.map((e) => ({ id: e.id, changes: checkChanges(e.changes) }));
  const previous: FieldChanges[] = [];
  const stamp = nowIso();
  for (const { id, changes } of checked) {
    const row = await db.recommendations.get(id);
    if (!row) throw new TrackerError('That recommendation is no longer in the tracker.');
    const before: RecommendationChanges = {};
    for (const key of Object.keys(changes) as (keyof RecommendationChanges)[]) (before as Record<string, unknown>)[key] = row[key];
    const patch: Partial<RecommendationRow> = { ...changes, updatedAt: stamp, ...derivedChanges(row, changes) };
    await db.recommendations.update(id, patch);
    previous.push({ id, changes: before });
  }
  return previous;
}
