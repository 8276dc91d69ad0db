// Forms in the database: a request logged on each recommendation, a returned form applied in one transaction with
// its source in the history, the request marked returned (so the same form is refused the second time), and the bin.
import { describe, expect, it } from 'vitest';
import { buildResponseForm, planReturnedForm, readResponseForm, rowReference } from '../../../shared/index';
import { applyFormPlan, deleteToBin, formRequestsFor, historyFor, logFormRequest, restoreFromBin, trackerForForms, undoFormPlan } from '../../../renderer/db/index';
import { fillDocx } from '../../shared/forms/fill';
import { exampleDb } from './helpers';

describe('forms in the database', () => {
  it('logs a request, applies the returned form with its source, and refuses the same form again', async () => {
    const db = await exampleDb();
    const before = await trackerForForms(db);
    const rec = before.recommendations.find((r) => r.responseOutcome === '')!;
    const other = before.recommendations.find((r) => r.responseOutcome === 'Accepted')!;
    await logFormRequest(db, [rec.id], { formReference: 'RF-AB12-CD34', kind: 'response', format: 'docx', sentOn: '2026-12-01', to: 'Cllr Ivan Powell' });
    expect(await formRequestsFor(db, [rec.id])).toMatchObject([{ formReference: 'RF-AB12-CD34', status: 'sent', to: 'Cllr Ivan Powell', sentOn: '2026-12-01' }]);

    const tracker = await trackerForForms(db);
    const form = await buildResponseForm(tracker, [rec.id], { reference: 'RF-AB12-CD34', date: '2026-12-01' });
    const filled = await fillDocx(form, { [rowReference(rec.id)]: { outcome: 'Accepted', response: 'We will appoint a champion.', targetDate: '31 March 2027' } });
    const plan = planReturnedForm(await readResponseForm(filled, tracker), tracker, { returnedOn: '2026-12-09', sentTo: 'Cllr Ivan Powell' });
    expect(plan.entries[0]!.changes.map((c) => [c.field, c.to])).toEqual([
      ['responseOutcome', 'Accepted'],
      ['responseText', 'We will appoint a champion.'],
      ['responseDate', '2026-12-09'],
      ['respondedBy', 'Cllr Ivan Powell'],
      ['targetDate', '2027-03-31'],
    ]);
    const applied = await applyFormPlan(db, plan, [rec.id], '2026-12-09');
    expect(applied).toMatchObject({ recommendations: 1, changes: 5, updates: 0 });

    const after = (await db.recommendations.get(rec.id))!;
    expect(after).toMatchObject({ responseOutcome: 'Accepted', responseText: 'We will appoint a champion.', responseDate: '2026-12-09', respondedBy: 'Cllr Ivan Powell', targetDate: '2027-03-31' });
    // Off the awaiting board.
    expect(after.awaitingOutcome).toBeUndefined();
    const history = await historyFor(db, rec.id);
    expect(history.map((h) => h.field).sort()).toEqual(['respondedBy', 'responseDate', 'responseOutcome', 'responseText', 'targetDate']);
    for (const h of history) expect(h.reason).toContain('response form RF-AB12-CD34 returned by Cllr Ivan Powell on 9 December 2026');
    expect((await db.recommendations.get(other.id))!.updatedAt).toBe(other.updatedAt);
    expect(await formRequestsFor(db, [rec.id])).toMatchObject([{ status: 'returned', returnedOn: '2026-12-09', returnedBy: 'Cllr Ivan Powell' }]);

    await expect(readResponseForm(filled, await trackerForForms(db))).rejects.toThrow('This form (RF-AB12-CD34) was read in on 9 December 2026, as completed by Cllr Ivan Powell');

    // Undone in one step: the fields as they were, the form awaited again, so it can be read in again.
    await undoFormPlan(db, applied.undo);
    expect(await db.recommendations.get(rec.id)).toMatchObject({ responseOutcome: '', responseText: rec.responseText, responseDate: rec.responseDate, targetDate: rec.targetDate, awaitingOutcome: 1 });
    expect(await formRequestsFor(db, [rec.id])).toMatchObject([{ status: 'sent', returnedOn: '', returnedBy: '' }]);
    await expect(readResponseForm(filled, await trackerForForms(db))).resolves.toMatchObject({ formReference: 'RF-AB12-CD34' });
  });

  it('applies nothing at all when one ticked recommendation has gone meanwhile', async () => {
    const db = await exampleDb();
    const tracker = await trackerForForms(db);
    const [a, b] = tracker.recommendations.filter((r) => r.responseOutcome === 'Accepted');
    const form = await buildResponseForm(tracker, [a!.id, b!.id], { date: '2026-12-01' });
    const filled = await fillDocx(form, { [rowReference(a!.id)]: { response: 'Changed A.' }, [rowReference(b!.id)]: { response: 'Changed B.' } });
    const plan = planReturnedForm(await readResponseForm(filled, tracker), tracker, { returnedOn: '2026-12-09' });
    await deleteToBin(db, { kind: 'recommendation', id: b!.id });
    await expect(applyFormPlan(db, plan, [a!.id, b!.id], '2026-12-09')).rejects.toThrow('no longer in the tracker');
    expect((await db.recommendations.get(a!.id))!.responseText).toBe(a!.responseText);
  });

  it('keeps a recommendation’s form requests with it in the bin', async () => {
    const db = await exampleDb();
    const rec = (await db.recommendations.toArray())[0]!;
    await logFormRequest(db, [rec.id], { formReference: 'UF-AAAA-BBBB', kind: 'update', format: 'xlsx', sentOn: '2026-12-01', to: 'Director' });
    const entry = await deleteToBin(db, { kind: 'recommendation', id: rec.id });
    expect(await formRequestsFor(db, [rec.id])).toEqual([]);
    await restoreFromBin(db, entry.id);
    expect(await formRequestsFor(db, [rec.id])).toHaveLength(1);
  });

  it('takes in an update form: a dated progress update, the revised target date with its reason, "implemented" kept apart from sign-off', async () => {
    const db = await exampleDb();
    const tracker = await trackerForForms(db);
    const rec = tracker.recommendations.find((r) => r.responseOutcome === 'Accepted')!;
    const form = await buildResponseForm(tracker, [rec.id], { kind: 'update', reference: 'UF-1234-5678', date: '2026-12-01' });
    const filled = await fillDocx(
      form,
      { [rowReference(rec.id)]: { progress: 'Workshop held in November.', rag: 'Green', revisedTargetDate: '31 January 2027', revisedTargetReason: 'Second session moved.', implemented: 'Yes' } },
      { kind: 'update', completedBy: 'Head of Early Help', completedOn: '8 December 2026' },
    );
    const plan = planReturnedForm(await readResponseForm(filled, tracker), tracker, { returnedOn: '2026-12-09' });
    await applyFormPlan(db, plan, [rec.id], '2026-12-09');
    const after = (await db.recommendations.get(rec.id))!;
    expect(after).toMatchObject({ rag: 'green', targetDate: '2027-01-31', implementedOn: '2026-12-08', implementedBy: 'Head of Early Help', status: rec.status });
    expect(after.signedOffOn).toBeUndefined();
    expect(await db.progressUpdates.where('recommendationId').equals(rec.id).toArray()).toMatchObject([{ date: '2026-12-08', text: 'Workshop held in November.' }]);
    const moved = (await historyFor(db, rec.id)).find((h) => h.field === 'targetDate')!;
    expect(moved.reason).toBe('Second session moved. (from the update form UF-1234-5678 returned by Head of Early Help on 9 December 2026)');
  });
});
