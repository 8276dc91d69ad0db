// Turns the officer's choices into a Word file: counts what it will hold, builds it with the shared builder, names it, saves it and records it.
import {
  DEFAULT_OUTCOME_LABELS,
  countOf,
  buildAppendixDocx,
  buildFormatDocx,
  buildResponsesDocx,
  buildScheduleDocx,
  formatLongDate,
  formatPeriod,
  municipalYear,
  selectForExport,
  type CommonExportOptions,
  type ExportFormat,
  type Tracker,
} from '../../../shared/index';
import { describeError, nextVersion, recordExport, type ExportDocument, type ExportRecord, type TrackerDb } from '../../db/index';
import type { SaveRequest } from '../../platform/index';
import { documentOfFormat, templateKey, type ChosenTemplate } from './formats';
import { DEFAULT_COLUMNS, SCHEDULE_STATUS_LABELS, preferencesToSettings, withDefaults, type ExportPreferences } from './preferences';

/** Everything the dialog asks: the remembered preferences and this export's own committee, dates and footer date. */
export interface ExportChoices extends ExportPreferences {
  /** '' for all committees. */
  committeeId: string;
  from: string;
  to: string;
  /** The footer date, YYYY-MM-DD; '' for today. */
  date: string;
  /** The period line under the title; '' for the default (see defaultPeriod). */
  period: string;
  /** A format the officer made or opened; null for the chosen built-in document. */
  custom: ExportFormat | null;
  /** The council's own Word template, remembered per committee; null for the app's own page. */
  template: ChosenTemplate | null;
}


/**
 * The period line when the officer types none: the months of the dates chosen; otherwise the
 * municipal year (May to April) where all the meetings fall in one, or the months of the first and last.
 */
export function defaultPeriod(tracker: Tracker, choices: Pick<ExportChoices, 'committeeId' | 'from' | 'to' | 'which'>): string {
  if (choices.from !== '' || choices.to !== '') return formatPeriod(choices.from, choices.to);
  const selection = selectForExport(tracker, { committee: choices.committeeId || undefined, which: choices.which });
  const dates = selection.meetings.map((m) => m.meeting.date).filter((d) => d !== '');
  if (dates.length === 0) return '';
  const first = municipalYear(dates[0]!).label;
  const last = municipalYear(dates[dates.length - 1]!).label;
  return first === last ? `Municipal year ${first}` : formatPeriod(dates[0]!, dates[dates.length - 1]!);
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
    template: choices.template?.data ?? null,
  };
  const period = choices.period.trim() || defaultPeriod(tracker, choices);
  if (choices.custom) {
    const { orientation: _o, font: _f, fontSize: _s, which: _w, ...rest } = common;
    void [_o, _f, _s, _w];
    // The dialog's own page and filter choices apply to a format as to the built-in documents.
    const format = { ...choices.custom, orientation: choices.orientation, font: choices.font, fontSize: choices.fontSize, which: choices.which };
    return buildFormatDocx(tracker, format, {
      ...rest,
      appendixNumber: choices.appendixNumber,
      period: choices.custom.showPeriod || choices.period.trim() !== '' ? period : '',
      statusLabels: withDefaults(choices.statusLabels, SCHEDULE_STATUS_LABELS),
    });
  }
  switch (choices.document) {
    case 'appendix':
      return buildAppendixDocx(tracker, {
        ...common,
        appendixNumber: choices.appendixNumber,
        period,
        columns: withDefaults(choices.columns.appendix, DEFAULT_COLUMNS.appendix),
      });
    case 'schedule':
      return buildScheduleDocx(tracker, {
        ...common,
        columns: withDefaults(choices.columns.schedule, DEFAULT_COLUMNS.schedule),
        statusLabels: withDefaults(choices.statusLabels, SCHEDULE_STATUS_LABELS),
      });
    case 'responses':
      return buildResponsesDocx(tracker, { ...common, columns: withDefaults(choices.columns.responses, DEFAULT_COLUMNS.responses) });
  }
}

/**
 * "Appendix 1 - Children and Young People Scrutiny Committee - 21 January 2025 - v3.docx": the
 * meeting's date where one meeting is chosen, otherwise the period the document covers (not the
 * day it was made, which says nothing about what is in it).
 */
export function exportFileName(
  choices: Pick<ExportChoices, 'document' | 'appendixNumber' | 'from' | 'to' | 'custom'>,
  committeeName: string,
  version: number,
  period: string,
): string {
  const n = choices.appendixNumber.trim();
  const what = choices.custom
    ? choices.custom.name
    : choices.document === 'appendix'
      ? n === ''
        ? 'Appendix'
        : `Appendix ${n}`
      : DOCUMENT_NAMES[choices.document];
  // "2024/25" would make a folder of its slash.
  const when = choices.from !== '' && choices.from === choices.to ? formatLongDate(choices.from) : period.replace(/\s*—\s*/g, ' to ').replace(/\//g, '-');
  return `${[what, committeeName, when].filter((p) => p.trim() !== '').join(' - ')} - v${version}.docx`;
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
  const document = choices.custom ? documentOfFormat(choices.custom) : choices.document;
  const version = await nextVersion(db, document, choices.committeeId);
  const bytes = await buildDocument(tracker, choices, version);
  const committeeName = committeeOf(tracker, choices.committeeId)?.name ?? 'All committees';
  const fileName = exportFileName(choices, committeeName, version, choices.period.trim() || defaultPeriod(tracker, choices));
  const saved = await save({ suggestedName: fileName, data: bytes, mimeType: DOCX_MIME, filters: [{ name: 'Word document', extensions: ['docx'] }] });
  if (saved !== 'saved') return { status: 'cancelled' };
  let record: ExportRecord;
  try {
    record = await recordExport(
      db,
      {
        document,
        committeeId: choices.committeeId,
        version,
        recommendations: count.recommendations,
        meetings: count.meetings,
        from: choices.from,
        to: choices.to,
        which: choices.which,
        fileName,
      },
      // The template is remembered for the committee it was used for.
      { ...preferencesToSettings(choices), [templateKey(choices.committeeId)]: choices.template ?? undefined },
    );
  } catch (error) {
    throw new Error(`${fileName} was saved, but the tracker could not note the export: ${describeError(error)}`, { cause: error });
  }
  return { status: 'saved', record, message: savedMessage(document, version, count.recommendations) };
}
