// "Storage and backups": where the tracker is kept and how much room it takes, whether the browser keeps it, and where backups are.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { describeBackupRetention, formatLongDate, type BackupList } from '../../../shared/index';
import { getDb, getSetting } from '../../db/index';
import { platform } from '../../platform/index';
import { useUi } from '../../state/ui';
import { Dialog } from '../../ui/Dialog';
import { BACKUP_SETTINGS, saveBackupFile } from './backupActions';
import { formatSavedAt } from './RestoreDialog';
import { askPersistence, formatBytes, readStorage, type StorageState } from './storage';

const rowStyle = { display: 'flex', gap: '0.5rem', flexWrap: 'wrap' as const, margin: '0.5rem 0 1rem' };
const isText = (v: unknown): v is string => typeof v === 'string';

function usageSentence(storage: StorageState | null): string {
  if (!storage) return 'Checking the storage…';
  if (storage.usage === null) return 'This browser does not say how much room the tracker takes.';
  const allowed = storage.quota === null ? '' : ` of the ${formatBytes(storage.quota)} allowed`;
  return `The tracker takes ${formatBytes(storage.usage)}${allowed}.`;
}

function persistenceSentence(persisted: boolean | null): string {
  if (persisted === true) return 'Storage is persistent: the tracker is not cleared to make room when the disk fills up.';
  if (persisted === false) return 'Storage is not marked persistent, so the tracker could be cleared if the disk becomes nearly full. Save backups regularly.';
  return 'This browser does not say whether it will keep the tracker when the disk fills up. Save backups regularly.';
}

export function StorageDialog() {
  const close = useUi((s) => s.closeDialog);
  const openDialog = useUi((s) => s.openDialog);
  const [storage, setStorage] = useState<StorageState | null>(null);
  const [automatic, setAutomatic] = useState<BackupList | null>(null);
  const [automaticProblem, setAutomaticProblem] = useState<string | null>(null);
  const lastSaved = useLiveQuery(() => getSetting(getDb(), BACKUP_SETTINGS.lastSaved, '', isText), []);

  useEffect(() => {
    void readStorage().then(setStorage);
    if (platform.kind === 'electron') {
      platform.listBackups().then(setAutomatic, (error: unknown) => setAutomaticProblem(`The automatic backups could not be listed: ${(error as Error).message}`));
    }
  }, []);

  async function keep() {
    const persisted = await askPersistence();
    setStorage((s) => (s ? { ...s, persisted } : s));
  }

  const newest = automatic?.backups[0];
  return (
    <Dialog title="Storage and backups" onClose={close}>
      <h3 className="editor-section">Backups</h3>
      <p>{lastSaved ? `You last saved a backup on ${formatLongDate(lastSaved)}.` : 'No backup has been saved from here yet.'} A backup is one file holding the whole tracker.</p>
      <div style={rowStyle}>
        <button type="button" className="button" onClick={() => void saveBackupFile()}>
          Save a backup…
        </button>
        <button type="button" className="button" onClick={() => openDialog('restore-backup')}>
          Restore from a backup…
        </button>
      </div>
      {platform.kind === 'electron' ? (
        <>
          <p>
            Automatic backups are kept once a day when the app starts, before every restore or import, and before the app upgrades its database.{' '}
            {describeBackupRetention()}
          </p>
          {automatic && (
            <p>
              They are in <code style={{ wordBreak: 'break-all' }}>{automatic.folder}</code>.{' '}
              {newest
                ? `There are ${automatic.backups.length}, taking ${formatBytes(automatic.backups.reduce((total, b) => total + b.size, 0))}; the newest is from ${formatSavedAt(newest.createdAt)}.`
                : 'There are none yet.'}
            </p>
          )}
          {automaticProblem && <p className="form-error">{automaticProblem}</p>}
        </>
      ) : (
        <p>In a web browser nothing is backed up automatically: save a backup yourself and keep it away from this computer. You are reminded once a week.</p>
      )}
      <h3 className="editor-section">Storage</h3>
      <p role="status">{usageSentence(storage)}</p>
      <p>{persistenceSentence(storage?.persisted ?? null)}</p>
      {storage?.persisted === false && (
        <button type="button" className="button" onClick={() => void keep()}>
          Ask to keep the tracker’s storage
        </button>
      )}
    </Dialog>
  );
}
