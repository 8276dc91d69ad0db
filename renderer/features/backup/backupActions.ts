// What the officer's backup gestures do: save a backup file, keep an automatic one (Electron), and restore a backup in place of the tracker.
import {
  describeCounts,
  formatLongDate,
  todayIso,
  type BackupCounts,
  type BackupKind,
  type Tracker,
} from '../../../shared/index';
import { backupText, describeError, getDb, getSettings, replaceDatabase, setSettings, TrackerError } from '../../db/index';
import { platform } from '../../platform/index';
import { useUi } from '../../state/ui';
import { useUndo } from '../../state/undo';

/** Settings about this computer's backups (the database module keeps `backup.*` through a restore). */
export const BACKUP_SETTINGS = {
  /** The day the last automatic daily backup was made (Electron). */
  lastDaily: 'backup.lastDaily',
  /** The day the officer last saved a backup file. */
  lastSaved: 'backup.lastSaved',
  /** The day the weekly reminder was last shown (web mode). */
  lastReminded: 'backup.lastReminded',
  /** The day the reminder's week started counting, the first time there was a tracker to back up. */
  since: 'backup.reminderSince',
} as const;

const BACKUP_MIME = 'application/json';

/** "Scrutiny Tracker backup 22 November 2026.json", with an optional note before the extension. */
export function backupDownloadName(today: string = todayIso(), note = ''): string {
  return `Scrutiny Tracker backup ${formatLongDate(today)}${note ? ` (${note})` : ''}.json`;
}

async function trackerIsEmpty(): Promise<boolean> {
  const db = getDb();
  const [committees, bin] = await Promise.all([db.committees.count(), db.bin.count()]);
  return committees === 0 && bin === 0;
}

/** "Save a backup…": the whole tracker to a file the officer chooses (Electron) or downloads (web). */
export async function saveBackupFile(): Promise<boolean> {
  const ui = useUi.getState();
  try {
    const text = await backupText(getDb());
    const today = todayIso();
    const result = await platform.saveFile({ suggestedName: backupDownloadName(today), data: text, mimeType: BACKUP_MIME });
    if (result === 'cancelled') return false;
    await setSettings(getDb(), { [BACKUP_SETTINGS.lastSaved]: today });
    ui.notify(platform.kind === 'web' ? 'The backup has been downloaded. Keep it somewhere safe, away from this computer.' : 'Backup saved.');
    return true;
  } catch (error) {
    ui.notify(`The backup could not be saved: ${describeError(error)}`, 'error');
    return false;
  }
}

/**
 * Keeps an automatic backup of the tracker as it is now (Electron only; resolves false in a
 * browser, which has no backups folder). Rejects with a plain sentence when it cannot be kept.
 */
export async function keepAutomaticBackup(kind: BackupKind): Promise<boolean> {
  if (platform.kind !== 'electron') return false;
  return platform.writeBackup(kind, await backupText(getDb()));
}

/** Before an import adds many records: a backup of what is there, unless there is nothing yet to lose. */
export async function backupBeforeImport(): Promise<void> {
  if (platform.kind !== 'electron' || (await trackerIsEmpty())) return;
  try {
    await keepAutomaticBackup('before-import');
  } catch (error) {
    throw new TrackerError(`No backup of the tracker as it is now could be kept first (${describeError(error).replace(/\.$/, '')}).`);
  }
}

/** At start in Electron: one daily backup, remembered in settings so later starts that day skip the work. */
export async function dailyBackupOnStart(today: string = todayIso()): Promise<void> {
  if (platform.kind !== 'electron') return;
  const db = getDb();
  const { [BACKUP_SETTINGS.lastDaily]: last } = await getSettings(db, [BACKUP_SETTINGS.lastDaily]);
  if (last === today || (await trackerIsEmpty())) return;
  try {
    await keepAutomaticBackup('daily');
    await setSettings(db, { [BACKUP_SETTINGS.lastDaily]: today });
  } catch (error) {
    useUi.getState().notify(describeError(error), 'error');
  }
}

export interface RestoreOptions {
  /** Web mode: download the tracker as it is now before replacing it. */
  downloadFirst: boolean;
  /** What the backup holds, for the closing message. */
  counts: BackupCounts;
}

/**
 * Replaces the tracker with a backup already read and checked (parseBackup). A backup of the
 * tracker as it is now is kept first; if that fails, nothing is restored.
 */
export async function restoreTracker(tracker: Tracker, options: RestoreOptions): Promise<boolean> {
  const ui = useUi.getState();
  const db = getDb();
  try {
    if (platform.kind === 'electron') {
      if (!(await trackerIsEmpty())) await keepAutomaticBackup('before-restore');
    } else if (options.downloadFirst && !(await trackerIsEmpty())) {
      await platform.saveFile({ suggestedName: backupDownloadName(todayIso(), 'before restoring'), data: await backupText(db), mimeType: BACKUP_MIME });
    }
  } catch (error) {
    ui.notify(`No backup of the tracker as it is now could be kept, so nothing was restored. ${describeError(error)}`, 'error');
    return false;
  }
  try {
    await replaceDatabase(db, tracker);
  } catch (error) {
    ui.notify(`The backup could not be restored: ${describeError(error)}${/nothing was (changed|restored)/i.test(describeError(error)) ? '' : ' The tracker has not been changed.'}`, 'error');
    return false;
  }
  // Undo entries and the selection point at records that are no longer there.
  useUndo.setState({ done: [], undone: [] });
  useUi.setState({ selection: null, filter: tracker.committees.length === 1 ? { committeeId: tracker.committees[0]!.id } : {} });
  ui.notify(`Backup restored: ${describeCounts(options.counts)}.`);
  return true;
}
