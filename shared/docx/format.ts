// What a Word export format is (columns, headings, widths, grouping, which recommendations, order, page), its zod check, the three built-in formats (seeds 000, 003 and 001) and the small JSON file a format is saved to.
import { z } from 'zod';
import { OUTCOMES, STATUSES } from '../model/types';

/** Every field a column can show. Meeting and item are fields too, for formats that print them in columns. */
export const FORMAT_FIELDS = [
  'meeting',
  'itemNumber',
  'item',
  'label',
  'text',
  'kind',
  'addressee',
  'cabinetMember',
  'leadOfficer',
  'directorate',
  'receivedDate',
  'dueDate',
  'outcome',
  'response',
  'responseDate',
  'respondedBy',
  'responseAndUpdates',
  'action',
  'status',
  'rag',
  'targetDate',
  'latestUpdate',
  'notes',
] as const;
export type FormatField = (typeof FORMAT_FIELDS)[number];

/** What each field is called in the dialog, and its usual heading. */
export const FIELD_NAMES: Record<FormatField, string> = {
  meeting: 'Meeting date',
  itemNumber: 'Agenda item number',
  item: 'Agenda item',
  label: 'Label (Rec.)',
  text: 'Recommendation',
  kind: 'Kind',
  addressee: 'Addressed to',
  cabinetMember: 'Cabinet member',
  leadOfficer: 'Lead officer',
  directorate: 'Directorate',
  receivedDate: 'Date received',
  dueDate: 'Response due',
  outcome: 'Outcome (Accepted/Rejected)',
  response: 'Response',
  responseDate: 'Response date',
  respondedBy: 'Response given by',
  responseAndUpdates: 'Response and progress updates',
  action: 'Action',
  status: 'Status',
  rag: 'RAG',
  targetDate: 'Target date',
  latestUpdate: 'Latest progress update',
  notes: 'Notes',
};

/**
 * How rows are laid out:
 * - 'headings': a heading per meeting and per agenda item, a table per item (seed 000);
 * - 'merged': one table; the meeting and item columns printed once for their rows, merged down (seed 003);
 * - 'rows': one table, every row complete, as a spreadsheet would have it;
 * - 'items': a table per meeting with its date on top and a row per agenda item, the item's
 *   recommendations together in each cell, labelled (seed 001).
 */
export const GROUPINGS = ['headings', 'merged', 'rows', 'items'] as const;
export type FormatGrouping = (typeof GROUPINGS)[number];

/** Meetings oldest first (as the seeds), newest first, or — in the one-table groupings — by a date of the recommendation. */
export const ORDERS = ['meeting', 'meeting-newest', 'due-date', 'target-date'] as const;
export type FormatOrder = (typeof ORDERS)[number];

const columnSchema = z.object({
  field: z.enum(FORMAT_FIELDS),
  heading: z.string().max(120),
  /** Share of the text width, in per cent; the widths are scaled to add up to the whole. */
  width: z.number().min(2).max(100),
});
export type FormatColumn = z.infer<typeof columnSchema>;

export const formatSchema = z
  .object({
    /** The file's shape, so a later version of the app can read an earlier file. */
    formatVersion: z.literal(1),
    name: z.string().trim().min(1, 'The format has no name.').max(80),
    /** The title line; {committee} is the committee's name, {number} the appendix number ("Appendix {number} " goes where there is none). */
    title: z.string().max(300),
    /** Print the period under the title. */
    showPeriod: z.boolean(),
    grouping: z.enum(GROUPINGS),
    columns: z.array(columnSchema).min(1, 'A format needs at least one column.').max(12, 'A format has at most 12 columns.'),
    which: z.enum(['all', 'open', 'awaiting']),
    includeProcedural: z.boolean(),
    order: z.enum(ORDERS),
    orientation: z.enum(['landscape', 'portrait']),
    font: z.string().trim().min(1).max(60),
    fontSize: z.number().min(8).max(20).multipleOf(0.5),
    /** Progress updates printed after the response in a 'responseAndUpdates' column. */
    includeUpdates: z.boolean(),
    /** The council's wording where it differs from the tracker's: status 'open' → '' prints nothing. */
    statusLabels: z.partialRecord(z.enum(STATUSES), z.string().max(80)).optional(),
    outcomeLabels: z.partialRecord(z.enum(['', ...OUTCOMES]), z.string().max(80)).optional(),
  })
  .strict();
export type ExportFormat = z.infer<typeof formatSchema>;

const base = {
  formatVersion: 1 as const,
  showPeriod: false,
  which: 'all' as const,
  includeProcedural: false,
  order: 'meeting' as const,
  orientation: 'landscape' as const,
  font: 'Arial',
  fontSize: 11,
  includeUpdates: true,
};

/**
 * Seed 000. The widths give the Response column the council's 62–73 characters a line of Arial 11
 * on landscape A4 (LibreOffice's PDF of the example breaks its lines where seed 000 does), and the
 * outcome column room for "Accepted/Rejected" on one line.
 */
export const APPENDIX_FORMAT: ExportFormat = {
  ...base,
  name: 'Appendix (recommendations and responses)',
  title: 'Appendix {number} Recommendations made by {committee}',
  showPeriod: true,
  grouping: 'headings',
  columns: [
    { field: 'label', heading: 'Rec.', width: 5 },
    { field: 'text', heading: 'Recommendation', width: 32 },
    { field: 'outcome', heading: 'Accepted/Rejected', width: 16 },
    { field: 'response', heading: 'Response', width: 47 },
  ],
};

/** Seed 003. The council prints nothing where no status is given, so 'open' prints as ''. */
export const SCHEDULE_FORMAT: ExportFormat = {
  ...base,
  name: 'Schedule with status',
  title: 'Schedule of {committee} recommendations made and actions in response',
  grouping: 'merged',
  columns: [
    { field: 'meeting', heading: 'Meeting', width: 12 },
    { field: 'item', heading: 'Item', width: 18 },
    { field: 'text', heading: 'Recommendations', width: 34 },
    { field: 'action', heading: 'Action', width: 24 },
    { field: 'status', heading: 'Status', width: 12 },
  ],
  statusLabels: { open: '' },
};

/** Seed 001. */
export const RESPONSES_FORMAT: ExportFormat = {
  ...base,
  name: 'Responses tracker',
  title: '{committee}, schedule of recommendations and responses',
  grouping: 'items',
  columns: [
    { field: 'item', heading: 'Item', width: 20 },
    { field: 'text', heading: 'Recommendations', width: 42 },
    { field: 'responseAndUpdates', heading: 'Executive responses / update', width: 38 },
  ],
};

export const BUILT_IN_FORMATS = { appendix: APPENDIX_FORMAT, schedule: SCHEDULE_FORMAT, responses: RESPONSES_FORMAT } as const;
export type BuiltInFormat = keyof typeof BUILT_IN_FORMATS;

/** Portrait widths of the built-in formats: a narrower page gives the short columns a larger share. */
export const PORTRAIT_WIDTHS: Record<BuiltInFormat, number[]> = {
  appendix: [8, 33, 21, 38],
  schedule: [14, 17, 31, 24, 14],
  responses: [22, 41, 37],
};

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length === 0 ? '' : ` (at ${issue.path.join('.')})`;
  return `${issue.message}${where}`;
}

/** A format checked whole; throws a plain-English error naming what is wrong. */
export function checkFormat(value: unknown): ExportFormat {
  const result = formatSchema.safeParse(value);
  if (!result.success) {
    throw new Error(`This is not a format the app can use: ${result.error.issues.slice(0, 3).map(describeIssue).join('; ')}.`);
  }
  return result.data;
}

/** The small JSON file a format is saved to, to be opened on a colleague's computer. */
export function serializeFormat(format: ExportFormat): string {
  return `${JSON.stringify({ scrutinyTrackerFormat: checkFormat(format) }, null, 2)}\n`;
}

/** Reads a saved format file; throws a plain-English error for anything else. */
export function parseFormat(text: string): ExportFormat {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('This file is not a saved export format: it is not JSON.');
  }
  if (json === null || typeof json !== 'object' || !('scrutinyTrackerFormat' in json)) {
    throw new Error('This file is not a saved export format: it has no "scrutinyTrackerFormat" in it.');
  }
  return checkFormat((json as { scrutinyTrackerFormat: unknown }).scrutinyTrackerFormat);
}
