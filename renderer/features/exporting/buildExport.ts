// Turns the officer's choices into a Word file: counts what it will hold, builds it with the shared builder, names it, saves it and records it.
import {
  DEFAULT_OUTCOME_LABELS,
  countOf,
  STATUS_LABELS,
  buildAppendixDocx,
  buildResponsesDocx,
  buildScheduleDocx,
  formatLongDate,
  selectForExport,
  todayIso,
  type CommonExportOptions,
  type Tracker,
} from '../../../shared/index';
import { describeError, nextVersion, recordExport, type ExportDocument, type ExportRecord, type TrackerDb } from '../../db/index';
import type { SaveRequest } from '../../platform/index';
import { DEFAULT_COLUMNS, preferencesToSettings, withDefaults, type ExportPreferences } from './preferences';

/** Everything the dialog asks: the remembered preferences and this export's own committee, dates and footer date. */
export interface ExportChoices extends ExportPreferences {
  /** '' for all committees. */
  committeeId: string;
  from: string;
  to: string;
  /** The footer date, YYYY-MM-DD; '' for today. */
  date: string;
}

export const DOCUMENT_NAMES: Record<ExportDocument, string> = {
  appendix: 'Appendix',
  schedule: 'Schedule with status',
  responses: 'Responses tracker',
};

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface ExportCount {
  recommendations: number;
  meetings: number;
}

/** What the document will hold; throws the shared selection's plain-English errors (a backwards date range, say). */
export function countForExport(tracker: Tracker, choices: Pick<ExportChoices, 'committeeId' | 'from' | 'to' | 'which'>): ExportCount {
  const selection = selectForExport(tracker, {
    committee: choices.committeeId || undefined,
    from: choices.from || undefined,
    to: choices.to || undefined,
    which: choices.which,
  });
  return { recommendations: selection.recommendationCount, meetings: selection.meetings.length };
}


/** "43 recommendations from 9 meetings". */
export function describeCount(count: ExportCount): string {
  return `${countOf(count.recommendations, 'recommendation', 'recommendations')} from ${countOf(count.meetings, 'meeting', 'meetings')}`;
}

function committeeOf(tracker: Tracker, committeeId: string) {
  return committeeId === '' ? undefined : tracker.committees.find((c) => c.id === committeeId);
}

/** "Council logo", or the council's own name where the committee records it, for screen readers. */
function logoAltText(tracker: Tracker, committeeId: string): string {
  const council = (committeeOf(tracker, committeeId) ?? tracker.committees.find((c) => c.council !== ''))?.council ?? '';
  return council === '' ? 'Council logo' : `${council} logo`;
}

/** Builds the chosen document's bytes. Throws the builders' plain-English errors. */
export async function buildDocument(tracker: Tracker, choices: ExportChoices, version: number): Promise<Uint8Array> {
  if (!Number.isFinite(choices.fontSize)) throw new Error('Give the font size as a number of points, for example 11.');
  const common: CommonExportOptions & { committee?: string; from?: string; to?: string } = {
    committee: choices.committeeId || undefined,
    from: choices.from || undefined,
    to: choices.to || undefined,
    which: choices.which,
    author: choices.author,
    date: choices.date || undefined,
    version,
    classification: choices.classification,
    logo: choices.logo ? { data: choices.logo.data, type: choices.logo.type, altText: logoAltText(tracker, choices.committeeId) } : null,
    orientation: choices.orientation,
    font: choices.font,
    fontSize: choices.fontSize,
    outcomeLabels: withDefaults(choices.outcomeLabels, DEFAULT_OUTCOME_LABELS),
  };
  switch (choices.document) {
    case 'appendix':
      return buildAppendixDocx(tracker, {
        ...common,
        appendixNumber: choices.appendixNumber,
        columns: withDefaults(choices.columns.appendix, DEFAULT_COLUMNS.appendix),
      });
    case 'schedule':
      return buildScheduleDocx(tracker, {
        ...common,
        columns: withDefaults(choices.columns.schedule, DEFAULT_COLUMNS.schedule),
        statusLabels: withDefaults(choices.statusLabels, STATUS_LABELS),
      });
    case 'responses':
      return buildResponsesDocx(tracker, { ...common, columns: withDefaults(choices.columns.responses, DEFAULT_COLUMNS.responses) });
  }
}

/** "Appendix 1 - Children and Young People Scrutiny Committee - 22 November 2026 - v3.docx". */
export function exportFileName(choices: Pick<ExportChoices, 'document' | 'appendixNumber' | 'date'>, committeeName: string, version: number): string {
  const n = choices.appendixNumber.trim();
  const what = choices.document === 'appendix' ? (n === '' ? 'Appendix' : `Appendix ${n}`) : DOCUMENT_NAMES[choices.document];
  const date = formatLongDate(choices.date || todayIso());
  return `${what} - ${committeeName} - ${date} - v${version}.docx`;
}

/** "Appendix version 3 saved: 43 recommendations." */
export function savedMessage(document: ExportDocument, version: number, recommendations: number): string {
  const what = document === 'schedule' ? 'Schedule' : DOCUMENT_NAMES[document];
  return `${what} version ${version} saved: ${countOf(recommendations, 'recommendation', 'recommendations')}.`;
}

export type ExportResult = { status: 'saved'; record: ExportRecord; message: string } | { status: 'cancelled' };

export interface ExportRequest {
  db: TrackerDb;
  tracker: Tracker;
  choices: ExportChoices;
  /** platform.saveFile in the app; a fake in tests. */
  save(request: SaveRequest): Promise<'saved' | 'cancelled'>;
}

/**
 * Builds, saves and, only once the file is saved, records the export and remembers the choices (one
 * transaction). A cancelled Save dialog records nothing, so the next export keeps the same version.
 */
export async function exportToWord({ db, tracker, choices, save }: ExportRequest): Promise<ExportResult> {
  const count = countForExport(tracker, choices);
  if (count.recommendations === 0) throw new Error('No recommendations match these choices, so there is nothing to export.');
  const version = await nextVersion(db, choices.document, choices.committeeId);
  const bytes = await buildDocument(tracker, choices, version);
  const committeeName = committeeOf(tracker, choices.committeeId)?.name ?? 'All committees';
  const fileName = exportFileName(choices, committeeName, version);
  const saved = await save({ suggestedName: fileName, data: bytes, mimeType: DOCX_MIME, filters: [{ name: 'Word document', extensions: ['docx'] }] });
  if (saved !== 'saved') return { status: 'cancelled' };
  let record: ExportRecord;
  try {
    record = await recordExport(
      db,
      {
        document: choices.document,
        committeeId: choices.committeeId,
        version,
        recommendations: count.recommendations,
        meetings: count.meetings,
        from: choices.from,
        to: choices.to,
        which: choices.which,
        fileName,
      },
      preferencesToSettings(choices),
    );
  } catch (error) {
    throw new Error(`${fileName} was saved, but the tracker could not note the export: ${describeError(error)}`, { cause: error });
  }
  return { status: 'saved', record, message: savedMessage(choices.document, version, count.recommendations) };
}
