// Full backups at the database: dump → file → restore gives back every record and field, and no bad file or full disk changes anything.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { parseBackup, readInterchange, serializeBackup, type ChaseRecord } from '../../../shared/index';
import {
  addProgressUpdate,
  backupBeforeUpgrade,
  storedSchemaVersion,
  LATEST_SCHEMA_VERSION,
  backupText,
  deleteToBin,
  describeError,
  dumpDatabase,
  importTracker,
  recordExport,
  replaceDatabase,
  restoreFromBin,
  SCHEMA_VERSIONS,
  setSettings,
  TrackerDb,
  updateRecommendation,
} from '../../../renderer/db/index';
import example from '../../fixtures/herefordshire-cypsc-appendix-2023-2025.json';
import schedule from '../../fixtures/herefordshire-cypsc-schedule-2019-2021.json';
import { badBackups } from '../../shared/backup/badFiles';
import { freshDb, inMeetingOrder } from './helpers';

/** The example with something in every table: an update, a chase, settings (the logo is bytes), an export and a deletion in the bin. */
async function busyExampleDb(db?: TrackerDb): Promise<TrackerDb> {
  const target = db ?? freshDb();
  await importTracker(target, readInterchange(example));
  const recs = await inMeetingOrder(target);
  await addProgressUpdate(target, recs[2]!.id, { date: '2024-02-01', text: 'Workshop held with schools.' });
  // Two changes in the history, one with a reason.
  await updateRecommendation(target, recs[2]!.id, { targetDate: '2024-09-30' });
  await updateRecommendation(target, recs[2]!.id, { targetDate: '2024-12-31' }, { reason: 'Waiting for the new data system' });
  const chase: ChaseRecord = {
    id: 'chase-1', createdAt: '2024-03-01T09:00:00.000Z', updatedAt: '2024-03-01T09:00:00.000Z', recommendationId: recs[3]!.id,
    date: '2024-03-01', to: 'Cllr Jane Smith', level: 'chase', method: 'email', note: 'Second reminder',
  };
  // One chase stays with its recommendation; the other goes to the bin with the deleted meeting below.
  await target.table('chases').bulkAdd([chase, { ...chase, id: 'chase-2', recommendationId: recs.at(-1)!.id }]);
  await setSettings(target, {
    'export.author': 'Webb, Danial',
    'export.logo': { name: 'logo.png', type: 'png', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) },
  });
  const committee = (await target.committees.toArray())[0]!;
  await recordExport(target, { document: 'appendix', committeeId: committee.id, version: 1, recommendations: 49, meetings: 9, from: '', to: '', which: 'all', fileName: 'Appendix 1.docx' });
  // A deleted meeting (with its items and recommendations) and, separately, one deleted recommendation.
  const meeting = (await target.meetings.orderBy('date').toArray())[0]!;
  await deleteToBin(target, { kind: 'meeting', id: meeting.id });
  const lone = (await inMeetingOrder(target))[0]!;
  await deleteToBin(target, { kind: 'recommendation', id: lone.id });
  return target;
}

/** Every table's raw rows, stored fields included, in key order. */
async function rawRows(db: Dexie): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

describe('dumpDatabase and replaceDatabase', () => {
  it('round-trips a busy tracker through a backup file: every table, id and field the same', async () => {
    const source = await busyExampleDb();
    const before = await dumpDatabase(source);
    expect(before.recommendations.length).toBeGreaterThan(30);
    expect(before.bin).toHaveLength(2);
    expect(before.chases!.length + before.bin!.reduce((n, e) => n + (e.chases?.length ?? 0), 0)).toBe(2);
    expect(before.chases!.map((c) => c.id)).toContain('chase-2');
    expect(before.settings!.map((s) => s.key).sort()).toEqual(['export.author', 'export.logo']);
    expect(before.recommendations[0]).not.toHaveProperty('sortKey');
    expect(before.history!.map((h) => h.reason).sort()).toEqual(['', 'Waiting for the new data system']);

    const text = serializeBackup(before, { schemaVersion: source.verno });
    const target = freshDb();
    await replaceDatabase(target, parseBackup(text));
    expect(await dumpDatabase(target)).toEqual(before);
    // The stored rows too: sort keys, search words and each item's committee are worked out as they were.
    expect(await rawRows(target)).toEqual(await rawRows(source));
    const logo = (await target.settings.get('export.logo'))!.value as { data: unknown };
    expect(logo.data).toBeInstanceOf(Uint8Array);
  });

  it('leaves the restored bin working: a deletion from before the backup can still be undone', async () => {
    const source = await busyExampleDb();
    const target = freshDb();
    await replaceDatabase(target, parseBackup(await backupText(source)));
    const entry = (await target.bin.orderBy('deletedAt').toArray())[0]!;
    const count = await target.recommendations.count();
    await restoreFromBin(target, entry.id);
    expect(await target.recommendations.count()).toBe(count + entry.recommendations.length);
    expect(await target.recommendations.where('committeeId').equals(entry.meetings[0]!.committeeId).count()).toBe(count + entry.recommendations.length);
  });

  it('replaces a tracker that holds something else entirely, keeping this computer’s own backup settings', async () => {
    const source = await busyExampleDb();
    const backup = parseBackup(await backupText(source));
    const target = freshDb();
    await importTracker(target, readInterchange(schedule));
    await setSettings(target, { 'backup.lastDaily': '2026-11-22', 'export.author': 'Someone else' });
    backup.settings!.push({ key: 'backup.lastDaily', value: '2020-01-01' });

    await replaceDatabase(target, backup);
    const after = await dumpDatabase(target);
    expect(after.recommendations).toEqual((await dumpDatabase(source)).recommendations);
    expect(await target.settings.get('backup.lastDaily')).toEqual({ key: 'backup.lastDaily', value: '2026-11-22' });
    expect(await target.settings.get('export.author')).toEqual({ key: 'export.author', value: 'Webb, Danial' });
  });

  it('keeps the settings as they are when the tracker given has none', async () => {
    const target = await busyExampleDb();
    await replaceDatabase(target, readInterchange(schedule));
    expect(await target.settings.get('export.author')).toEqual({ key: 'export.author', value: 'Webb, Danial' });
    expect(await target.bin.count()).toBe(0);
    expect(await target.table('chases').count()).toBe(0);
  });

  it('refuses a tracker whose records do not hang together, changing nothing', async () => {
    const db = await busyExampleDb();
    const before = await rawRows(db);
    const broken = readInterchange(schedule);
    broken.recommendations[0]!.itemId = 'nowhere';
    await expect(replaceDatabase(db, broken)).rejects.toThrow(/belongs to no agenda item in the backup, so nothing was restored/);
    expect(await rawRows(db)).toEqual(before);
  });
});

describe('restoring a bad file', () => {
  it.each(badBackups(serializeBackup(readInterchange(schedule))))('%s: a plain message, and the tracker untouched', async (_what, text, message) => {
    const db = await busyExampleDb();
    const before = await rawRows(db);
    const restore = async () => replaceDatabase(db, parseBackup(text));
    if (typeof message === 'string') await expect(restore()).rejects.toThrow(message);
    else await expect(restore()).rejects.toThrow(message);
    expect(await rawRows(db)).toEqual(before);
  });
});

describe('a full disk during a restore', () => {
  it('rolls the whole restore back and says so plainly', async () => {
    let full = false;
    const db = freshDb();
    // The disk "fills up" when the restore writes recommendations, after it has cleared every table.
    db.use({
      stack: 'dbcore',
      name: 'full-disk',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: (request) =>
              full && name === 'recommendations' && request.type === 'add'
                ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
                : table.mutate(request),
          };
        },
      }),
    });
    await busyExampleDb(db);
    const before = await rawRows(db);
    const other = parseBackup(serializeBackup(readInterchange(schedule)));

    full = true;
    const error = await replaceDatabase(db, other).then(() => null, (e: unknown) => e);
    full = false;
    expect(error).not.toBeNull();
    expect(describeError(error)).toBe('The computer has run out of space for the tracker. Free some disk space and try again; nothing was changed.');
    expect(await rawRows(db)).toEqual(before);
  });
});

describe('a backup before a schema upgrade', () => {
  it('writes a backup of an older database as it is, before the app upgrades it', async () => {
    const name = freshDb().name;
    const v1 = SCHEMA_VERSIONS.find((v) => v.version === 1)!;
    const legacy = new Dexie(name);
    legacy.version(1).stores(v1.stores);
    await importTracker(legacy as unknown as TrackerDb, readInterchange(schedule));
    await legacy.table('settings').put({ key: 'export.author', value: 'Webb, Danial' });
    const expected = await dumpDatabase(legacy);
    legacy.close();

    // The app reads the stored version without changing it, to say it is upgrading.
    await expect(storedSchemaVersion(name)).resolves.toBe(1);
    const written: string[] = [];
    await expect(backupBeforeUpgrade(async (text) => void written.push(text), name)).resolves.toBe('written');
    expect(written).toHaveLength(1);
    const tracker = parseBackup(written[0]!);
    expect(tracker).toEqual(expected);
    expect(tracker.recommendations.length).toBeGreaterThan(10);
    expect(tracker).not.toHaveProperty('exports');
    expect(JSON.parse(written[0]!).app.schemaVersion).toBe(1);

    // Once upgraded there is nothing more to do; and no database at all means no backup either.
    const db = new TrackerDb(name);
    await db.open();
    db.close();
    await expect(backupBeforeUpgrade(async (text) => void written.push(text), name)).resolves.toBe('current');
    await expect(backupBeforeUpgrade(async (text) => void written.push(text), `${name}-never-made`)).resolves.toBe('none');
    await expect(storedSchemaVersion(name)).resolves.toBe(LATEST_SCHEMA_VERSION);
    await expect(storedSchemaVersion(`${name}-never-made`)).resolves.toBeNull();
    expect(written).toHaveLength(1);
  });

  it('passes on a failed write, so the caller knows no backup was made', async () => {
    const name = freshDb().name;
    const legacy = new Dexie(name);
    legacy.version(1).stores(SCHEMA_VERSIONS[0]!.stores);
    await legacy.open();
    legacy.close();
    await expect(backupBeforeUpgrade(async () => Promise.reject(new Error('disk full')), name)).rejects.toThrow('disk full');
  });
});
