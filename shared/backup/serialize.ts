// Writes a whole tracker as one backup file: a header (format, version, date, counts) and then every table, one record a line.
import { nowIso } from '../model/ids';
import type { Tracker } from '../model/types';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_TABLES, type BackupCounts, type BackupHeader, type BackupTable } from './format';
import { encodeValue } from './values';

export interface SerializeOptions {
  /** When the backup is made; now unless given (tests pass a fixed time). */
  createdAt?: string;
  /** The app's database schema version, recorded so a future version knows what it is reading. */
  schemaVersion?: number | null;
}

/** The tables the tracker holds, in file order; optional tables only where the tracker has them. */
function presentTables(tracker: Tracker): BackupTable[] {
  return BACKUP_TABLES.filter((table) => tracker[table] !== undefined);
}

/** Settings may hold bytes (the logo); each is written in a form JSON keeps. */
function encodeSettings(settings: NonNullable<Tracker['settings']>): unknown[] {
  return settings.map((s) => {
    try {
      return { key: s.key, value: encodeValue(s.value) };
    } catch (error) {
      throw new Error(`The backup could not be made: the setting "${s.key}" holds ${(error as Error).message}.`, { cause: error });
    }
  });
}

/**
 * One JSON text holding everything `tracker` holds. The header comes first and each record has a
 * line of its own, so the main process can list backups from their first lines and a person can
 * read (or compare) the file.
 */
export function serializeBackup(tracker: Tracker, options: SerializeOptions = {}): string {
  const tables = presentTables(tracker);
  const counts: BackupCounts = {};
  for (const table of tables) counts[table] = tracker[table]!.length;
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: options.createdAt ?? nowIso(),
    app: { name: 'Scrutiny Tracker', schemaVersion: options.schemaVersion ?? null },
    counts,
  };
  const lines = [
    '{',
    `  "format": ${JSON.stringify(header.format)},`,
    `  "formatVersion": ${header.formatVersion},`,
    `  "createdAt": ${JSON.stringify(header.createdAt)},`,
    `  "app": ${JSON.stringify(header.app)},`,
    `  "counts": ${JSON.stringify(header.counts)},`,
    '  "data": {',
  ];
  tables.forEach((table, index) => {
    const records: unknown[] = table === 'settings' ? encodeSettings(tracker.settings!) : tracker[table]!;
    const comma = index < tables.length - 1 ? ',' : '';
    if (records.length === 0) {
      lines.push(`    ${JSON.stringify(table)}: []${comma}`);
      return;
    }
    lines.push(`    ${JSON.stringify(table)}: [`);
    records.forEach((r, i) => lines.push(`      ${JSON.stringify(r)}${i < records.length - 1 ? ',' : ''}`));
    lines.push(`    ]${comma}`);
  });
  lines.push('  }', '}', '');
  return lines.join('\n');
}

/** Where the header ends in a file serializeBackup wrote: the line that opens `data`. */
export const DATA_LINE = '\n  "data": {';
