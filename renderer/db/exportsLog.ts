// The log of Word exports: what went out, when, under which version number and with how many recommendations.
import { isIsoDate, newId, nowIso } from '../../shared/index';
import type { TrackerDb } from './database';
import { TrackerError } from './errors';
import { EXPORT_DOCUMENTS, type ExportDocument, type ExportRecord } from './schema';
import { setSettings } from './settings';

export type NewExportRecord = Omit<ExportRecord, 'id' | 'exportedAt'> & { exportedAt?: string };

function checkDocument(document: string): asserts document is ExportDocument {
  if (!(EXPORT_DOCUMENTS as readonly string[]).includes(document)) {
    throw new TrackerError(`"${document}" is not a document the tracker exports; it exports ${EXPORT_DOCUMENTS.join(', ')}.`);
  }
}

const wholeNumber = (n: unknown, least: number) => typeof n === 'number' && Number.isInteger(n) && n >= least;

/** The version number the next export of this document for this committee ('' = all committees) will carry. */
export async function nextVersion(db: TrackerDb, document: ExportDocument, committeeId: string): Promise<number> {
  checkDocument(document);
  let highest = 0;
  await db.exports
    .where('document')
    .equals(document)
    .each((r) => {
      if (r.committeeId === committeeId && r.version > highest) highest = r.version;
    });
  return highest + 1;
}

/**
 * Records an export after the file was saved. `remember` holds settings (the officer's choices) to
 * store in the same transaction, so the log and the choices it was made with never disagree.
 */
export async function recordExport(db: TrackerDb, input: NewExportRecord, remember: Record<string, unknown> = {}): Promise<ExportRecord> {
  checkDocument(input.document);
  if (typeof input.committeeId !== 'string') throw new TrackerError('The export record needs a committee, or none for all committees.');
  if (!wholeNumber(input.version, 1)) throw new TrackerError(`The version number should be a whole number of 1 or more, not ${String(input.version)}.`);
  if (!wholeNumber(input.recommendations, 0) || !wholeNumber(input.meetings, 0)) {
    throw new TrackerError('The numbers of recommendations and meetings exported should be whole numbers.');
  }
  for (const [what, date] of [['from', input.from], ['to', input.to]] as const) {
    if (date !== '' && !isIsoDate(date)) throw new TrackerError(`The "${what}" date of the export is not a real date.`);
  }
  if (!['all', 'open', 'awaiting'].includes(input.which)) throw new TrackerError(`"${String(input.which)}" is not a choice of recommendations.`);
  const record: ExportRecord = {
    id: newId(),
    document: input.document,
    committeeId: input.committeeId,
    exportedAt: input.exportedAt ?? nowIso(),
    version: input.version,
    recommendations: input.recommendations,
    meetings: input.meetings,
    from: input.from,
    to: input.to,
    which: input.which,
    fileName: input.fileName,
  };
  await db.transaction('rw', db.exports, db.settings, async () => {
    await db.exports.add(record);
    if (Object.keys(remember).length > 0) await setSettings(db, remember);
  });
  return record;
}

/** The most recent exports first; all of them when no limit is given. */
export async function listExports(db: TrackerDb, limit?: number): Promise<ExportRecord[]> {
  const newest = db.exports.orderBy('exportedAt').reverse();
  return limit === undefined ? newest.toArray() : newest.limit(limit).toArray();
}
