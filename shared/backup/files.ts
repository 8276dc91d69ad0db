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

/**
 * What the automatic backups folder keeps, here so that main's rotation and the words in "Storage
 * and backups…" cannot disagree. One backup of a large tracker may be hundreds of MB (a backup is
 * refused over 200 MB), so today's count and the folder's whole size are capped as well as the age.
 */
export const BACKUP_RETENTION = {
  /** Backups made today: the newest this many (a day of imports and restores could make dozens). */
  today: 10,
  /** The newest backup of each of this many most recent days that have backups. */
  days: 30,
  /** The newest backup of each of this many most recent months that have backups. */
  months: 12,
  /** The folder's automatic backups together; past it the oldest go first, but the newest is always kept. */
  totalBytes: 2 * 1024 * 1024 * 1024,
} as const;

/** The sentence "Storage and backups…" shows about what is kept. */
export function describeBackupRetention(): string {
  const r = BACKUP_RETENTION;
  return `Kept: up to ${r.today} made today, the newest of each of the last ${r.days} days and of each of the last ${r.months} months, and never more than ${r.totalBytes / (1024 * 1024 * 1024)} GB in all: past that the oldest are removed first, and the newest is always kept.`;
}
