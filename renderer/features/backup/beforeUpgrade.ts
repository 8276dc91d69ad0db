// Before the desktop app opens an older database (and so upgrades it), a backup of it as it is goes to the automatic backups.
import { backupBeforeUpgrade, describeError } from '../../db/index';
import { platform } from '../../platform/index';
import { useUi } from '../../state/ui';

/**
 * Runs before the app first touches the database. An upgrade only adds to what is stored, so if
 * the backup cannot be kept the app still opens, and says so.
 */
export async function backupBeforeOpening(): Promise<void> {
  if (platform.kind !== 'electron') return;
  try {
    await backupBeforeUpgrade((text) => platform.writeBackup('before-upgrade', text));
  } catch (error) {
    useUi.getState().notify(`The tracker's database was upgraded without a backup first: ${describeError(error)}`, 'error');
  }
}
