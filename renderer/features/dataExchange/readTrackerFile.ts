// Reads a tracker file the officer chose: the interchange JSON, a Word tracker in one of the three
// layouts read directly, or tables for the column-mapping step (a CSV, every sheet of an Excel
// workbook, a Word document's tables in any other layout), deciding what the file is from its first
// bytes as well as its name, and refusing anything else in plain English.
import JSZip from 'jszip';
import {
  decodeTextFile,
  parseCsv,
  readInterchange,
  BACKUP_FORMAT,
  readTrackerDocx,
  type ImportProblem,
  type TableSource,
  type Tracker,
  type TrackerDocxFormat,
} from '../../../shared/index';
import { readXlsxSheets } from './excel';

export const MAX_TRACKER_FILE_BYTES = 50 * 1024 * 1024;
export const TRACKER_FILE_TYPES = '.json,.csv,.tsv,.txt,.xlsx,.xlsm,.docx,application/json,text/csv';
export const UNSUPPORTED = 'Scrutiny Tracker can import trackers from .json (interchange), .csv, .xlsx (Excel) and .docx (Word) files.';

export interface TrackerRead {
  kind: 'tracker';
  source: 'json' | 'docx';
  tracker: Tracker;
  problems: ImportProblem[];
  /** A Word tracker's layout and the committee its title names; the bytes, to read again under another name. */
  format?: TrackerDocxFormat | null;
  committeeName?: string;
  bytes?: Uint8Array;
}

export interface TableRead {
  kind: 'table';
  source: 'csv' | 'xlsx' | 'docx';
  /** A CSV's one table, a workbook's visible sheets, or a Word document's tables. */
  tables: TableSource[];
  /** The committee a Word document's title names, '' if none. */
  committeeName?: string;
}

export type TrackerFileRead = TrackerRead | TableRead;

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);

/** A zip is an Excel workbook or a Word document by what it holds, whatever its name says. */
async function officeKind(bytes: Uint8Array): Promise<'xlsx' | 'docx' | null> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    if (zip.file('xl/workbook.xml')) return 'xlsx';
    if (zip.file('word/document.xml') || zip.file(/^word\//).length > 0) return 'docx';
  } catch {
    // A damaged zip: the reader for its name says so in its own words.
  }
  return null;
}

/** Reads the file; throws an Error with a plain-English message when it cannot be imported. */
export async function readTrackerFile(file: File): Promise<TrackerFileRead> {
  if (file.size > MAX_TRACKER_FILE_BYTES) throw new Error(`"${file.name}" is too large to be a tracker (over 50 MB).`);
  if (file.size === 0) throw new Error(`"${file.name}" is empty.`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const ext = extensionOf(file.name);

  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new Error(`"${file.name}" is an older Excel (.xls) or Word (.doc) file, or one protected by a password. Open it, save it as an .xlsx or .docx file without a password, and try again.`);
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const kind = (await officeKind(bytes)) ?? (['xlsx', 'xlsm'].includes(ext) ? 'xlsx' : 'docx');
    if (kind === 'xlsx') return { kind: 'table', source: 'xlsx', tables: await readXlsxSheets(bytes) };
    const read = await readTrackerDocx(bytes);
    if (read.format === 'table' && read.tables) return { kind: 'table', source: 'docx', tables: read.tables, committeeName: read.committeeName };
    return { kind: 'tracker', source: 'docx', tracker: read.tracker, problems: read.problems, format: read.format, committeeName: read.committeeName, bytes };
  }
  if (['xlsx', 'xlsm', 'docx', 'docm'].includes(ext)) {
    throw new Error(`"${file.name}" is named .${ext} but is not one, or it is damaged. Open it in Excel or Word, save it again, and try again.`);
  }

  const text = decodeTextFile(bytes);
  if (ext === 'json' || /^\s*[{[]/.test(text)) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new Error(`"${file.name}" is not a tracker file: it is not valid JSON.`);
    }
    // A full backup is not something to merge in: it replaces the tracker, through Restore.
    if (json !== null && typeof json === 'object' && (json as { format?: unknown }).format === BACKUP_FORMAT) {
      throw new Error(`"${file.name}" is a full backup of a tracker, not a tracker to add. Restore it with File › Restore from a backup… instead.`);
    }
    try {
      return { kind: 'tracker', source: 'json', tracker: readInterchange(json), problems: [] };
    } catch (error) {
      throw new Error(`"${file.name}" cannot be imported: ${(error as Error).message}.`, { cause: error });
    }
  }
  if (['csv', 'tsv', 'txt', 'text', ''].includes(ext)) return { kind: 'table', source: 'csv', tables: [{ name: file.name, rows: parseCsv(text) }] };
  throw new Error(`"${file.name}" cannot be read. ${UNSUPPORTED}`);
}
