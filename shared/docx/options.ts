// What the officer chooses when exporting a Word document, the defaults, and the checks that turn a bad choice into a plain-English error.
import { formatLongDate, parseIsoDate, todayIso } from '../dates/format';
import type { ImplementationStatus, Outcome } from '../model/types';
import { OUTCOMES, STATUSES } from '../model/types';

/** Which meetings to export (see ../shared/API.md). `committee` is a committee's id or its name; dates are inclusive. */
export interface ExportScope {
  committee?: string;
  from?: string;
  to?: string;
}

/** 'open': not yet completed (status open or in progress); 'awaiting': no response recorded from whoever owes one. */
export type ExportFilter = 'all' | 'open' | 'awaiting';

export type ExportOrientation = 'landscape' | 'portrait';

/** A council logo for the page header. Width and height are in pixels at 96 to the inch. */
export interface LogoOptions {
  data: Uint8Array;
  type: 'png' | 'jpg';
  width?: number;
  height?: number;
  /** Alternative text for screen readers, e.g. "Herefordshire Council logo". */
  altText?: string;
}

/** The options every export shares. */
export interface CommonExportOptions {
  /** Which recommendations to include. Default 'all'. */
  which?: ExportFilter;
  /** Leave out procedural resolutions (approving the minutes and the like). Default false. */
  includeProcedural?: boolean;
  /** The whole title line, replacing the built one. */
  title?: string;
  /** Footer author, as the council writes it ("Webb, Danial"). Default ''. */
  author?: string;
  /** The date printed in the footer (dd/mm/yy), as YYYY-MM-DD. Default today. */
  date?: string;
  /** The footer's "Version number N"; the app raises it on each export of the same document. Default 1. */
  version?: number;
  /** Classification marking printed in the page header; '' prints none. Default 'OFFICIAL'. */
  classification?: string;
  /** Council logo printed in the first page's header. Default none. */
  logo?: LogoOptions | null;
  /** Default 'landscape'. */
  orientation?: ExportOrientation;
  /** Default 'Arial'. */
  font?: string;
  /** In points. Default 11. */
  fontSize?: number;
  /** The council's own wording for outcomes, e.g. { 'Partially accepted': 'Partly accepted', '': 'Awaiting response' }. */
  outcomeLabels?: Partial<Record<Outcome | '', string>>;
  /**
   * The council's own Word template: the bytes of a .docx with {{tracker}} alone in a paragraph where
   * the title, headings and tables go, and {{committee}}, {{period}}, {{version}}, {{date}} and
   * {{author}} anywhere. Its header, footer, styles, margins and images are kept; the app's own
   * header, footer, marking and logo are then not printed.
   */
  template?: Uint8Array | null;
}

export interface AppendixColumns {
  label: string;
  recommendation: string;
  outcome: string;
  response: string;
}

export interface ScheduleColumns {
  meeting: string;
  item: string;
  recommendations: string;
  action: string;
  status: string;
}

export interface ResponsesColumns {
  item: string;
  recommendations: string;
  responses: string;
}

export interface AppendixOptions extends ExportScope, CommonExportOptions {
  /** The N of "Appendix N"; '' leaves the word "Appendix" out. Default '1'. */
  appendixNumber?: string | number;
  /** The period under the title, e.g. "September 2023 — March 2025". Default: from the dates chosen or the meetings shown. */
  period?: string;
  columns?: Partial<AppendixColumns>;
}

export interface ScheduleOptions extends ExportScope, CommonExportOptions {
  columns?: Partial<ScheduleColumns>;
  /** The council's own wording for statuses, e.g. { 'in-progress': 'Ongoing' }. */
  statusLabels?: Partial<Record<ImplementationStatus, string>>;
}

export interface ResponsesOptions extends ExportScope, CommonExportOptions {
  columns?: Partial<ResponsesColumns>;
  /** Print progress updates after the executive's response. Default true. */
  includeUpdates?: boolean;
}

/** The seeds' own headings (seed 000, 003 and 001). Seed 003 prints "item" in lower case; we print "Item". */
export const DEFAULT_APPENDIX_COLUMNS: AppendixColumns = {
  label: 'Rec.',
  recommendation: 'Recommendation',
  outcome: 'Accepted/Rejected',
  response: 'Response',
};
export const DEFAULT_SCHEDULE_COLUMNS: ScheduleColumns = {
  meeting: 'Meeting',
  item: 'Item',
  recommendations: 'Recommendations',
  action: 'Action',
  status: 'Status',
};
export const DEFAULT_RESPONSES_COLUMNS: ResponsesColumns = {
  item: 'Item',
  recommendations: 'Recommendations',
  responses: 'Executive responses / update',
};

/** Seed 000 leaves the Accepted/Rejected cell blank where nothing is recorded, so '' prints as ''. */
export const DEFAULT_OUTCOME_LABELS: Record<Outcome | '', string> = {
  '': '',
  Accepted: 'Accepted',
  'Partially accepted': 'Partially accepted',
  Rejected: 'Rejected',
  Noted: 'Noted',
  Unclear: 'Unclear',
  'No response received': 'No response received',
};

/** The common options with every default filled in and every value checked. */
export interface ResolvedCommonOptions {
  which: ExportFilter;
  includeProcedural: boolean;
  title: string | null;
  author: string;
  date: string;
  version: number;
  classification: string;
  logo: LogoOptions | null;
  orientation: ExportOrientation;
  font: string;
  fontSize: number;
  outcomeLabels: Record<Outcome | '', string>;
}

const FILTERS: readonly ExportFilter[] = ['all', 'open', 'awaiting'];

function textOption(name: string, value: unknown, fallback: string): string {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'string') throw new Error(`The ${name} should be text.`);
  return value.trim();
}

/** Checks a YYYY-MM-DD option, naming it in the message. */
export function checkDateOption(name: string, value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' || parseIsoDate(value) === null) {
    throw new Error(`The ${name} date "${String(value)}" is not a real date: write it as YYYY-MM-DD, for example 2023-09-26.`);
  }
  return value;
}

/** Checks from/to and returns them, '' where not given. */
export function resolveRange(scope: ExportScope): { from: string; to: string } {
  const from = checkDateOption('"from"', scope.from) ?? '';
  const to = checkDateOption('"to"', scope.to) ?? '';
  if (from !== '' && to !== '' && from > to) {
    throw new Error(
      `The date range runs backwards: "from" (${formatLongDate(from)}) is after "to" (${formatLongDate(to)}).`,
    );
  }
  return { from, to };
}

function resolveLabels<K extends string>(
  name: string,
  given: Partial<Record<K, string>> | undefined,
  defaults: Record<K, string>,
  known: readonly K[],
): Record<K, string> {
  if (given === undefined || given === null) return { ...defaults };
  if (typeof given !== 'object') throw new Error(`The ${name} should be a list of wordings.`);
  const result = { ...defaults };
  for (const [key, value] of Object.entries(given)) {
    if (!(known as readonly string[]).includes(key)) {
      const names = known.map((k) => (k === '' ? '"" (none recorded)' : `"${k}"`)).join(', ');
      throw new Error(`The ${name} mention "${key}", which is not one the tracker uses; it uses ${names}.`);
    }
    if (typeof value !== 'string') throw new Error(`The ${name} wording for "${key}" should be text.`);
    result[key as K] = value;
  }
  return result;
}

export function resolveOutcomeLabels(given: CommonExportOptions['outcomeLabels']): Record<Outcome | '', string> {
  return resolveLabels<Outcome | ''>('outcome wordings', given, DEFAULT_OUTCOME_LABELS, ['', ...OUTCOMES]);
}

export function resolveStatusLabels(
  given: ScheduleOptions['statusLabels'],
  defaults: Record<ImplementationStatus, string>,
): Record<ImplementationStatus, string> {
  return resolveLabels<ImplementationStatus>('status wordings', given, defaults, STATUSES);
}

/** Column headings: the council's where given, the seed's otherwise. */
export function resolveColumns<C extends object>(given: Partial<C> | undefined, defaults: C): C {
  if (given === undefined || given === null) return { ...defaults };
  if (typeof given !== 'object') throw new Error('The column headings should be a list of headings.');
  const result = { ...defaults } as Record<string, string>;
  for (const [key, value] of Object.entries(given as Record<string, unknown>)) {
    if (!(key in defaults)) {
      throw new Error(`There is no column called "${key}"; the columns are ${Object.keys(defaults).join(', ')}.`);
    }
    if (typeof value !== 'string') throw new Error(`The heading of the ${key} column should be text.`);
    result[key] = value;
  }
  return result as C;
}

function resolveLogo(logo: unknown): LogoOptions | null {
  if (logo === undefined || logo === null) return null;
  const l = logo as Partial<LogoOptions>;
  if (!(l.data instanceof Uint8Array) || l.data.length === 0) throw new Error('The logo has no image in it.');
  if (l.type !== 'png' && l.type !== 'jpg') {
    throw new Error(`The logo should be a PNG or JPEG image, not "${String(l.type)}".`);
  }
  const isPng = l.data.length > 8 && l.data[0] === 0x89 && l.data[1] === 0x50 && l.data[2] === 0x4e && l.data[3] === 0x47;
  const isJpg = l.data.length > 3 && l.data[0] === 0xff && l.data[1] === 0xd8;
  if ((l.type === 'png' && !isPng) || (l.type === 'jpg' && !isJpg)) {
    throw new Error(`The logo is said to be a ${l.type === 'png' ? 'PNG' : 'JPEG'} image, but its bytes are not one.`);
  }
  for (const side of ['width', 'height'] as const) {
    const v = l[side];
    if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v) || v <= 0 || v > 2000)) {
      throw new Error(`The logo's ${side} should be a number of pixels between 1 and 2000, not ${String(v)}.`);
    }
  }
  return { data: l.data, type: l.type, width: l.width, height: l.height, altText: textOption("logo's alternative text", l.altText, 'Council logo') };
}

export function resolveCommonOptions(options: CommonExportOptions, now: Date = new Date()): ResolvedCommonOptions {
  const which = options.which ?? 'all';
  if (!FILTERS.includes(which)) {
    throw new Error(`Which recommendations to export should be "all", "open" or "awaiting", not "${String(which)}".`);
  }
  const version = options.version ?? 1;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new Error(`The version number should be a whole number of 1 or more, not ${String(version)}.`);
  }
  const orientation = options.orientation ?? 'landscape';
  if (orientation !== 'landscape' && orientation !== 'portrait') {
    throw new Error(`The page orientation should be "landscape" or "portrait", not "${String(orientation)}".`);
  }
  const fontSize = options.fontSize ?? 11;
  if (typeof fontSize !== 'number' || !Number.isFinite(fontSize) || fontSize < 8 || fontSize > 20 || fontSize * 2 !== Math.round(fontSize * 2)) {
    throw new Error(`The font size should be between 8 and 20 points, in whole or half points, not ${String(fontSize)}.`);
  }
  const font = textOption('font', options.font, 'Arial');
  if (font === '') throw new Error('The font name is empty.');
  const title = options.title === undefined || options.title === null ? null : textOption('title', options.title, '');
  if (title === '') throw new Error('The title is empty; leave it out to use the usual title.');
  return {
    which,
    includeProcedural: options.includeProcedural === true,
    title,
    author: textOption('author', options.author, ''),
    date: checkDateOption('footer', options.date) ?? todayIso(now),
    version,
    classification: textOption('classification marking', options.classification, 'OFFICIAL'),
    logo: resolveLogo(options.logo),
    orientation,
    font,
    fontSize,
    outcomeLabels: resolveOutcomeLabels(options.outcomeLabels),
  };
}
