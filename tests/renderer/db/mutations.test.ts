// Creating, editing and deleting through the database module: field updates, derived fields, the bin.
import { describe, expect, it } from 'vitest';
import {
  createCommittee,
  createItem,
  createMeeting,
  createRecommendation,
  deleteToBin,
  restoreFromBin,
  updateMeeting,
  updateRecommendation,
  addProgressUpdate,
} from '../../../renderer/db/index';
import { freshDb } from './helpers';

async function oneOfEach() {
  const db = freshDb();
  const committee = await createCommittee(db, { name: 'Children and Young People Scrutiny Committee' });
  const meeting = await createMeeting(db, { committeeId: committee.id, date: '2025-07-22', venue: 'Shire Hall, Hereford' });
  const item = await createItem(db, { meetingId: meeting.id, number: '7', title: 'Herefordshire Safeguarding Children Partnership' });
  const rec = await createRecommendation(db, { itemId: item.id, label: '2', text: 'For full Council to debate the report.', addressee: 'council' });
  return { db, committee, meeting, item, rec };
}

describe('creating records', () => {
  it('gives every record a UUID and fills the derived fields', async () => {
    const { rec, committee, meeting } = await oneOfEach();
    expect(rec.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(rec.committeeId).toBe(committee.id);
    expect(rec.meetingId).toBe(meeting.id);
    expect(rec.sortKey.startsWith('2025-07-22|')).toBe(true);
    expect(rec.words.split(' ')).toContain('debate');
    // No outcome yet: the chasing board's sparse index holds it.
    expect(rec.awaitingOutcome).toBe(1);
    expect(rec.receivedDate).toBe('2025-07-22');
    expect(rec.status).toBe('open');
  });

  it('refuses empty text, impossible dates and duplicate committee names with plain messages', async () => {
    const { db, committee, item } = await oneOfEach();
    await expect(createRecommendation(db, { itemId: item.id, text: '   ' })).rejects.toThrow('The recommendation text cannot be empty.');
    await expect(createMeeting(db, { committeeId: committee.id, date: '2025-02-30' })).rejects.toThrow('The meeting date is not a real date.');
    await expect(createCommittee(db, { name: 'children and young people scrutiny committee' })).rejects.toThrow(/already a committee/);
    expect(await db.recommendations.count()).toBe(1);
    expect(await db.meetings.count()).toBe(1);
  });

  it('numbers items and recommendations in the order they are added', async () => {
    const { db, meeting, item } = await oneOfEach();
    const second = await createItem(db, { meetingId: meeting.id, title: 'Work programme' });
    expect(second.position).toBe(1);
    const r2 = await createRecommendation(db, { itemId: item.id, text: 'Another' });
    expect(r2.position).toBe(1);
  });
});

describe('editing', () => {
  it('changes only the given fields, returns their old values and re-indexes searched text', async () => {
    const { db, rec } = await oneOfEach();
    const before = await updateRecommendation(db, rec.id, { responseOutcome: 'Accepted', responseText: 'Cabinet agreed a scrutiny debate slot.' });
    expect(before).toEqual({ responseOutcome: '', responseText: '' });
    const after = await db.recommendations.get(rec.id);
    expect(after).toMatchObject({ responseOutcome: 'Accepted', label: '2', text: rec.text });
    expect(after!.words.split(' ')).toContain('cabinet');
    // Answered: out of the chasing board's index.
    expect(after).not.toHaveProperty('awaitingOutcome');
    expect(await db.recommendations.where('awaitingOutcome').equals(1).count()).toBe(0);
    expect(after!.updatedAt >= rec.updatedAt).toBe(true);
  });

  it('rejects a bad value without writing anything', async () => {
    const { db, rec } = await oneOfEach();
    await expect(updateRecommendation(db, rec.id, { targetDate: '31/12/2025', notes: 'x' })).rejects.toThrow('The target date is not a real date.');
    await expect(updateRecommendation(db, rec.id, { status: 'finished' as never })).rejects.toThrow('"finished" is not a valid status.');
    expect((await db.recommendations.get(rec.id))!.notes).toBe('');
  });

  it('re-files recommendations when their meeting date changes', async () => {
    const { db, meeting, rec } = await oneOfEach();
    await updateMeeting(db, meeting.id, { date: '2025-07-29' });
    expect((await db.recommendations.get(rec.id))!.sortKey.startsWith('2025-07-29|')).toBe(true);
  });
});

describe('deleting and undoing', () => {
  it('moves a meeting with its items, recommendations and updates to the bin, and restores it whole', async () => {
    const { db, meeting, rec } = await oneOfEach();
    await addProgressUpdate(db, rec.id, { date: '2025-09-01', text: 'Debate scheduled for October Council.' });
    const entry = await deleteToBin(db, { kind: 'meeting', id: meeting.id });
    expect(entry.summary).toBe('Meeting of 22 July 2025');
    expect(await db.meetings.count()).toBe(0);
    expect(await db.items.count()).toBe(0);
    expect(await db.recommendations.count()).toBe(0);
    expect(await db.progressUpdates.count()).toBe(0);
    await restoreFromBin(db, entry.id);
    expect(await db.recommendations.get(rec.id)).toEqual(rec);
    expect(await db.progressUpdates.count()).toBe(1);
    expect(await db.bin.count()).toBe(0);
  });

  it('will not restore a recommendation into an item deleted since', async () => {
    const { db, item, rec } = await oneOfEach();
    const recEntry = await deleteToBin(db, { kind: 'recommendation', id: rec.id });
    await deleteToBin(db, { kind: 'item', id: item.id });
    await expect(restoreFromBin(db, recEntry.id)).rejects.toThrow(/agenda item has been deleted/);
    expect(await db.bin.count()).toBe(2);
  });
});
