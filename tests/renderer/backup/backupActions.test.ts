// The backup gestures with a stand-in platform: a restore keeps a backup of the tracker first (or restores nothing), daily backups once a day, imports backed up first.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseBackup, readInterchange, serializeBackup, todayIso } from '../../../shared/index';
import { dumpDatabase, getDb, getSetting, importTracker, replaceDatabase } from '../../../renderer/db/index';
import { useUi } from '../../../renderer/state/ui';
import { useUndo } from '../../../renderer/state/undo';
import example from '../../fixtures/herefordshire-cypsc-appendix-2023-2025.json';
import schedule from '../../fixtures/herefordshire-cypsc-schedule-2019-2021.json';

const fake = vi.hoisted(() => ({
  kind: 'electron' as 'electron' | 'web',
  writeBackup: vi.fn(async (_kind: string, _text: string) => true),
  saveFile: vi.fn(async (_request: { suggestedName: string; data: Uint8Array | string; mimeType: string }) => 'saved' as 'saved' | 'cancelled'),
}));
vi.mock('../../../renderer/platform/index', () => ({ platform: fake }));

const { backupBeforeImport, backupDownloadName, dailyBackupOnStart, restoreTracker, saveBackupFile } = await import('../../../renderer/features/backup/backupActions');
const { importInterchangeText } = await import('../../../renderer/features/actions');

const toast = () => useUi.getState().toast;

beforeEach(async () => {
  fake.kind = 'electron';
  fake.writeBackup.mockReset().mockResolvedValue(true);
  fake.saveFile.mockReset().mockResolvedValue('saved');
  useUi.setState({ toast: null, selection: null, filter: {} });
  useUndo.setState({ done: [], undone: [] });
  await replaceDatabase(getDb(), { committees: [], meetings: [], items: [], recommendations: [], progressUpdates: [] });
  // A restore keeps this computer's backup settings by design, so each test clears them itself.
  await getDb().settings.clear();
  await importTracker(getDb(), readInterchange(example));
});

const byId = <T extends { id: string }>(records: T[]) => [...records].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('restoring a backup', () => {
  it('in the desktop app keeps a before-restore backup of the tracker as it was, then replaces it', async () => {
    const before = await dumpDatabase(getDb());
    const backup = parseBackup(serializeBackup(readInterchange(schedule)));
    useUndo.getState().push({ label: 'edit', undo: async () => {}, redo: async () => {} });

    await expect(restoreTracker(backup, { downloadFirst: false, counts: { committees: 1, meetings: 3, items: 4, recommendations: 5 } })).resolves.toBe(true);
    expect(fake.writeBackup).toHaveBeenCalledTimes(1);
    const [kind, text] = fake.writeBackup.mock.calls[0]!;
    expect(kind).toBe('before-restore');
    expect(parseBackup(text)).toEqual(before);
    expect((await dumpDatabase(getDb())).recommendations).toEqual(byId(backup.recommendations));
    expect(useUndo.getState().done).toEqual([]);
    expect(toast()?.message).toBe('Backup restored: 1 committee, 3 meetings, 4 agenda items, 5 recommendations.');
  });

  it('restores nothing when the backup of the tracker as it is cannot be kept', async () => {
    const before = await dumpDatabase(getDb());
    fake.writeBackup.mockRejectedValue(new Error('Scrutiny Tracker could not keep an automatic backup: the disk is full. Free some space and try again.'));
    await expect(restoreTracker(readInterchange(schedule), { downloadFirst: false, counts: {} })).resolves.toBe(false);
    expect(await dumpDatabase(getDb())).toEqual(before);
    expect(toast()).toMatchObject({ tone: 'error' });
    expect(toast()?.message).toMatch(/^No backup of the tracker as it is now could be kept, so nothing was restored\. .*the disk is full/);
  });

  it('in a browser downloads the tracker as it is first, when asked', async () => {
    fake.kind = 'web';
    const before = await dumpDatabase(getDb());
    await restoreTracker(readInterchange(schedule), { downloadFirst: true, counts: {} });
    expect(fake.writeBackup).not.toHaveBeenCalled();
    const request = fake.saveFile.mock.calls[0]![0];
    expect(request.suggestedName).toBe(backupDownloadName(todayIso(), 'before restoring'));
    expect(request.suggestedName).toMatch(/^Scrutiny Tracker backup \d{1,2} [A-Z][a-z]+ \d{4} \(before restoring\)\.json$/);
    expect(parseBackup(request.data as string)).toEqual(before);

    fake.saveFile.mockClear();
    await restoreTracker(readInterchange(example), { downloadFirst: false, counts: {} });
    expect(fake.saveFile).not.toHaveBeenCalled();
  });
});

describe('automatic backups', () => {
  it('makes the daily backup once a day, and none of an empty tracker', async () => {
    await dailyBackupOnStart('2026-11-22');
    await dailyBackupOnStart('2026-11-22');
    expect(fake.writeBackup.mock.calls.map(([kind]) => kind)).toEqual(['daily']);
    expect(await getSetting(getDb(), 'backup.lastDaily', '')).toBe('2026-11-22');
    await dailyBackupOnStart('2026-11-23');
    expect(fake.writeBackup).toHaveBeenCalledTimes(2);

    await replaceDatabase(getDb(), { committees: [], meetings: [], items: [], recommendations: [], progressUpdates: [] });
    await dailyBackupOnStart('2026-11-24');
    expect(fake.writeBackup).toHaveBeenCalledTimes(2);
    fake.kind = 'web';
    await importTracker(getDb(), readInterchange(example));
    await dailyBackupOnStart('2026-11-25');
    expect(fake.writeBackup).toHaveBeenCalledTimes(2);
  });

  it('says so when the daily backup cannot be kept, without stopping the app', async () => {
    fake.writeBackup.mockRejectedValue(new Error('Scrutiny Tracker could not keep an automatic backup: the disk is full. Free some space and try again.'));
    await dailyBackupOnStart('2026-11-22');
    expect(toast()).toMatchObject({ tone: 'error', message: 'Scrutiny Tracker could not keep an automatic backup: the disk is full. Free some space and try again.' });
    expect(await getSetting(getDb(), 'backup.lastDaily', '')).toBe('');
  });

  it('backs up before an import, and refuses the import when that backup fails', async () => {
    await backupBeforeImport();
    expect(fake.writeBackup.mock.calls.map(([kind]) => kind)).toEqual(['before-import']);

    const before = await dumpDatabase(getDb());
    fake.writeBackup.mockRejectedValue(new Error('Scrutiny Tracker could not keep an automatic backup: the disk is full. Free some space and try again.'));
    await expect(importInterchangeText(JSON.stringify(schedule), 'schedule.json')).resolves.toBe(false);
    expect(await dumpDatabase(getDb())).toEqual(before);
    expect(toast()?.message).toBe(
      'schedule.json could not be imported: No backup of the tracker as it is now could be kept first (Scrutiny Tracker could not keep an automatic backup: the disk is full. Free some space and try again). Nothing was imported.',
    );
  });

  it('keeps no backup before importing into an empty tracker', async () => {
    await replaceDatabase(getDb(), { committees: [], meetings: [], items: [], recommendations: [], progressUpdates: [] });
    await expect(importInterchangeText(JSON.stringify(example), 'the example tracker')).resolves.toBe(true);
    expect(fake.writeBackup).not.toHaveBeenCalled();
  });
});

describe('saving a backup file', () => {
  it('offers the whole tracker under a dated name and remembers the day', async () => {
    const expected = await dumpDatabase(getDb());
    await expect(saveBackupFile()).resolves.toBe(true);
    const request = fake.saveFile.mock.calls[0]![0];
    expect(request.suggestedName).toBe(backupDownloadName(todayIso()));
    expect(backupDownloadName('2026-11-22')).toBe('Scrutiny Tracker backup 22 November 2026.json');
    expect(request.mimeType).toBe('application/json');
    expect(parseBackup(request.data as string)).toEqual(expected);
    expect(await getSetting(getDb(), 'backup.lastSaved', '')).toBe(todayIso());
  });

  it('remembers nothing when the Save dialog is cancelled, and says why a save failed', async () => {
    fake.saveFile.mockResolvedValueOnce('cancelled');
    await expect(saveBackupFile()).resolves.toBe(false);
    expect(await getSetting(getDb(), 'backup.lastSaved', '')).toBe('');
    fake.saveFile.mockRejectedValueOnce(new Error('Scrutiny Tracker could not save "x.json": the disk is full. Free some space or choose another drive, and try again.'));
    await expect(saveBackupFile()).resolves.toBe(false);
    expect(toast()).toMatchObject({ tone: 'error', message: 'The backup could not be saved: Scrutiny Tracker could not save "x.json": the disk is full. Free some space or choose another drive, and try again.' });
  });
});
