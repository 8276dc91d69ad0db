// Before the app first opens an older database (and so upgrades it): a backup of it as it is in the desktop app, and a message while the upgrade runs.
import { LATEST_SCHEMA_VERSION, backupBeforeUpgrade, describeError, getDb, storedSchemaVersion } from '../../db/index';
import { platform } from '../../platform/index';
import { useUi } from '../../state/ui';

/**
 * Runs before the app first touches the database. An upgrade keeps every record (version 6
 * rewrites only the fields worked out from them), so if the backup cannot be kept the app still
 * opens, and says so.
 */
export async function backupBeforeOpening(): Promise<void> {
  if (platform.kind !== 'electron') return;
  try {
    await backupBeforeUpgrade((text) => platform.writeBackup('before-upgrade', text));
  } catch (error) {
    useUi.getState().notify(`The tracker's database was upgraded without a backup first: ${describeError(error)}`, 'error');
  }
}

/**
 * Upgrades an older database before the app is drawn, calling `showUpgrading` first so the officer
 * sees why the app is not there yet: version 6 rewrites every recommendation, about 17 seconds at
 * 50,000 on a slow laptop. A current database (or none) opens as the app draws, as before.
 */
export async function upgradeBeforeOpening(showUpgrading: () => void): Promise<void> {
  const stored = await storedSchemaVersion().catch(() => null);
  if (stored === null || stored >= LATEST_SCHEMA_VERSION) return;
  showUpgrading();
  // Opening at the current version runs the upgrade; a failure is reported by the app as it opens.
  await getDb()
    .open()
    .catch(() => undefined);
}
