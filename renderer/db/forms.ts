// Response and update forms in the database: the log of forms sent (one record per recommendation per form), and
// applying a returned form's ticked changes in one transaction, each change in the history with where it came from.
import { newId, nowIso, type FormPlan, type FormRequestRecord, type Tracker } from '../../shared/index';
import type { TrackerDb } from './database';
import { TrackerError } from './errors';
import { loadTracker } from './loadTracker';
import { setFieldsOfMany, type FieldChanges } from './chases';
import { addProgressUpdate, updateRecommendation, type RecommendationChanges } from './recommendations';

export type NewFormRequest = Pick<FormRequestRecord, 'formReference' | 'kind' | 'format' | 'sentOn' | 'to'>;

/** Logs one form sent about these recommendations: all of them, or none if one has gone. */
export async function logFormRequest(db: TrackerDb, recommendationIds: readonly string[], request: NewFormRequest): Promise<FormRequestRecord[]> {
  const ids = [...new Set(recommendationIds)];
  if (ids.length === 0) throw new TrackerError('There is no form to log: no recommendation was asked about.');
  const stamp = nowIso();
  const records: FormRequestRecord[] = ids.map((recommendationId) => ({
    id: newId(),
    createdAt: stamp,
    updatedAt: stamp,
    recommendationId,
    formReference: request.formReference,
    kind: request.kind,
    format: request.format,
    sentOn: request.sentOn,
    to: request.to.trim(),
    status: 'sent',
    returnedOn: '',
    returnedBy: '',
  }));
  await db.transaction('rw', db.recommendations, db.forms, async () => {
    const found = await db.recommendations.bulkGet(ids);
    if (found.some((r) => r === undefined)) throw new TrackerError('A recommendation on the form is no longer in the tracker, so the request was not logged.');
    await db.forms.bulkAdd(records);
  });
  return records;
}

/** The form requests of these recommendations, oldest first. */
export async function formRequestsFor(db: TrackerDb, recommendationIds: readonly string[]): Promise<FormRequestRecord[]> {
  if (recommendationIds.length === 0) return [];
  const records = await db.forms.where('recommendationId').anyOf([...recommendationIds]).toArray();
  return records.sort((a, b) => a.sentOn.localeCompare(b.sentOn) || a.createdAt.localeCompare(b.createdAt));
}

/** Every form still awaited (sent, not returned). */
export async function openFormRequests(db: TrackerDb): Promise<FormRequestRecord[]> {
  return db.forms.where('status').equals('sent').toArray();
}

/** The whole tracker with its form log, as readResponseForm needs it. */
export async function trackerForForms(db: TrackerDb): Promise<Tracker> {
  const [tracker, forms] = await Promise.all([loadTracker(db), db.forms.toArray()]);
  return { ...tracker, forms };
}

export interface AppliedForm {
  recommendations: number;
  changes: number;
  updates: number;
  /** What undo needs: the fields' values before, the progress updates added, the requests marked returned. */
  undo: { previous: FieldChanges[]; progressIds: string[]; requestIds: string[] };
}

/**
 * Applies the ticked entries of a returned form's plan in one transaction: each field change through
 * updateRecommendation (so it is in the history, with the form as its reason), each progress update
 * added, and the form's requests for those recommendations marked returned. All or nothing.
 */
export async function applyFormPlan(db: TrackerDb, plan: FormPlan, tickedIds: readonly string[], returnedOn: string): Promise<AppliedForm> {
  const ticked = new Set(tickedIds);
  const entries = plan.entries.filter((e) => e.recommendationId !== null && ticked.has(e.recommendationId));
  if (entries.length === 0) throw new TrackerError('Tick at least one recommendation to take in.');
  let changes = 0;
  let updates = 0;
  const undo: AppliedForm['undo'] = { previous: [], progressIds: [], requestIds: [] };
  await db.transaction('rw', [db.recommendations, db.history, db.progressUpdates, db.forms], async () => {
    for (const entry of entries) {
      const id = entry.recommendationId!;
      if (!(await db.recommendations.get(id))) throw new TrackerError('A recommendation on the form is no longer in the tracker, so nothing was taken in.');
      const others: RecommendationChanges = {};
      for (const c of entry.changes) if (c.field !== 'targetDate') (others as Record<string, string>)[c.field] = c.to;
      let before: RecommendationChanges = {};
      if (Object.keys(others).length > 0) before = await updateRecommendation(db, id, others, { reason: `From the ${plan.source}` });
      const target = entry.changes.find((c) => c.field === 'targetDate');
      if (target) {
        const why = entry.targetReason ? `${entry.targetReason} (from the ${plan.source})` : `From the ${plan.source}`;
        before = { ...before, ...(await updateRecommendation(db, id, { targetDate: target.to }, { reason: why })) };
      }
      if (Object.keys(before).length > 0) undo.previous.push({ id, changes: before });
      changes += entry.changes.length;
      if (entry.progress) {
        undo.progressIds.push((await addProgressUpdate(db, id, entry.progress)).id);
        updates++;
      }
    }
    if (plan.formReference) {
      const requests = await db.forms.where('formReference').equals(plan.formReference).toArray();
      const stamp = nowIso();
      for (const r of requests) {
        if (r.status === 'sent' && ticked.has(r.recommendationId)) {
          await db.forms.update(r.id, { status: 'returned', returnedOn, returnedBy: plan.givenBy, updatedAt: stamp });
          undo.requestIds.push(r.id);
        }
      }
    }
  });
  return { recommendations: entries.length, changes, updates, undo };
}

/** Undoes taking in a form, in one transaction: the fields put back, its progress updates removed, its requests awaited again. */
export async function undoFormPlan(db: TrackerDb, undo: AppliedForm['undo']): Promise<void> {
  await db.transaction('rw', [db.recommendations, db.progressUpdates, db.forms], async () => {
    await setFieldsOfMany(db, undo.previous);
    await db.progressUpdates.bulkDelete(undo.progressIds);
    const stamp = nowIso();
    for (const id of undo.requestIds) await db.forms.update(id, { status: 'sent', returnedOn: '', returnedBy: '', updatedAt: stamp });
  });
}
