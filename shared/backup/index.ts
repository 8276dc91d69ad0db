// Full backups, the public face: one versioned JSON file holding everything the tracker holds, and the checks that read it back.
export {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  MAX_BACKUP_CHARS,
  REQUIRED_TABLES,
  TABLE_NOUNS,
  describeCounts,
  type BackupCounts,
  type BackupHeader,
  type BackupTable,
} from './format';
export { serializeBackup, type SerializeOptions } from './serialize';
export { BackupError, parseBackup, readBackup, readBackupHeader, looksTruncated, type BackupContents } from './parse';
export { BACKUP_FILE_PATTERN, BACKUP_KINDS, BACKUP_RETENTION, backupFileName, describeBackupRetention, localDay, parseBackupFileName, type BackupFileName, type BackupKind } from './files';
