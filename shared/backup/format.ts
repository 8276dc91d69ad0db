// The full-backup file's fixed names and limits, shared by the app that writes backups, the main process that lists them and the checks that read them.

/** Written in every backup so a file can be recognised whatever it is called. */
export const BACKUP_FORMAT = 'scrutiny-tracker-backup';

/** The layout of `data` this version writes and reads; raise it whenever that layout changes. */
export const BACKUP_FORMAT_VERSION = 1;

/**
 * Largest backup read or written, in characters. The busiest council's tracker is a few tens of
 * megabytes; anything bigger is not a backup, and is refused before it is parsed into memory.
 */
export const MAX_BACKUP_CHARS = 200 * 1024 * 1024;

/** The tables of `data`, in the order they are written: parents before children. */
export const BACKUP_TABLES = [
  'committees',
  'meetings',
  'items',
  'recommendations',
  'progressUpdates',
  'chases',
  'forms',
  'history',
  'settings',
  'exports',
  'bin',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

/** Tables every backup holds; the others are there when the database that was saved had them. */
export const REQUIRED_TABLES = ['committees', 'meetings', 'items', 'recommendations', 'progressUpdates'] as const satisfies readonly BackupTable[];

/** How many records of each table the file holds, written in the header so a list of backups can show them. */
export type BackupCounts = Partial<Record<BackupTable, number>>;

/** What a backup says about itself before its data: enough to list it without reading it all. */
export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** ISO date-time (UTC) the backup was made. */
  createdAt: string;
  app: { name: string; schemaVersion: number | null };
  counts: BackupCounts;
}

/** Names a person reads, for messages and lists ("49 recommendations"). */
export const TABLE_NOUNS: Record<BackupTable, [singular: string, plural: string]> = {
  committees: ['committee', 'committees'],
  meetings: ['meeting', 'meetings'],
  items: ['agenda item', 'agenda items'],
  recommendations: ['recommendation', 'recommendations'],
  progressUpdates: ['progress update', 'progress updates'],
  chases: ['chase', 'chases'],
  forms: ['form request', 'form requests'],
  history: ['change in the history', 'changes in the history'],
  settings: ['setting', 'settings'],
  exports: ['recorded export', 'recorded exports'],
  bin: ['deletion in the bin', 'deletions in the bin'],
};

/** "1 committee, 9 meetings, 38 agenda items, 49 recommendations": the tracker's own records; updates and chases when there are any. */
export function describeCounts(counts: BackupCounts): string {
  const always: BackupTable[] = ['committees', 'meetings', 'items', 'recommendations'];
  const whenAny: BackupTable[] = ['progressUpdates', 'chases'];
  return [...always, ...whenAny]
    .filter((table) => always.includes(table) || (counts[table] ?? 0) > 0)
    .map((table) => {
      const n = counts[table] ?? 0;
      const [one, many] = TABLE_NOUNS[table];
      return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
    })
    .join(', ');
}
