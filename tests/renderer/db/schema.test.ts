// Schema versions: a database written at every earlier version opens at the current one with its data.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { indexWords } from '../../../shared/index';
import { SCHEMA_VERSIONS, TrackerDb, firstRecommendationIds, loadChaseCandidates, queryRecommendationIds, restoreFromBin } from '../../../renderer/db/index';
import { recommendationsOfMeeting } from '../../../renderer/db/meetings';
import { freshDb } from './helpers';

describe('database schema', () => {
  it('numbers its versions from 1 without gaps', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
  });

  for (const old of SCHEMA_VERSIONS) {
    it(`upgrades a version ${old.version} database to the current version, keeping its records`, async () => {
      const name = freshDb().name;
      const legacy = new Dexie(name);
      legacy.version(old.version).stores(old.stores);
      await legacy.open();
      await legacy.table('committees').add({ id: 'c1', name: 'Adults and Wellbeing Scrutiny Committee', council: '', createdAt: '', updatedAt: '' });
      await legacy.table('meetings').add({ id: 'm1', committeeId: 'c1', date: '2024-03-12', venue: 'Shire Hall', createdAt: '', updatedAt: '' });
      legacy.close();

      const db = new TrackerDb(name);
      await db.open();
      expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
      expect(await db.committees.get('c1')).toMatchObject({ name: 'Adults and Wellbeing Scrutiny Committee' });
      expect(await db.meetings.where('committeeId').equals('c1').toArray()).toHaveLength(1);
      db.close();
    });
  }

  it('opens a version 1 database with records at version 2, with an empty exports table and every record intact', async () => {
    const name = freshDb().name;
    const v1 = SCHEMA_VERSIONS.find((v) => v.version === 1)!;
    const legacy = new Dexie(name);
    legacy.version(1).stores(v1.stores);
    await legacy.open();
    await legacy.table('committees').add({ id: 'c1', name: 'Children and Young People Scrutiny Committee', council: 'Herefordshire Council', createdAt: '', updatedAt: '' });
    await legacy.table('meetings').add({ id: 'm1', committeeId: 'c1', date: '2023-09-26', venue: '', createdAt: '', updatedAt: '' });
    await legacy.table('items').add({ id: 'i1', meetingId: 'm1', committeeId: 'c1', number: '', title: 'Early Help', position: 0, createdAt: '', updatedAt: '' });
    await legacy.table('recommendations').add({ id: 'r1', itemId: 'i1', meetingId: 'm1', committeeId: 'c1', sortKey: '2023-09-26|m1|000000|000000', words: ['early'], text: 'Early help support.' });
    await legacy.table('progressUpdates').add({ id: 'p1', recommendationId: 'r1', date: '2024-01-01', text: 'Under way.' });
    await legacy.table('settings').put({ key: 'export.author', value: 'Webb, Danial' });
    legacy.close();

    const db = new TrackerDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    expect(db.tables.map((t) => t.name)).toContain('exports');
    expect(await db.exports.count()).toBe(0);
    expect(await db.recommendations.where('[committeeId+sortKey]').between(['c1', ''], ['c1', '\uffff']).count()).toBe(1);
    expect(await db.items.get('i1')).toMatchObject({ title: 'Early Help' });
    expect(await db.progressUpdates.where('recommendationId').equals('r1').count()).toBe(1);
    expect(await db.settings.get('export.author')).toEqual({ key: 'export.author', value: 'Webb, Danial' });
    // The new table works straight after the upgrade, through its indexes.
    await db.exports.add({ id: 'e1', document: 'appendix', committeeId: 'c1', exportedAt: '2026-11-22T10:00:00.000Z', version: 1, recommendations: 1, meetings: 1, from: '', to: '', which: 'all', fileName: 'a.docx' });
    expect(await db.exports.where('document').equals('appendix').count()).toBe(1);
    db.close();
  });

  it('opens a version 2 database with records at version 3, with an empty chases table and every record intact', async () => {
    const name = freshDb().name;
    const v2 = SCHEMA_VERSIONS.find((v) => v.version === 2)!;
    const legacy = new Dexie(name);
    legacy.version(2).stores(v2.stores);
    await legacy.open();
    await legacy.table('committees').add({ id: 'c1', name: 'Children and Young People Scrutiny Committee', council: 'Herefordshire Council', createdAt: '', updatedAt: '' });
    await legacy.table('meetings').add({ id: 'm1', committeeId: 'c1', date: '2023-09-26', venue: '', createdAt: '', updatedAt: '' });
    await legacy.table('items').add({ id: 'i1', meetingId: 'm1', committeeId: 'c1', number: '', title: 'Early Help', position: 0, createdAt: '', updatedAt: '' });
    await legacy
      .table('recommendations')
      .add({ id: 'r1', itemId: 'i1', meetingId: 'm1', committeeId: 'c1', sortKey: '2023-09-26|m1|000000|000000', words: ['early'], text: 'Early help support.', responseOutcome: '' });
    await legacy.table('exports').add({ id: 'e1', document: 'appendix', committeeId: 'c1', exportedAt: '2026-11-22T10:00:00.000Z', version: 4 });
    await legacy.table('bin').add({ id: 'b1', deletedAt: '2026-01-01T00:00:00.000Z', summary: 'Recommendation 2', committees: [], meetings: [], items: [], recommendations: [], progressUpdates: [] });
    await legacy.table('settings').put({ key: 'export.author', value: 'Webb, Danial' });
    legacy.close();

    const db = new TrackerDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    expect(db.tables.map((t) => t.name)).toContain('chases');
    expect(await db.chases.count()).toBe(0);
    // Its open recommendation is in the chasing board's index (version 6).
    expect(await db.recommendations.where('awaitingOutcome').equals(1).count()).toBe(1);
    expect(await db.exports.get('e1')).toMatchObject({ version: 4 });
    expect(await db.bin.get('b1')).toMatchObject({ summary: 'Recommendation 2' });
    expect(await db.settings.get('export.author')).toEqual({ key: 'export.author', value: 'Webb, Danial' });
    // The new table works straight after the upgrade, through its indexes.
    await db.chases.add({ id: 'ch1', createdAt: '', updatedAt: '', recommendationId: 'r1', date: '2026-11-22', to: 'Cllr Smith', level: 'chase', method: 'email', note: '' });
    expect(await db.chases.where('recommendationId').equals('r1').count()).toBe(1);
    expect(await db.chases.where('date').between('2026-11-01', '2026-11-30', true, true).count()).toBe(1);
    db.close();
  });

  it('opens a version 3 database with records at version 4 without the word and filter indexes, and still finds, filters and orders them', async () => {
    const name = freshDb().name;
    const v3 = SCHEMA_VERSIONS.find((v) => v.version === 3)!;
    const legacy = new Dexie(name);
    legacy.version(3).stores(v3.stores);
    await legacy.open();
    await legacy.table('committees').bulkAdd([
      { id: 'c1', name: 'Children and Young People Scrutiny Committee', council: '', createdAt: '', updatedAt: '' },
      { id: 'c2', name: 'Adults and Wellbeing Scrutiny Committee', council: '', createdAt: '', updatedAt: '' },
    ]);
    const rec = (id: string, committeeId: string, sortKey: string, text: string, status: string) => ({
      id,
      itemId: `i-${committeeId}`,
      meetingId: `m-${committeeId}`,
      committeeId,
      sortKey,
      text,
      responseText: '',
      action: '',
      notes: '',
      words: indexWords(text),
      responseOutcome: '',
      status,
      addressee: 'executive',
      targetDate: '',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    await legacy.table('recommendations').bulkAdd([
      rec('r1', 'c1', '2023-09-26|m-c1|000000|000000', 'Early help support for families.', 'open'),
      rec('r2', 'c1', '2023-09-26|m-c1|000000|000001', 'Safeguarding training for governors.', 'completed'),
      rec('r3', 'c2', '2022-03-01|m-c2|000000|000000', 'Review care home fees.', 'open'),
    ]);
    legacy.close();

    const db = new TrackerDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(4);
    const indexes = db.recommendations.schema.indexes.map((i) => i.name);
    for (const gone of ['words', 'status', 'addressee', 'targetDate', 'updatedAt']) expect(indexes).not.toContain(gone);
    expect(await db.recommendations.count()).toBe(3);
    // Searching, filtering and ordering come from the prepared index now, and find what was stored before.
    expect(await queryRecommendationIds(db, { text: 'safeg' })).toEqual(['r2']);
    expect(await queryRecommendationIds(db, { text: 'care fees' })).toEqual(['r3']);
    expect(await queryRecommendationIds(db, { statuses: ['open'] })).toEqual(['r3', 'r1']);
    expect(await queryRecommendationIds(db, { committeeId: 'c1' }, 'meeting-desc')).toEqual(['r2', 'r1']);
    // where('committeeId') still works, answered from the compound [committeeId+sortKey] index.
    expect(await db.recommendations.where('committeeId').equals('c1').count()).toBe(2);
    db.close();
  });

  it('opens a version 5 database with records at version 6: words as one string, the sparse awaiting index, no sortKey, meetingId or responseOutcome index', async () => {
    const name = freshDb().name;
    // A meeting with a whole UUID: version 6 keeps only its last 8 characters in the sort key.
    const M2 = '0b1c2d3e-4f50-4a61-8b72-93a4b5c6d7e8';
    const v5 = SCHEMA_VERSIONS.find((v) => v.version === 5)!;
    const legacy = new Dexie(name);
    legacy.version(5).stores(v5.stores);
    await legacy.open();
    await legacy.table('committees').bulkAdd([
      { id: 'c1', name: 'Children and Young People Scrutiny Committee', council: '', createdAt: '', updatedAt: '' },
      { id: 'c2', name: 'Adults and Wellbeing Scrutiny Committee', council: '', createdAt: '', updatedAt: '' },
    ]);
    await legacy.table('meetings').bulkAdd([
      { id: 'm1', committeeId: 'c1', date: '2023-09-26', venue: '', createdAt: '', updatedAt: '' },
      { id: M2, committeeId: 'c2', date: '2024-01-15', venue: '', createdAt: '', updatedAt: '' },
    ]);
    await legacy.table('items').bulkAdd([
      { id: 'i1', meetingId: 'm1', committeeId: 'c1', number: '', title: 'Early Help', position: 0, createdAt: '', updatedAt: '' },
      { id: 'i2', meetingId: M2, committeeId: 'c2', number: '', title: 'Care fees', position: 0, createdAt: '', updatedAt: '' },
    ]);
    const rec = (id: string, itemId: string, meetingId: string, committeeId: string, sortKey: string, text: string, responseOutcome: string) => ({
      id, itemId, meetingId, committeeId, sortKey, text, responseText: '', action: '', notes: '', words: indexWords(text),
      responseOutcome, status: 'open', addressee: 'executive', targetDate: '', updatedAt: '2026-01-01T00:00:00.000Z', label: '', position: 0,
    });
    await legacy.table('recommendations').bulkAdd([
      rec('r1', 'i1', 'm1', 'c1', '2023-09-26|m1|000000|000000', 'Early help support for families.', ''),
      rec('r2', 'i1', 'm1', 'c1', '2023-09-26|m1|000000|000001', 'Safeguarding training for governors.', 'Accepted'),
      rec('r3', 'i2', M2, 'c2', `2024-01-15|${M2}|000000|000000`, 'Review care home fees.', 'No response received'),
    ]);
    // A recommendation deleted before the upgrade, kept whole in the bin with its list of words.
    await legacy.table('bin').add({
      id: 'b1', deletedAt: '2026-01-01T00:00:00.000Z', summary: 'Recommendation 4', committees: [], meetings: [], items: [], progressUpdates: [],
      recommendations: [rec('r4', 'i2', M2, 'c2', `2024-01-15|${M2}|000000|000001`, 'Publish the walrus dashboard.', '')],
    });
    legacy.close();

    const db = new TrackerDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(6);
    const indexes = db.recommendations.schema.indexes.map((i) => i.name);
    for (const gone of ['sortKey', 'meetingId', 'responseOutcome']) expect(indexes).not.toContain(gone);
    const r1 = (await db.recommendations.get('r1'))!;
    expect(r1.words).toBe('early help support families');
    expect(r1.awaitingOutcome).toBe(1);
    expect(await db.recommendations.get('r2')).not.toHaveProperty('awaitingOutcome');
    expect((await db.recommendations.get('r3'))!.awaitingOutcome).toBe(1);
    expect((await db.recommendations.get('r3'))!.sortKey).toBe('2024-01-15|b5c6d7e8|000000|000000');
    expect((await db.recommendations.get('r1'))!.sortKey).toBe('2023-09-26|m1|000000|000000');
    // What read the dropped indexes now reads others, with the same answers.
    expect((await loadChaseCandidates(db)).map((c) => c.recommendation.id).sort()).toEqual(['r1', 'r3']);
    expect(await firstRecommendationIds(db, {}, 'meeting', 10)).toEqual(['r1', 'r2', 'r3']);
    expect(await firstRecommendationIds(db, {}, 'meeting-desc', 2)).toEqual(['r3', 'r2']);
    expect((await recommendationsOfMeeting(db, 'm1')).map((r) => r.id).sort()).toEqual(['r1', 'r2']);
    expect(await queryRecommendationIds(db, { text: 'safeg' })).toEqual(['r2']);
    // The binned one was upgraded too, and comes back searchable and owed a response.
    expect((await db.bin.get('b1'))!.recommendations[0]).toMatchObject({ words: 'publish walrus dashboard', sortKey: '2024-01-15|b5c6d7e8|000000|000001', awaitingOutcome: 1 });
    await restoreFromBin(db, 'b1');
    expect(await queryRecommendationIds(db, { text: 'walrus' })).toEqual(['r4']);
    expect((await loadChaseCandidates(db)).map((c) => c.recommendation.id).sort()).toEqual(['r1', 'r3', 'r4']);
    db.close();
  });

  it('opens a version 6 database with records at version 7, with an empty forms table, every record intact and still on the board', async () => {
    const name = freshDb().name;
    const v6 = SCHEMA_VERSIONS.find((v) => v.version === 6)!;
    const legacy = new Dexie(name);
    legacy.version(6).stores(v6.stores);
    await legacy.open();
    await legacy.table('committees').add({ id: 'c1', name: 'Children and Young People Scrutiny Committee', council: '', createdAt: '', updatedAt: '' });
    await legacy.table('meetings').add({ id: 'm1', committeeId: 'c1', date: '2023-09-26', venue: '', createdAt: '', updatedAt: '' });
    await legacy.table('items').add({ id: 'i1', meetingId: 'm1', committeeId: 'c1', number: '', title: 'Early Help', position: 0, createdAt: '', updatedAt: '' });
    await legacy.table('recommendations').add({
      id: 'r1', itemId: 'i1', meetingId: 'm1', committeeId: 'c1', sortKey: '2023-09-26|m1|000000|000000', words: 'early help', awaitingOutcome: 1,
      text: 'Early help support.', label: '1', responseOutcome: '', responseText: '', action: '', notes: '', status: 'open', addressee: 'executive',
      targetDate: '', receivedDate: '2023-09-26', updatedAt: '2026-01-01T00:00:00.000Z', position: 0,
    });
    await legacy.table('chases').add({ id: 'ch1', createdAt: '', updatedAt: '', recommendationId: 'r1', date: '2026-11-22', to: 'Cllr Smith', level: 'chase', method: 'email', note: '' });
    legacy.close();

    const db = new TrackerDb(name);
    await db.open();
    expect(db.verno).toBe(7);
    expect(db.tables.map((t) => t.name)).toContain('forms');
    expect(await db.forms.count()).toBe(0);
    expect(await db.recommendations.get('r1')).toMatchObject({ text: 'Early help support.', awaitingOutcome: 1 });
    expect(await db.recommendations.get('r1')).not.toHaveProperty('implementedOn');
    expect((await loadChaseCandidates(db)).map((c) => c.recommendation.id)).toEqual(['r1']);
    expect(await db.chases.count()).toBe(1);
    // The new table works straight after the upgrade, through its indexes.
    await db.forms.add({
      id: 'f1', createdAt: '', updatedAt: '', recommendationId: 'r1', formReference: 'RF-AAAA-BBBB', kind: 'response', format: 'docx',
      sentOn: '2026-12-01', to: 'Cllr Smith', status: 'sent', returnedOn: '', returnedBy: '',
    });
    expect(await db.forms.where('recommendationId').equals('r1').count()).toBe(1);
    expect(await db.forms.where('formReference').equals('RF-AAAA-BBBB').count()).toBe(1);
    expect(await db.forms.where('status').equals('sent').count()).toBe(1);
    db.close();
  });
});
