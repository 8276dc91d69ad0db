// The export choices the app remembers between exports (settings), with the seeds' wording as defaults.
import {
  DEFAULT_APPENDIX_COLUMNS,
  DEFAULT_OUTCOME_LABELS,
  DEFAULT_RESPONSES_COLUMNS,
  DEFAULT_SCHEDULE_COLUMNS,
  OUTCOMES,
  SCHEDULE_FORMAT,
  STATUS_LABELS,
  type AppendixColumns,
  type ExportFilter,
  type ExportOrientation,
  type ImplementationStatus,
  type Outcome,
  type ResponsesColumns,
  type ScheduleColumns,
} from '../../../shared/index';
import { EXPORT_DOCUMENTS, getSettings, type ExportDocument, type TrackerDb } from '../../db/index';

export interface ChosenLogo {
  /** The file's name, shown so the officer knows which logo is in use. */
  name: string;
  type: 'png' | 'jpg';
  data: Uint8Array;
}

export interface ColumnsByDocument {
  appendix: AppendixColumns;
  schedule: ScheduleColumns;
  responses: ResponsesColumns;
}

export type OutcomeWording = Record<Outcome | '', string>;
export type StatusWording = Record<ImplementationStatus, string>;

/** What the dialog opens with; the committee, dates and footer date are chosen afresh each time. */
export interface ExportPreferences {
  document: ExportDocument;
  which: ExportFilter;
  appendixNumber: string;
  author: string;
  classification: string;
  orientation: ExportOrientation;
  font: string;
  fontSize: number;
  logo: ChosenLogo | null;
  columns: ColumnsByDocument;
  outcomeLabels: OutcomeWording;
  statusLabels: StatusWording;
}

/** The schedule prints nothing where no status is given, as seed 003 does: 'open' is blank unless the council words it. */
export const SCHEDULE_STATUS_LABELS: StatusWording = { ...STATUS_LABELS, ...SCHEDULE_FORMAT.statusLabels };

export const DEFAULT_COLUMNS: ColumnsByDocument = {
  appendix: DEFAULT_APPENDIX_COLUMNS,
  schedule: DEFAULT_SCHEDULE_COLUMNS,
  responses: DEFAULT_RESPONSES_COLUMNS,
};

export const DEFAULT_PREFERENCES: ExportPreferences = {
  document: 'appendix',
  which: 'all',
  appendixNumber: '1',
  author: '',
  classification: 'OFFICIAL',
  orientation: 'landscape',
  font: 'Arial',
  fontSize: 11,
  logo: null,
  columns: DEFAULT_COLUMNS,
  outcomeLabels: DEFAULT_OUTCOME_LABELS,
  statusLabels: SCHEDULE_STATUS_LABELS,
};

const KEY = {
  document: 'export.document',
  which: 'export.which',
  appendixNumber: 'export.appendixNumber',
  author: 'export.author',
  classification: 'export.classification',
  orientation: 'export.orientation',
  font: 'export.font',
  fontSize: 'export.fontSize',
  logo: 'export.logo',
  appendixColumns: 'export.columns.appendix',
  scheduleColumns: 'export.columns.schedule',
  responsesColumns: 'export.columns.responses',
  outcomeLabels: 'export.outcomeLabels',
  statusLabels: 'export.statusLabels',
} as const;

const text = (v: unknown, fallback: string): string => (typeof v === 'string' ? v : fallback);
const oneOf = <T extends string>(v: unknown, allowed: readonly T[], fallback: T): T =>
  typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;

/** Stored wording over the defaults, keeping only known keys with text values: a bad setting never breaks an export. */
function wording<R extends { [K in keyof R]: string }>(stored: unknown, defaults: R): R {
  const result = { ...defaults };
  if (stored === null || typeof stored !== 'object') return result;
  for (const [key, value] of Object.entries(stored)) {
    if (key in defaults && typeof value === 'string' && value.trim() !== '') (result as Record<string, string>)[key] = value;
  }
  return result;
}

/** Only the wording that differs from the default is stored, so a blank box means "the usual wording". */
function differences<R extends { [K in keyof R]: string }>(given: R, defaults: R): Partial<R> {
  const out: Partial<R> = {};
  for (const key of Object.keys(defaults) as (keyof R)[]) {
    const value = typeof given[key] === 'string' ? given[key].trim() : '';
    if (value !== '' && value !== defaults[key]) out[key] = value as R[keyof R];
  }
  return out;
}

/** Fills blank wording with the defaults, which is what the builders print. */
export function withDefaults<R extends { [K in keyof R]: string }>(given: R, defaults: R): R {
  return wording(given, defaults);
}

function storedLogo(v: unknown): ChosenLogo | null {
  if (v === null || typeof v !== 'object') return null;
  const l = v as Partial<ChosenLogo>;
  if (!(l.data instanceof Uint8Array) || l.data.length === 0 || (l.type !== 'png' && l.type !== 'jpg')) return null;
  return { name: text(l.name, 'logo'), type: l.type, data: l.data };
}

export async function loadPreferences(db: TrackerDb): Promise<ExportPreferences> {
  const s = await getSettings(db, Object.values(KEY));
  const d = DEFAULT_PREFERENCES;
  const size = s[KEY.fontSize];
  return {
    document: oneOf(s[KEY.document], EXPORT_DOCUMENTS, d.document),
    which: oneOf(s[KEY.which], ['all', 'open', 'awaiting'] as const, d.which),
    appendixNumber: text(s[KEY.appendixNumber], d.appendixNumber),
    author: text(s[KEY.author], d.author),
    classification: text(s[KEY.classification], d.classification),
    orientation: oneOf(s[KEY.orientation], ['landscape', 'portrait'] as const, d.orientation),
    font: text(s[KEY.font], d.font).trim() || d.font,
    fontSize: typeof size === 'number' && size >= 8 && size <= 20 ? size : d.fontSize,
    logo: storedLogo(s[KEY.logo]),
    columns: {
      appendix: wording(s[KEY.appendixColumns], DEFAULT_COLUMNS.appendix),
      schedule: wording(s[KEY.scheduleColumns], DEFAULT_COLUMNS.schedule),
      responses: wording(s[KEY.responsesColumns], DEFAULT_COLUMNS.responses),
    },
    outcomeLabels: wording(s[KEY.outcomeLabels], DEFAULT_OUTCOME_LABELS),
    statusLabels: wording(s[KEY.statusLabels], SCHEDULE_STATUS_LABELS),
  };
}

/** The settings to store after an export (see recordExport), so the dialog opens next time with these choices. */
export function preferencesToSettings(p: ExportPreferences): Record<string, unknown> {
  return {
    [KEY.document]: p.document,
    [KEY.which]: p.which,
    [KEY.appendixNumber]: p.appendixNumber.trim(),
    [KEY.author]: p.author.trim(),
    [KEY.classification]: p.classification.trim(),
    [KEY.orientation]: p.orientation,
    [KEY.font]: p.font.trim(),
    [KEY.fontSize]: p.fontSize,
    // undefined removes the setting: a removed logo stays removed.
    [KEY.logo]: p.logo ?? undefined,
    [KEY.appendixColumns]: differences(p.columns.appendix, DEFAULT_COLUMNS.appendix),
    [KEY.scheduleColumns]: differences(p.columns.schedule, DEFAULT_COLUMNS.schedule),
    [KEY.responsesColumns]: differences(p.columns.responses, DEFAULT_COLUMNS.responses),
    [KEY.outcomeLabels]: differences(p.outcomeLabels, DEFAULT_OUTCOME_LABELS),
    [KEY.statusLabels]: differences(p.statusLabels, SCHEDULE_STATUS_LABELS),
  };
}

/** What each column, outcome and status is called in the Wording section. */
export const COLUMN_NAMES: { [D in ExportDocument]: Record<keyof ColumnsByDocument[D], string> } = {
  appendix: { label: 'Label column', recommendation: 'Recommendation column', outcome: 'Outcome column', response: 'Response column' },
  schedule: { meeting: 'Meeting column', item: 'Agenda item column', recommendations: 'Recommendations column', action: 'Action column', status: 'Status column' },
  responses: { item: 'Agenda item column', recommendations: 'Recommendations column', responses: 'Responses column' },
};

export const OUTCOME_NAMES: Record<Outcome | '', string> = {
  '': 'No response recorded',
  ...(Object.fromEntries(OUTCOMES.map((o) => [o, o])) as Record<Outcome, string>),
};

