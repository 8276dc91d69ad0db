// Loading the tracker back for the Word builders: every committee, or one committee's records only, in the shared shape.
import { describe, expect, it } from 'vitest';
import { selectForExport } from '../../../shared/index';
import { addProgressUpdate, createCommittee, createItem, createMeeting, createRecommendation, loadTracker } from '../../../renderer/db/index';
import { exampleDb } from './helpers';

async function withSecondCommittee() {
  const db = await exampleDb();
  const cyp = (await db.committees.toArray())[0]!;
  const adults = await createCommittee(db, { name: 'Adults and Wellbeing Scrutiny Committee' });
  const meeting = await createMeeting(db, { committeeId: adults.id, date: '2024-03-12' });
  const item = await createItem(db, { meetingId: meeting.id, title: 'Safeguarding Adults Board annual report' });
  const rec = await createRecommendation(db, { itemId: item.id, text: 'For full Council to debate the annual report.', addressee: 'council' });
  await addProgressUpdate(db, rec.id, { date: '2024-06-01', text: 'Debated in May.' });
  const cypRec = (await db.recommendations.where('committeeId').equals(cyp.id).first())!;
  await addProgressUpdate(db, cypRec.id, { date: '2024-02-01', text: 'Workshop held.' });
  return { db, cyp, adults, rec, cypRec };
}

describe('loadTracker', () => {
  it('loads the whole example in the shared shape, without the stored derived fields', async () => {
    const db = await exampleDb();
    const tracker = await loadTracker(db);
    expect(tracker.committees).toHaveLength(1);
    expect(tracker.meetings).toHaveLength(9);
    expect(tracker.recommendations).toHaveLength(49);
    const r = tracker.recommendations[0]!;
    for (const derived of ['committeeId', 'meetingId', 'sortKey', 'words', 'awaitingOutcome']) expect(r).not.toHaveProperty(derived);
    expect(tracker.items[0]).not.toHaveProperty('committeeId');
    const selection = selectForExport(tracker, { committee: tracker.committees[0]!.id });
    expect([selection.recommendationCount, selection.meetings.length]).toEqual([49, 9]);
    expect(selectForExport(tracker, { from: '2024-01-01', to: '2024-12-31' }).recommendationCount).toBe(40);
  });

  it('loads one committee only, with its progress updates and no one else’s', async () => {
    const { db, cyp, adults, rec, cypRec } = await withSecondCommittee();
    const all = await loadTracker(db);
    expect(all.committees).toHaveLength(2);
    expect(all.recommendations).toHaveLength(50);
    expect(all.progressUpdates).toHaveLength(2);

    const one = await loadTracker(db, { committeeId: adults.id });
    expect(one.committees.map((c) => c.id)).toEqual([adults.id]);
    expect(one.meetings).toHaveLength(1);
    expect(one.items).toHaveLength(1);
    expect(one.recommendations.map((r) => r.id)).toEqual([rec.id]);
    expect(one.progressUpdates.map((u) => u.text)).toEqual(['Debated in May.']);

    const other = await loadTracker(db, { committeeId: cyp.id });
    expect(other.recommendations).toHaveLength(49);
    expect(other.progressUpdates.map((u) => u.recommendationId)).toEqual([cypRec.id]);
    expect(other.meetings.every((m) => m.committeeId === cyp.id)).toBe(true);
  });

  it('says so in plain English when the committee has gone', async () => {
    const db = await exampleDb();
    await expect(loadTracker(db, { committeeId: 'no-such-committee' })).rejects.toThrow('That committee is no longer in the tracker.');
  });

  it('loads an empty tracker as empty lists', async () => {
    const { freshDb } = await import('./helpers');
    expect(await loadTracker(freshDb())).toEqual({ committees: [], meetings: [], items: [], recommendations: [], progressUpdates: [] });
  });
});
