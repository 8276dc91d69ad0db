// Names of the automatic backup files: one strict pattern, so main reads and writes only its own files and a name can never be a path.

/** Why an automatic backup was made. */
export const BACKUP_KINDS = ['daily', 'before-restore', 'before-import', 'before-upgrade'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** `backup-2026-11-22-101500-daily.json`, or `…-101500-2-daily.json` for a second one in the same second. */
export const BACKUP_FILE_PATTERN = /^backup-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(\d{2})(?:-([1-9]\d{0,2}))?-(daily|before-restore|before-import|before-upgrade)\.json$/;

export interface BackupFileName {
  name: string;
  kind: BackupKind;
  /** The local calendar day it was made, YYYY-MM-DD. */
  day: string;
  /** The local month, YYYY-MM. */
  month: string;
  /** Sorts in the order the files were made: day, time, then the same-second counter. */
  order: string;
}

const two = (n: number) => String(n).padStart(2, '0');

/** The name for a backup made at `at` (local time); `sequence` tells apart two made in the same second. */
export function backupFileName(at: Date, kind: BackupKind, sequence = 0): string {
  const day = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
  const time = `${two(at.getHours())}${two(at.getMinutes())}${two(at.getSeconds())}`;
  return `backup-${day}-${time}${sequence > 0 ? `-${sequence}` : ''}-${kind}.json`;
}

/** The parts of an automatic backup's name, or null for any other file. */
export function parseBackupFileName(name: string): BackupFileName | null {
  const match = BACKUP_FILE_PATTERN.exec(name);
  if (!match) return null;
  const [, year, month, day, hours, minutes, seconds, sequence, kind] = match;
  return {
    name,
    kind: kind as BackupKind,
    day: `${year}-${month}-${day}`,
    month: `${year}-${month}`,
    order: `${year}${month}${day}${hours}${minutes}${seconds}${(sequence ?? '0').padStart(3, '0')}`,
  };
}

/** The local calendar day, YYYY-MM-DD, as the file names write it. */
export function localDay(at: Date): string {
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
}
