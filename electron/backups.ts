// Automatic backups in the app's data folder: atomic writes, which files to keep (today's newest 10, 30 daily, 12 monthly, 2 GB in all) and the list with dates and counts. The file system is passed in.
import path from 'node:path';
import type { BackupList, BackupListEntry, BackupWriteResult } from '../shared/ipc/contract';
import { BACKUP_RETENTION, backupFileName, localDay, parseBackupFileName, type BackupFileName, type BackupKind } from '../shared/backup/files';
import { MAX_BACKUP_CHARS } from '../shared/backup/format';
import { readBackupHeader } from '../shared/backup/parse';

/** The file operations the backups need; main passes node:fs/promises, tests a temporary folder or fakes. */
export interface BackupFs {
  writeFile(file: string, text: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  readdir(dir: string): Promise<string[]>;
  /** Creates the folder and its parents if they are missing. */
  mkdir(dir: string): Promise<void>;
  /** The first `bytes` bytes as UTF-8 text, and the file's whole size. */
  readStart(file: string, bytes: number): Promise<{ text: string; size: number }>;
  readFile(file: string): Promise<string>;
  size(file: string): Promise<number>;
  /**
   * True only for a regular file, looked at without following a link (lstat): a backup that is a
   * symbolic link could lead out of the folder, and opening a FIFO would hang the backup list.
   */
  isRegularFile(file: string): Promise<boolean>;
}

export const DAILY_KEPT = BACKUP_RETENTION.days;
export const MONTHLY_KEPT = BACKUP_RETENTION.months;
export const TODAY_KEPT = BACKUP_RETENTION.today;
export const MAX_FOLDER_BYTES = BACKUP_RETENTION.totalBytes;
/** Enough of a file to hold its header (format, date, counts); the data comes after. */
const HEADER_BYTES = 16 * 1024;
const TEMPORARY = '.tmp';

/**
 * Writes `text` to `dir/name` so that the file is either the whole new text or not there: it goes
 * to `name.tmp` first and is renamed over `name` only once written. A failure removes the
 * temporary file and is passed on, so a broken file never takes the newest backup's place.
 */
export async function writeFileAtomic(
  dir: string,
  name: string,
  text: string,
  fs: Pick<BackupFs, 'writeFile' | 'rename' | 'unlink'>,
): Promise<string> {
  const target = path.join(dir, name);
  const temporary = `${target}${TEMPORARY}`;
  try {
    await fs.writeFile(temporary, text);
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.unlink(temporary).catch(() => undefined);
    throw error;
  }
  return target;
}

const newestFirst = (a: BackupFileName, b: BackupFileName) => (a.order < b.order ? 1 : a.order > b.order ? -1 : 0);

/**
 * The backups to delete. Kept: the newest 10 made today (or dated later, should the clock have gone
 * back), the newest of each of the last 30 days that have backups, and the newest of each of the
 * last 12 months that have backups; then, newest first, only as many as fit in 2 GB together (the
 * newest always stays, whatever its size). `sizes` gives each file's bytes; without it the size cap
 * is not applied. Files that are not automatic backups are never touched.
 */
export function planRotation(fileNames: readonly string[], today: string, sizes?: ReadonlyMap<string, number>): string[] {
  const backups = fileNames.map(parseBackupFileName).filter((b): b is BackupFileName => b !== null).sort(newestFirst);
  const keep = new Set<string>();
  const days = new Set<string>();
  const months = new Set<string>();
  let todays = 0;
  for (const backup of backups) {
    if (backup.day >= today && todays < TODAY_KEPT) {
      todays++;
      keep.add(backup.name);
    }
    // Newest first, so the first backup met of each day or month is that day's or month's newest.
    if (!days.has(backup.day) && days.size < DAILY_KEPT) {
      days.add(backup.day);
      keep.add(backup.name);
    }
    if (!months.has(backup.month) && months.size < MONTHLY_KEPT) {
      months.add(backup.month);
      keep.add(backup.name);
    }
  }
  if (sizes) {
    let total = 0;
    let newest = true;
    for (const backup of backups) {
      if (!keep.has(backup.name)) continue;
      total += sizes.get(backup.name) ?? 0;
      if (total > MAX_FOLDER_BYTES && !newest) keep.delete(backup.name);
      newest = false;
    }
  }
  return backups.filter((b) => !keep.has(b.name)).map((b) => b.name);
}

/** The automatic backups in `dir`, newest first, with the date and counts from each one's header. */
export async function listBackups(dir: string, fs: Pick<BackupFs, 'readdir' | 'readStart' | 'isRegularFile'>): Promise<BackupListEntry[]> {
  const names = await fs.readdir(dir).catch((error: unknown) => {
    if ((error as { code?: unknown }).code === 'ENOENT') return [] as string[];
    throw error;
  });
  const backups = names.map(parseBackupFileName).filter((b): b is BackupFileName => b !== null).sort(newestFirst);
  const entries: BackupListEntry[] = [];
  for (const backup of backups) {
    try {
      if (!(await fs.isRegularFile(path.join(dir, backup.name)))) continue;
      const { text, size } = await fs.readStart(path.join(dir, backup.name), HEADER_BYTES);
      const header = readBackupHeader(text);
      entries.push({ name: backup.name, kind: backup.kind, createdAt: header?.createdAt ?? dateFromName(backup), size, counts: header?.counts ?? null });
    } catch {
      // A file removed between listing and reading (or unreadable) is simply not offered.
    }
  }
  return entries;
}

/** The date a file's name gives, as an ISO date-time in local time, for a backup whose header is unreadable. */
function dateFromName(backup: BackupFileName): string {
  const o = backup.order;
  const at = new Date(Number(o.slice(0, 4)), Number(o.slice(4, 6)) - 1, Number(o.slice(6, 8)), Number(o.slice(8, 10)), Number(o.slice(10, 12)), Number(o.slice(12, 14)));
  return at.toISOString();
}

/** A failed backup write as a sentence the officer can act on. */
export function describeBackupError(folder: string, error: unknown): string {
  const code = typeof error === 'object' && error !== null ? String((error as { code?: unknown }).code) : '';
  const start = 'Scrutiny Tracker could not keep an automatic backup';
  switch (code) {
    case 'ENOSPC':
      return `${start}: the disk is full. Free some space and try again.`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `${start}: it may not write to its backups folder (${folder}).`;
    default:
      return `${start}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

export interface BackupStoreDeps {
  /** The backups folder: the app's data folder's "backups". */
  dir: string;
  fs: BackupFs;
  now(): Date;
}

export interface BackupStore {
  write(kind: BackupKind, text: string): Promise<BackupWriteResult>;
  list(): Promise<BackupList>;
  read(name: string): Promise<string>;
}

/**
 * The backups folder as main uses it. Writes run one at a time, so two backups asked for together
 * cannot pick the same name or rotate each other's files away.
 */
export function createBackupStore(deps: BackupStoreDeps): BackupStore {
  const { dir, fs } = deps;
  let queue: Promise<unknown> = Promise.resolve();

  async function writeNow(kind: BackupKind, text: string): Promise<BackupWriteResult> {
    // Only a backup may go into the backups folder: its header must read as one.
    if (readBackupHeader(text.slice(0, HEADER_BYTES)) === null) throw new Error('Scrutiny Tracker could not keep an automatic backup: what it was given is not a backup.');
    const at = deps.now();
    const today = localDay(at);
    try {
      await fs.mkdir(dir);
      const present = await fs.readdir(dir);
      if (kind === 'daily') {
        const todays = present.map(parseBackupFileName).find((b) => b?.kind === 'daily' && b.day === today);
        if (todays) return { status: 'skipped', name: todays.name };
      }
      // A temporary file left by a crash mid-write is never a backup; clear it away.
      await Promise.all(present.filter((n) => n.endsWith(TEMPORARY)).map((n) => fs.unlink(path.join(dir, n)).catch(() => undefined)));
      let sequence = 0;
      while (present.includes(backupFileName(at, kind, sequence))) sequence++;
      const name = backupFileName(at, kind, sequence);
      await writeFileAtomic(dir, name, text, fs);
      // Rotation failing (a file open elsewhere) costs only disk space; the backup itself is safe.
      const names = [...present.filter((n) => parseBackupFileName(n) !== null), name];
      const sizes = new Map(await Promise.all(names.map(async (n) => [n, await fs.size(path.join(dir, n)).catch(() => 0)] as const)));
      await Promise.all(planRotation(names, today, sizes).map((n) => fs.unlink(path.join(dir, n)).catch(() => undefined)));
      return { status: 'written', name };
    } catch (error) {
      throw new Error(describeBackupError(dir, error), { cause: error });
    }
  }

  return {
    write(kind, text) {
      const result = queue.then(() => writeNow(kind, text));
      queue = result.catch(() => undefined);
      return result;
    },
    async list() {
      return { folder: dir, backups: await listBackups(dir, fs) };
    },
    async read(name) {
      // The IPC schema checks the name already; checked again so no caller can reach outside the folder.
      if (parseBackupFileName(name) === null || path.basename(name) !== name) throw new Error('That is not the name of an automatic backup.');
      const file = path.join(dir, name);
      try {
        if (!(await fs.isRegularFile(file))) throw new Error('it is not an ordinary file (a link or a device), so it was not opened');
        if ((await fs.size(file)) > MAX_BACKUP_CHARS) throw new Error('the file is too large to be a backup');
        return await fs.readFile(file);
      } catch (error) {
        if ((error as { code?: unknown }).code === 'ENOENT') throw new Error(`The automatic backup "${name}" is no longer there.`, { cause: error });
        throw new Error(`Scrutiny Tracker could not read the automatic backup "${name}": ${(error as Error).message}`, { cause: error });
      }
    },
  };
}
