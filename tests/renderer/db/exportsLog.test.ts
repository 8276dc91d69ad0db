// The export log: version numbers per document and committee, recording an export with the choices it was made with.
import { describe, expect, it } from 'vitest';
import { getSetting, listExports, nextVersion, recordExport, type NewExportRecord } from '../../../renderer/db/index';
import { freshDb } from './helpers';

function exportOf(patch: Partial<NewExportRecord> = {}): NewExportRecord {
  return { document: 'appendix', committeeId: 'c1', version: 1, recommendations: 43, meetings: 9, from: '', to: '', which: 'all', fileName: 'Appendix 1.docx', ...patch };
}

describe('nextVersion', () => {
  it('is 1 for a document never exported', async () => {
    expect(await nextVersion(freshDb(), 'appendix', 'c1')).toBe(1);
  });

  it('is one more than the highest version recorded for the same document and committee only', async () => {
    const db = freshDb();
    await recordExport(db, exportOf({ version: 1 }));
    await recordExport(db, exportOf({ version: 3 }));
    await recordExport(db, exportOf({ version: 2 }));
    await recordExport(db, exportOf({ document: 'schedule', version: 7 }));
    await recordExport(db, exportOf({ committeeId: 'c2', version: 5 }));
    await recordExport(db, exportOf({ committeeId: '', version: 9 }));
    expect(await nextVersion(db, 'appendix', 'c1')).toBe(4);
    expect(await nextVersion(db, 'schedule', 'c1')).toBe(8);
    expect(await nextVersion(db, 'responses', 'c1')).toBe(1);
    expect(await nextVersion(db, 'appendix', 'c2')).toBe(6);
    expect(await nextVersion(db, 'appendix', '')).toBe(10);
  });

  it('refuses a document it does not know, in plain English', async () => {
    // @ts-expect-error: a bad value from outside the type system
    await expect(nextVersion(freshDb(), 'minutes', 'c1')).rejects.toThrow('"minutes" is not a document the tracker exports');
  });
});

describe('recordExport', () => {
  it('stores the record with a UUID and the time, and lists the newest first', async () => {
    const db = freshDb();
    const first = await recordExport(db, exportOf({ exportedAt: '2025-03-20T09:00:00.000Z' }));
    const second = await recordExport(db, exportOf({ version: 2, recommendations: 40, exportedAt: '2025-03-22T09:00:00.000Z' }));
    const third = await recordExport(db, exportOf({ document: 'responses', exportedAt: '2025-03-21T09:00:00.000Z' }));
    expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await db.exports.get(first.id)).toEqual(first);
    expect((await listExports(db)).map((r) => r.id)).toEqual([second.id, third.id, first.id]);
    expect((await listExports(db, 2)).map((r) => r.id)).toEqual([second.id, third.id]);
    const now = await recordExport(db, exportOf({ version: 3 }));
    expect(Date.parse(now.exportedAt)).toBeGreaterThan(Date.parse('2025-03-22T09:00:00.000Z'));
  });

  it('stores the choices to remember in the same write', async () => {
    const db = freshDb();
    await recordExport(db, exportOf(), { 'export.author': 'Webb, Danial', 'export.font': 'Verdana' });
    expect(await getSetting(db, 'export.author', '')).toBe('Webb, Danial');
    expect(await getSetting(db, 'export.font', 'Arial')).toBe('Verdana');
  });

  it('refuses a bad record and writes nothing, neither the record nor the settings', async () => {
    const db = freshDb();
    await expect(recordExport(db, exportOf({ version: 0 }), { 'export.author': 'X' })).rejects.toThrow('whole number of 1 or more');
    await expect(recordExport(db, exportOf({ recommendations: -1 }))).rejects.toThrow('whole numbers');
    await expect(recordExport(db, exportOf({ from: '2024-02-30' }))).rejects.toThrow('"from" date of the export is not a real date');
    // @ts-expect-error: a bad value from outside the type system
    await expect(recordExport(db, exportOf({ which: 'some' }))).rejects.toThrow('is not a choice of recommendations');
    expect(await db.exports.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
  });

  it('adds no record when storing the settings fails', async () => {
    const db = freshDb();
    await expect(recordExport(db, exportOf(), { '': 'nameless' })).rejects.toThrow('A setting needs a name.');
    expect(await db.exports.count()).toBe(0);
  });
});
