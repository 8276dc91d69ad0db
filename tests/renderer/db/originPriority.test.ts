// Origin and priority, which a council's tracker import fills: edited field by field with history and
// undo like any other field, and kept by backups, the interchange file and the data export.
import { describe, expect, it } from 'vitest';
import { parseBackup, readInterchange, writeInterchange } from '../../../shared/index';
import { backupText, dumpDatabase, historyFor, replaceDatabase, updateRecommendation } from '../../../renderer/db/index';
import { loadViewRows, VIEW_COLUMNS } from '../../../renderer/features/dataExchange/viewExport';
import { exampleDb, freshDb, inMeetingOrder } from './helpers';

describe('origin and priority', () => {
  it('are edited field by field, each change in the history, and undone back to nothing', async () => {
    const db = await exampleDb();
    const rec = (await inMeetingOrder(db))[0]!;
    expect(rec.origin).toBeUndefined();
    const before = await updateRecommendation(db, rec.id, { origin: 'School Readiness Task and Finish Group', priority: 'High' });
    // The field the record never had comes back as '' (what undo writes), not undefined.
    expect(before).toEqual({ origin: '', priority: '' });
    const stored = await db.recommendations.get(rec.id);
    expect([stored?.origin, stored?.priority, stored?.text]).toEqual(['School Readiness Task and Finish Group', 'High', rec.text]);
    expect((await historyFor(db, rec.id)).map((h) => [h.field, h.oldValue, h.newValue])).toEqual([
      ['origin', '', 'School Readiness Task and Finish Group'],
      ['priority', '', 'High'],
    ]);
    await updateRecommendation(db, rec.id, before, { reason: 'Undone' });
    const undone = await db.recommendations.get(rec.id);
    expect([undone?.origin, undone?.priority]).toEqual(['', '']);
  });

  it('are kept by a backup, the interchange file and the export of the table’s view', async () => {
    const db = await exampleDb();
    const rec = (await inMeetingOrder(db))[1]!;
    await updateRecommendation(db, rec.id, { origin: 'Scrutiny review of home to school transport', priority: '2' });

    const restored = freshDb();
    await replaceDatabase(restored, parseBackup(await backupText(db)));
    const back = await restored.recommendations.get(rec.id);
    expect([back?.origin, back?.priority]).toEqual(['Scrutiny review of home to school transport', '2']);

    const again = readInterchange(JSON.parse(JSON.stringify(writeInterchange(await dumpDatabase(db)))));
    const read = again.recommendations.find((r) => r.text === rec.text);
    expect([read?.origin, read?.priority]).toEqual(['Scrutiny review of home to school transport', '2']);

    const heads = VIEW_COLUMNS.map((c) => c.header);
    const row = (await loadViewRows(db, {}, 'meeting')).find((r) => r.includes(rec.text))!;
    expect(row[heads.indexOf('Origin')]).toBe('Scrutiny review of home to school transport');
    expect(row[heads.indexOf('Priority')]).toBe('2');
  });
});
