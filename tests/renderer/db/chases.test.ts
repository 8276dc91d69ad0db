// Chasing in the database: the chase log, the board's read, closing as not pursued with undo, the bin, and the chasing settings.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHASING_SETTINGS, newChaseRecords } from '../../../shared/index';
import {
  CHASING_SETTINGS_KEY,
  chasesFor,
  chasesForMany,
  closeNotPursued,
  createCommittee,
  createItem,
  createMeeting,
  createRecommendation,
  deleteToBin,
  getLastSummaryDate,
  loadChaseCandidates,
  loadChasingSettings,
  logChases,
  removeChases,
  restoreFromBin,
  saveChasingSettings,
  setFieldsOfMany,
  setLastSummaryDate,
  setSetting,
  updateRecommendation,
  watchChasingSettings,
} from '../../../renderer/db/index';
import { freshDb } from './helpers';

async function tracker() {
  const db = freshDb();
  const committee = await createCommittee(db, { name: 'Children and Young People Scrutiny Committee' });
  const meeting = await createMeeting(db, { committeeId: committee.id, date: '2025-07-22' });
  const item = await createItem(db, { meetingId: meeting.id, number: '7', title: 'Early Help' });
  const a = await createRecommendation(db, { itemId: item.id, label: '1', text: 'Publish the early help dashboard.', addressee: 'executive' });
  const b = await createRecommendation(db, { itemId: item.id, label: '2', text: 'Report back on waiting times.', addressee: 'executive' });
  const c = await createRecommendation(db, { itemId: item.id, label: '3', text: 'The committee to visit a family hub.', addressee: 'committee' });
  return { db, committee, meeting, item, a, b, c };
}

const details = { date: '2025-10-01', to: 'Cllr Jane Smith', level: 'chase' as const, method: 'email' as const };

describe('the chase log', () => {
  it('logs one record per recommendation in one go and lists them per recommendation, oldest first', async () => {
    const { db, a, b } = await tracker();
    await logChases(db, newChaseRecords([a.id, b.id], details));
    await logChases(db, newChaseRecords([a.id], { ...details, date: '2025-09-20', level: 'reminder', method: 'letter' }));
    const history = await chasesFor(db, a.id);
    expect(history.map((h) => [h.date, h.level, h.method, h.to])).toEqual([
      ['2025-09-20', 'reminder', 'letter', 'Cllr Jane Smith'],
      ['2025-10-01', 'chase', 'email', 'Cllr Jane Smith'],
    ]);
    expect(await chasesFor(db, b.id)).toHaveLength(1);
    expect(await chasesForMany(db, [a.id, b.id])).toHaveLength(3);
    expect(await chasesForMany(db, [])).toEqual([]);
  });

  it('logs nothing when one of the recommendations has gone, and says why', async () => {
    const { db, a, b } = await tracker();
    await deleteToBin(db, { kind: 'recommendation', id: b.id });
    await expect(logChases(db, newChaseRecords([a.id, b.id], details))).rejects.toThrow(/no longer in the tracker, so the chase was not logged/);
    expect(await db.chases.count()).toBe(0);
    await expect(logChases(db, [])).rejects.toThrow(/no recommendation was chased/);
  });

  it('takes a logged chase out again (undo)', async () => {
    const { db, a, b } = await tracker();
    const records = newChaseRecords([a.id, b.id], details);
    await logChases(db, records);
    await removeChases(db, records.map((r) => r.id));
    expect(await db.chases.count()).toBe(0);
  });

  it('moves a deleted recommendation’s chases to the bin and puts them back on undo', async () => {
    const { db, a, b, item } = await tracker();
    await logChases(db, newChaseRecords([a.id, b.id], details));
    const entry = await deleteToBin(db, { kind: 'recommendation', id: a.id });
    expect(entry.chases).toHaveLength(1);
    expect(await chasesFor(db, a.id)).toEqual([]);
    expect(await chasesFor(db, b.id)).toHaveLength(1);
    await restoreFromBin(db, entry.id);
    expect(await chasesFor(db, a.id)).toEqual(entry.chases);

    // Deleting the agenda item takes every chase beneath it along.
    const itemEntry = await deleteToBin(db, { kind: 'item', id: item.id });
    expect(itemEntry.chases).toHaveLength(2);
    expect(await db.chases.count()).toBe(0);
    await restoreFromBin(db, itemEntry.id);
    expect(await db.chases.count()).toBe(2);
  });

  it('restores a bin entry written before chases were kept', async () => {
    const { db, a } = await tracker();
    const entry = await deleteToBin(db, { kind: 'recommendation', id: a.id });
    const { chases: _dropped, ...older } = entry;
    await db.bin.put(older);
    await restoreFromBin(db, entry.id);
    expect(await db.recommendations.get(a.id)).toBeDefined();
  });
});

describe('the board’s read', () => {
  it('reads only recommendations without an answer, with their meeting, item and committee', async () => {
    const { db, a, b, c, committee } = await tracker();
    await updateRecommendation(db, b.id, { responseOutcome: 'Accepted' });
    await updateRecommendation(db, c.id, { responseOutcome: 'No response received' });
    const candidates = await loadChaseCandidates(db);
    expect(candidates.map((x) => x.recommendation.id).sort()).toEqual([a.id, c.id].sort());
    expect(candidates.find((x) => x.recommendation.id === a.id)).toMatchObject({
      meetingDate: '2025-07-22',
      itemTitle: 'Early Help',
      committeeName: 'Children and Young People Scrutiny Committee',
      committeeId: committee.id,
    });
  });
});

describe('closing as not pursued', () => {
  it('closes several in one step with the wording, and undo and redo put each field back exactly', async () => {
    const { db, a, b } = await tracker();
    await updateRecommendation(db, b.id, { responseOutcome: 'No response received', responseText: 'Chased twice.' });
    const wording = DEFAULT_CHASING_SETTINGS.notPursuedWording;
    const result = await closeNotPursued(db, [a.id, b.id], wording);
    const [ra, rb] = await db.recommendations.bulkGet([a.id, b.id]);
    expect(ra).toMatchObject({ status: 'not-pursued', responseOutcome: 'No response received', responseText: wording });
    expect(rb).toMatchObject({ status: 'not-pursued', responseOutcome: 'No response received', responseText: `Chased twice.\n${wording}` });
    // The wording is searchable straight away.
    expect(ra!.words.split(' ')).toContain('pursued');

    await setFieldsOfMany(db, result.previous);
    expect(await db.recommendations.get(a.id)).toMatchObject({ status: 'open', responseOutcome: '', responseText: '' });
    expect(await db.recommendations.get(b.id)).toMatchObject({ status: 'open', responseOutcome: 'No response received', responseText: 'Chased twice.' });
    expect((await db.recommendations.get(a.id))!.words.split(' ')).not.toContain('pursued');

    await setFieldsOfMany(db, result.applied);
    expect(await db.recommendations.get(a.id)).toMatchObject({ status: 'not-pursued', responseText: wording });
  });

  it('changes nothing at all when one of them has gone, or the wording is empty', async () => {
    const { db, a, b } = await tracker();
    await deleteToBin(db, { kind: 'recommendation', id: b.id });
    await expect(closeNotPursued(db, [a.id, b.id], 'Not pursued.')).rejects.toThrow(/so none was closed/);
    await expect(closeNotPursued(db, [a.id], '   ')).rejects.toThrow(/wording .* is empty/);
    await expect(closeNotPursued(db, [], 'Not pursued.')).rejects.toThrow(/at least one/);
    expect(await db.recommendations.get(a.id)).toMatchObject({ status: 'open', responseText: '' });
  });
});

describe('chasing settings', () => {
  it('gives the defaults until settings are saved, then the saved ones', async () => {
    const db = freshDb();
    expect(await loadChasingSettings(db)).toEqual({ settings: DEFAULT_CHASING_SETTINGS, problem: null });
    const saved = await saveChasingSettings(db, { rule: { weeks: 8 }, officerName: '  Danial Webb ', councilName: 'Herefordshire Council' });
    expect(saved.officerName).toBe('Danial Webb');
    const loaded = await loadChasingSettings(db);
    expect(loaded.problem).toBeNull();
    expect(loaded.settings).toMatchObject({ rule: { weeks: 8 }, officerName: 'Danial Webb', dueSoonDays: 14 });
  });

  it('refuses wrong values with a plain message and keeps what was there', async () => {
    const db = freshDb();
    await saveChasingSettings(db, { dueSoonDays: 10 });
    await expect(saveChasingSettings(db, { dueSoonDays: -3 })).rejects.toThrow(/whole number from 0 to 365/);
    await expect(saveChasingSettings(db, { rule: { fortnights: 4 } })).rejects.toThrow(/months, weeks or days/);
    expect((await loadChasingSettings(db)).settings.dueSoonDays).toBe(10);
  });

  it('falls back to the defaults, saying why, when the stored settings are broken', async () => {
    const db = freshDb();
    await setSetting(db, CHASING_SETTINGS_KEY, { rule: { months: 0 } });
    const loaded = await loadChasingSettings(db);
    expect(loaded.settings).toEqual(DEFAULT_CHASING_SETTINGS);
    expect(loaded.problem).toMatch(/^The saved chasing settings could not be used, so the usual ones apply: The deadline's number of months/);
  });

  it('tells a watcher the settings now and after each change', async () => {
    const db = freshDb();
    const seen: number[] = [];
    const stop = watchChasingSettings(db, (l) => seen.push(l.settings.dueSoonDays));
    await expect.poll(() => seen).toEqual([14]);
    await saveChasingSettings(db, { dueSoonDays: 21 });
    await expect.poll(() => seen).toEqual([14, 21]);
    stop();
    await saveChasingSettings(db, { dueSoonDays: 7 });
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toEqual([14, 21]);
  });

  it('remembers the day of the last start-up summary', async () => {
    const db = freshDb();
    expect(await getLastSummaryDate(db)).toBe('');
    await setLastSummaryDate(db, '2026-11-22');
    expect(await getLastSummaryDate(db)).toBe('2026-11-22');
    await expect(setLastSummaryDate(db, '22/11/2026')).rejects.toThrow(/not a date/);
    await setSetting(db, 'chasing.lastSummary', 42);
    expect(await getLastSummaryDate(db)).toBe('');
  });
});
