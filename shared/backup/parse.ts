// Reads a backup file back into a Tracker, checking all of it first: anything wrong throws one plain sentence saying what and where, and nothing half-read is ever returned.
import { z } from 'zod';
import { formatPath } from '../interchange/readInterchange';
import { jsonTooDeep, jsonTooDeepMessage } from '../interchange/jsonDepth';
import type { Tracker } from '../model/types';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  MAX_BACKUP_CHARS,
  TABLE_NOUNS,
  type BackupCounts,
  type BackupHeader,
  type BackupTable,
} from './format';
import { tableSchemas } from './schemas';
import { DATA_LINE } from './serialize';

/** A backup read and checked: what it says about itself, and the tracker it holds. */
export interface BackupContents {
  header: BackupHeader;
  tracker: Tracker;
}

const NOT_A_BACKUP = 'The file is not a Scrutiny Tracker backup';

/** The error every refusal throws, so callers can tell "this file is bad" from a fault of their own. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/**
 * True when the text looks like the start of JSON that stops before its end: a bracket or a string
 * left open, with nothing that is plainly not JSON before the cut.
 */
export function looksTruncated(text: string): boolean {
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') return false;
  const open: string[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') open.push(c);
    else if (c === '}' || c === ']') {
      if (open.pop() !== (c === '}' ? '{' : '[')) return false;
      if (open.length === 0) return false;
    }
  }
  return inString || open.length > 0;
}

/** "at line 3, column 17", from the JSON parser's message where it gives a position. */
function whereParsingStopped(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return ` (the problem is at line ${lineColumn[1]}, column ${lineColumn[2]})`;
  const position = /position (\d+)/.exec(message);
  if (!position) return '';
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return ` (the problem is at line ${line}, column ${column})`;
}

function parseJson(text: string): unknown {
  if (typeof text !== 'string') throw new BackupError(`${NOT_A_BACKUP}: it is not text.`);
  if (text.length > MAX_BACKUP_CHARS) {
    throw new BackupError(`The file is too large to be a Scrutiny Tracker backup (over ${MAX_BACKUP_CHARS / (1024 * 1024)} MB), so it was not read.`);
  }
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new BackupError('The file is empty: it is not a backup.');
  if (jsonTooDeep(body)) throw new BackupError(jsonTooDeepMessage('The file'));
  try {
    return JSON.parse(body);
  } catch (error) {
    if (looksTruncated(body)) throw new BackupError('The file ends part-way through: it is not a complete backup.');
    throw new BackupError(`${NOT_A_BACKUP}: it is not JSON${whereParsingStopped(body, error)}.`);
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Format name and version, checked before anything else so a foreign or newer file gets the right message. */
function checkFormat(json: unknown): Record<string, unknown> {
  if (!isObject(json)) throw new BackupError(`${NOT_A_BACKUP}: it holds JSON, but not a backup.`);
  if (json.format !== BACKUP_FORMAT) {
    if ('committee' in json && 'meetings' in json) {
      throw new BackupError('This is a tracker file in the interchange format, not a backup: use Import… to add what it holds to the tracker.');
    }
    if (json.format === undefined) throw new BackupError(`${NOT_A_BACKUP}: it has no "format": "${BACKUP_FORMAT}".`);
    throw new BackupError(`${NOT_A_BACKUP}: its format is ${JSON.stringify(json.format)}, not "${BACKUP_FORMAT}".`);
  }
  const version = json.formatVersion;
  if (version === undefined) throw new BackupError('formatVersion is missing: the file does not say which version of the backup format it is.');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new BackupError(`formatVersion ${JSON.stringify(version)} is not a version of the backup format (it should be a whole number, 1 or more).`);
  }
  if (version > BACKUP_FORMAT_VERSION) {
    throw new BackupError(
      `This backup was made by a newer version of Scrutiny Tracker (format ${version}); this version reads format ${BACKUP_FORMAT_VERSION}. Update the app to restore it.`,
    );
  }
  return json;
}

const count = z.number({ error: 'should be a number' }).int({ error: 'should be a whole number' }).min(0, { error: 'should be 0 or more' });

const headerSchema = z.object({
  createdAt: z.string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'should be a date and time') }),
  app: z
    .object({ name: z.string().catch('Scrutiny Tracker'), schemaVersion: z.number().int().nullable().catch(null) }, { error: 'should be an object' })
    .catch({ name: 'Scrutiny Tracker', schemaVersion: null }),
  counts: z.object(Object.fromEntries(BACKUP_TABLES.map((t) => [t, count.optional()])) as Record<BackupTable, z.ZodOptional<typeof count>>, {
    error: (issue) => (issue.input === undefined ? 'is missing' : 'should be an object'),
  }),
});

const fileSchema = headerSchema.extend({
  data: z.strictObject(tableSchemas, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') {
        const names = issue.keys.map((k) => `"${k}"`).join(', ');
        return `holds ${issue.keys.length === 1 ? 'a table' : 'tables'} this version of Scrutiny Tracker does not know (${names}): the backup was probably made by a newer version. Update the app to restore it.`;
      }
      return issue.input === undefined ? 'is missing' : 'should be an object holding the tables';
    },
  }),
});

type CheckedFile = z.output<typeof fileSchema>;

function describeIssues(error: z.ZodError): string {
  const [first, ...rest] = error.issues;
  if (!first) return 'The backup could not be read.';
  const sentence = first.path.length === 0 ? first.message : `${formatPath(first.path)} ${first.message}`;
  const more = rest.length === 0 ? '' : ` The file has ${rest.length} other problem${rest.length === 1 ? '' : 's'} too.`;
  return `${sentence.replace(/\.$/, '')}.${more}`;
}

function checkCounts(counts: BackupCounts, data: CheckedFile['data']): void {
  for (const table of BACKUP_TABLES) {
    const held = data[table]?.length;
    const said = counts[table];
    if (held === undefined && (said ?? 0) === 0) continue;
    if (said === undefined) throw new BackupError(`counts.${table} is missing: the header does not say how many ${TABLE_NOUNS[table][1]} the file holds.`);
    if (held === undefined) throw new BackupError(`counts.${table} says ${said} but there is no data.${table}: the file has been cut short or changed since it was saved.`);
    if (held !== said) {
      throw new BackupError(`counts.${table} says ${said} but data.${table} holds ${held}: the file has been cut short or changed since it was saved.`);
    }
  }
}

function checkUniqueIds(data: CheckedFile['data']): void {
  for (const table of BACKUP_TABLES) {
    const records = data[table];
    if (!records) continue;
    const field = table === 'settings' ? 'key' : 'id';
    const seen = new Map<string, number>();
    records.forEach((r, index) => {
      const value = (r as unknown as Record<string, string>)[field]!;
      const earlier = seen.get(value);
      if (earlier !== undefined) {
        throw new BackupError(
          `data.${table}[${index}].${field} ${JSON.stringify(value)} is used twice (data.${table}[${earlier}] has it too): every ${table === 'settings' ? 'setting needs its own name' : 'record needs its own id'}.`,
        );
      }
      seen.set(value, index);
    });
  }
}

function checkParents(data: CheckedFile['data']): void {
  const links: Array<[child: BackupTable, field: string, parent: BackupTable]> = [
    ['meetings', 'committeeId', 'committees'],
    ['items', 'meetingId', 'meetings'],
    ['recommendations', 'itemId', 'items'],
    ['progressUpdates', 'recommendationId', 'recommendations'],
    ['chases', 'recommendationId', 'recommendations'],
  ];
  for (const [child, field, parent] of links) {
    const ids = new Set((data[parent] as Array<{ id: string }>).map((r) => r.id));
    (data[child] as Array<Record<string, string>> | undefined)?.forEach((r, index) => {
      if (!ids.has(r[field]!)) {
        throw new BackupError(`data.${child}[${index}].${field} ${JSON.stringify(r[field])} names no ${TABLE_NOUNS[parent][0]} in data.${parent}.`);
      }
    });
  }
}

/** Reads and checks the whole backup; throws a BackupError saying what is wrong and where. */
export function readBackup(text: string): BackupContents {
  const json = checkFormat(parseJson(text));
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) throw new BackupError(describeIssues(parsed.error));
  const { data, counts, createdAt, app } = parsed.data;
  checkCounts(counts, data);
  checkUniqueIds(data);
  checkParents(data);

  const tracker: Tracker = {
    committees: data.committees,
    meetings: data.meetings,
    items: data.items,
    recommendations: data.recommendations,
    progressUpdates: data.progressUpdates,
  };
  // Optional tables only where the file has them: a file without chases says nothing about chases.
  if (data.chases) tracker.chases = data.chases;
  // History is not checked against the recommendations: a deleted one's history stays while it is in the bin.
  if (data.history) tracker.history = data.history;
  if (data.settings) tracker.settings = data.settings;
  if (data.exports) tracker.exports = data.exports;
  if (data.bin) tracker.bin = data.bin;
  const header: BackupHeader = { format: BACKUP_FORMAT, formatVersion: json.formatVersion as number, createdAt, app, counts };
  return { header, tracker };
}

/** The tracker a backup holds (see ../shared/API.md); throws a plain-English Error on anything wrong. */
export function parseBackup(text: string): Tracker {
  return readBackup(text).tracker;
}

/**
 * The header of a backup from the first part of its text (or all of it), for listing backups
 * without reading each whole file; null when it is not a backup's header.
 */
export function readBackupHeader(start: string): BackupHeader | null {
  const body = start.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    const end = body.indexOf(DATA_LINE);
    if (end < 0) return null;
    try {
      json = JSON.parse(`${body.slice(0, end).replace(/,\s*$/, '')}\n}`);
    } catch {
      return null;
    }
  }
  if (!isObject(json) || json.format !== BACKUP_FORMAT) return null;
  const version = json.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return null;
  const header = headerSchema.safeParse(json);
  if (!header.success) return null;
  return { format: BACKUP_FORMAT, formatVersion: version, ...header.data };
}
