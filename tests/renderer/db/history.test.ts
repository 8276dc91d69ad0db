// History and the bin: every real change to a recommendation is kept with when and why; the bin
// lists deletions, restores them and empties for good.
import { describe, expect, it } from 'vitest';
import {
  createCommittee,
  createItem,
  createMeeting,
  createRecommendation,
  deleteToBin,
  emptyBin,
  historyFor,
  listBin,
  restoreFromBin,
  setReceivedDateForMeeting,
  updateRecommendation,
} from '../../../renderer/db/index';
import { freshDb } from './helpers';

async function oneRecommendation() {
  const db = freshDb();
  const committee = await createCommittee(db, { name: 'Environment Scrutiny Committee' });
  const meeting = await createMeeting(db, { committeeId: committee.id, date: '2025-03-04' });
  const item = await createItem(db, { meetingId: meeting.id, title: 'Waste strategy' });
  const rec = await createRecommendation(db, { itemId: item.id, text: 'Publish recycling rates by ward.', targetDate: '2025-06-30' });
  return { db, rec, meeting };
}

describe('history', () => {
  it('keeps each changed field with old and new values, when, and the reason given', async () => {
    const { db, rec } = await oneRecommendation();
    await updateRecommendation(db, rec.id, { responseOutcome: 'Accepted', responseText: 'Agreed.' });
    await updateRecommendation(db, rec.id, { targetDate: '2025-09-30' }, { reason: 'Data contract delayed' });
    const history = await historyFor(db, rec.id);
    expect(history.map((h) => [h.field, h.oldValue, h.newValue, h.reason])).toEqual([
      ['targetDate', '2025-06-30', '2025-09-30', 'Data contract delayed'],
      ['responseOutcome', '', 'Accepted', ''],
      ['responseText', '', 'Agreed.', ''],
    ]);
    expect(history.every((h) => /^[0-9a-f-]{36}$/.test(h.id) && h.at.endsWith('Z'))).toBe(true);
  });

  it('records nothing for a field saved with the value it already had, nor for a refused change', async () => {
    const { db, rec } = await oneRecommendation();
    await updateRecommendation(db, rec.id, { text: rec.text, status: 'open' });
    await expect(updateRecommendation(db, rec.id, { targetDate: '31/12/2025' })).rejects.toThrow(/not a real date/);
    expect(await historyFor(db, rec.id)).toEqual([]);
  });
});

describe('the bin', () => {
  it('lists deletions newest first, restores one, and empties the rest with their history', async () => {
    const { db, rec, meeting } = await oneRecommendation();
    await updateRecommendation(db, rec.id, { notes: 'Ask the waste team' });
    const first = await deleteToBin(db, { kind: 'recommendation', id: rec.id });
    const second = await deleteToBin(db, { kind: 'meeting', id: meeting.id });
    expect((await listBin(db)).map((e) => e.id)).toEqual([second.id, first.id]);

    await restoreFromBin(db, second.id);
    expect(await db.meetings.count()).toBe(1);
    expect(await emptyBin(db)).toBe(1);
    expect(await listBin(db)).toEqual([]);
    expect(await db.history.count()).toBe(0);
    await expect(restoreFromBin(db, first.id)).rejects.toThrow(/not in the bin/);
  });
});

describe('the date received, for a whole meeting', () => {
  it('sets it on every recommendation that owes a response, once, with history', async () => {
    const { db, rec, meeting } = await oneRecommendation();
    const item = (await db.items.toArray())[0]!;
    const own = await createRecommendation(db, { itemId: item.id, text: 'Committee to revisit in a year.', addressee: 'committee' });
    const changed = await setReceivedDateForMeeting(db, meeting.id, '2025-03-11');
    expect(changed).toEqual([{ id: rec.id, before: '2025-03-04' }]);
    expect((await db.recommendations.get(rec.id))!.receivedDate).toBe('2025-03-11');
    expect((await db.recommendations.get(own.id))!.receivedDate).toBe('');
    expect((await historyFor(db, rec.id)).map((h) => [h.field, h.oldValue, h.newValue])).toEqual([['receivedDate', '2025-03-04', '2025-03-11']]);
    expect(await setReceivedDateForMeeting(db, meeting.id, '2025-03-11')).toEqual([]);
    await expect(setReceivedDateForMeeting(db, meeting.id, '2025-02-30')).rejects.toThrow('The date received is not a real date.');
  });
});
